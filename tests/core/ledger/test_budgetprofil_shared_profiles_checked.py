"""budgetprofil.csv's shared profiles (empty year = every year, empty kontogrupp = every
kontogrupp) are checked like the others: twelve months summing to 100 ± 0,1 %. A shared
profile missing months, or given as fractions, was once accepted and normalised, so a
half-year profile doubled the periodised budget on page 01 (6 324 tkr for 3 162) with
`itvt check` ok."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.paths import DATA_DIR

HEADER = "year,kontogrupp,month,andel_procent\n"


def _profile(year: str, kontogrupp: str, shares: dict[int, str]) -> str:
    return "".join(f"{year},{kontogrupp},{m},{share}\n" for m, share in shares.items())


HALF = {m: "8.33" for m in range(1, 7)}            # months 7–12 left out
FRACTIONS = {m: "0.083333" for m in range(1, 13)}  # shares, not percent: sum 1
EVEN = {m: "8.3333" for m in range(1, 13)}          # 99,9996 %: within 0,1


@pytest.fixture
def data_dir(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize(("year", "kontogrupp"), [
    ("", ""), ("2024", ""), ("", "Personalkostnader"), ("2024", "Personalkostnader")])
@pytest.mark.parametrize(("shares", "message"), [
    (HALF, r"budgetprofil\.csv:2: month: profilen saknar månad 7, 8, 9, 10, 11, 12"),
    (FRACTIONS, r"budgetprofil\.csv:2: andel_procent: profilens andelar summerar till 1 %, "
                "inte 100"),
])
def test_every_profile_needs_twelve_months_summing_to_100(data_dir, year, kontogrupp, shares,
                                                          message):
    (data_dir / "budgetprofil.csv").write_text(HEADER + _profile(year, kontogrupp, shares),
                                               encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


def test_a_bad_shared_profile_beside_a_good_one_is_refused(data_dir):
    text = HEADER + _profile("", "Personalkostnader", EVEN) + _profile("", "", HALF)
    (data_dir / "budgetprofil.csv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"budgetprofil\.csv:14: month: profilen saknar månad 7"):
        load_dataset(data_dir)


def test_a_sum_not_100_is_shown_with_a_decimal_comma(data_dir):
    shares = {m: "8.3" if m == 1 else "8" for m in range(1, 13)}   # 96,3 %
    (data_dir / "budgetprofil.csv").write_text(HEADER + _profile("", "", shares),
                                               encoding="utf-8")
    with pytest.raises(DataError, match="summerar till 96,3 %, inte 100"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("year", "kontogrupp"), [("", ""), ("2024", "")])
def test_a_whole_shared_profile_is_read(data_dir, year, kontogrupp):
    (data_dir / "budgetprofil.csv").write_text(HEADER + _profile(year, kontogrupp, EVEN),
                                               encoding="utf-8")
    result = load_dataset(data_dir)["budgetprofil"]
    assert len(result) == 12
