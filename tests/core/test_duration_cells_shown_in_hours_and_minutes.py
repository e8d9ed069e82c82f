"""A duration is written mm:ss ("00:21", the switchboard's 21 s). Typed into Excel, "00:21"
becomes a time of 0 h 21 min shown "00:21" under hh:mm, so the controller sees the paper's
figure while the cell holds 21 minutes; itvt read 21 minutes and page 04 showed "21:00".
A time under a format of hours and minutes without seconds is bad input naming both
readings; under a format with seconds it is read as it shows."""

from __future__ import annotations

import datetime

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _vaxel_as_xlsx(data_dir, value, form) -> None:
    """vaxel.csv as vaxel.xlsx (texts as written), line 3's kotid_vid_svar `value` under `form`."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    with open(data_dir / "vaxel.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append(row)
    cell = book.active.cell(3, rows[0].index("kotid_vid_svar") + 1)
    cell.value, cell.number_format = value, form
    book.save(data_dir / "vaxel.xlsx")
    (data_dir / "vaxel.csv").unlink()


@pytest.mark.parametrize(("value", "form", "shown"), [
    (datetime.time(0, 21), "hh:mm", "00:21"),
    (datetime.time(0, 21), "h:mm", "0:21"),
    (datetime.time(0, 21), "[h]:mm", "0:21"),
    (datetime.timedelta(minutes=21), "[hh]:mm", "00:21"),
    (datetime.time(0, 21), "[$-41D]hh:mm;@", "00:21"),   # Excel's Swedish time format
])
def test_a_time_shown_in_hours_and_minutes_is_bad_input_naming_both_readings(
        data_dir, value, form, shown):
    _vaxel_as_xlsx(data_dir, value, form)
    with pytest.raises(DataError, match=rf"vaxel\.xlsx:3: kotid_vid_svar: cellen visar {shown} "
                                        r"i timmar och minuter.*0:21:00 .* eller 0:00:21 "):
        load_dataset(data_dir)


@pytest.mark.parametrize(("value", "form", "expected"), [
    (datetime.time(0, 0, 21), "mm:ss", 21),
    (datetime.time(0, 0, 21), "hh:mm:ss", 21),
    (datetime.time(0, 21), "[h]:mm:ss", 1260),
    (datetime.time(0, 0, 21), "[$-41D]hh:mm:ss;@", 21),
])
def test_a_time_shown_with_its_seconds_is_read(data_dir, value, form, expected):
    _vaxel_as_xlsx(data_dir, value, form)
    result = load_dataset(data_dir)["vaxel"]["kotid_vid_svar"].iloc[1]
    assert result == expected
