"""A budgetprofil whose one-decimal shares sum to exactly 100 ± 0,1 % is within the
documented tolerance: the sum is taken to 15 significant digits (`figure_difference`),
so 100,10000000000001 from float noise is 100,1 as the reader adds it. It was refused as
"summerar till 100,1 %, inte 100" although 100,1 is allowed."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.paths import DATA_DIR

HEADER = "year,kontogrupp,month,andel_procent\n"


@pytest.fixture
def data_dir(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _write(data_dir, shares: list[str]) -> None:
    rows = "".join(f",,{m},{share}\n" for m, share in enumerate(shares, 1))
    (data_dir / "budgetprofil.csv").write_text(HEADER + rows, encoding="utf-8")


@pytest.mark.parametrize("shares", [
    # 100,1 exactly; float sum 100.10000000000001
    ["10.6", "11.5", "6.3", "7.0", "11.6", "10.0", "9.7", "11.2", "5.3", "11.0", "5.5", "0.4"],
    # 99,9 exactly; float sum 99.89999999999998
    ["5.3", "11.9", "5.1", "9.8", "7.7", "10.4", "5.3", "11.7", "7.8", "10.6", "11.3", "3.0"],
])
def test_a_profile_summing_to_exactly_the_tolerance_is_accepted(data_dir, shares):
    _write(data_dir, shares)
    result = load_dataset(data_dir)
    expected = 12
    assert len(result["budgetprofil"]) == expected


def test_a_profile_beyond_the_tolerance_is_still_refused(data_dir):
    shares = ["10.6", "11.5", "6.3", "7.0", "11.6", "10.0", "9.7", "11.2", "5.3", "11.0",
              "5.5", "0.5"]   # 100,2
    _write(data_dir, shares)
    with pytest.raises(DataError, match=r"budgetprofil\.csv:2: andel_procent: profilens "
                                        r"andelar summerar till 100,2 %, inte 100"):
        load_dataset(data_dir)
