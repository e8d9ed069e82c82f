"""Hostile switchboard rows (areas/calls/schema.py): the overlap check keyed rows by kommun
and platform, so a row without kommun (the whole platform's calls) beside the same
platform's per-kommun rows of an overlapping range was its own group: Telenor's 8 995
calls entered both ways were published as 17 990 (and the year as 64 790) with every
check ok when vaxel_totaler.csv is absent. Now bad input naming line and column; rows
without kommun of other platforms or other ranges still load."""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, load_dataset, open_report
from itvt_lib.core.errors import DataError

EMPTY = ",,,,,,,,,,"


def with_rows(data_dir, *rows: str):
    (data_dir / "vaxel_totaler.csv").unlink()
    path = data_dir / "vaxel.csv"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\r\n") + "\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize("row", [
    "2023-09-26,2023-12-31,,Telenor,8995" + EMPTY,
    "2023-12-01,2023-12-31,,Telenor,3000" + EMPTY,
    "2023-01-01,2023-12-31,,Telenor,8995" + EMPTY,
], ids=["same-range", "inside", "around"])
def test_a_platform_row_without_kommun_overlapping_its_kommun_rows_is_bad_input(data_dir, row):
    with_rows(data_dir, row)
    with pytest.raises(DataError, match=r"vaxel\.csv:5: from_date: perioden överlappar den "
                                        r"på rad 3 för samma plattform; en rad utan kommun är "
                                        r"hela plattformens samtal") as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("row", "expected"), [
    ("2023-09-26,2023-12-31,,Teams,1000" + EMPTY, ["Trio", "Telenor", "Teams", "Totalt"]),
    ("2024-01-01,2024-01-31,,Telenor,900" + EMPTY, ["Trio", "Telenor", "Totalt"]),
], ids=["other-platform", "later-range"])
def test_rows_without_kommun_that_count_other_calls_load(data_dir, row, expected):
    with_rows(data_dir, row)
    ctx = open_report("2023-12", data_dir)
    result = list(calls.platform_calls(calls.vaxel_for(ctx))["Plattform"])
    assert result == expected
