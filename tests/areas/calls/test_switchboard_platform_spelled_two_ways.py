"""Hostile switchboard rows (areas/calls/schema.py): a kommun's month row of a platform
spelled "telenor" beside its quarter row of "Telenor" passed the overlap rule, which
compared platform names exactly, and the month's calls were summed twice into the
published Totalt. Overlapping ranges now compare the platform case and spacing aside."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.errors import DataError

ROW = ",Herrljunga,{},500,450,90,00:21,69,83,93,97,00:50,10,5"


def with_row(data_dir, row: str):
    """The shipped data with one more switchboard row."""
    path = data_dir / "vaxel.csv"
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return open_report("2023-12", data_dir)


@pytest.mark.parametrize("plattform", ["telenor", "TELENOR"])
def test_an_overlapping_row_of_the_platform_spelled_otherwise_is_refused(data_dir, plattform):
    row = "2023-10-01,2023-10-31" + ROW.format(plattform)
    with pytest.raises(DataError, match=r"vaxel\.csv:5: from_date: perioden överlappar den "
                                        r"på rad 3 för samma kommun och plattform"):
        with_row(data_dir, row)


def test_a_row_of_the_platform_spelled_otherwise_after_the_range_is_kept(data_dir):
    ctx = with_row(data_dir, "2024-01-01,2024-01-31" + ROW.format("telenor"))
    result = ctx.dataset["vaxel"]["plattform"].tolist()[-1]
    expected = "telenor"
    assert result == expected
