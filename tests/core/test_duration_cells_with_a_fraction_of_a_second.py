"""A workbook's duration with a fraction of a second (an average computed in Excel) is
read as Excel shows it, rounded half away from zero: 02:59,5 shows 03:00 and is 180 s. A
time of day lost the fraction (179) and a duration over a day rounded half to even."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset


def _onex_as_xlsx(data_dir, value, form) -> None:
    """onex.csv as onex.xlsx (texts as written), line 2's langsta_kotid `value` under `form`."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    with open(data_dir / "onex.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append(row)
    cell = book.active.cell(2, rows[0].index("langsta_kotid") + 1)
    cell.value, cell.number_format = value, form
    book.save(data_dir / "onex.xlsx")
    (data_dir / "onex.csv").unlink()


@pytest.mark.parametrize(("seconds", "form", "expected"), [
    (179.5, "mm:ss", 180),            # a time of day: the fraction was dropped (179)
    (179.4, "mm:ss", 179),
    (179.9, "mm:ss", 180),
    (1798.5, "[h]:mm:ss", 1799),      # 0:29:58,5 shows 0:29:59
    (86400 + 2.5, "[h]:mm:ss", 86403),   # a timedelta: half to even gave 86402
])
def test_a_duration_with_a_fraction_is_read_as_excel_shows_it(data_dir, seconds, form,
                                                              expected):
    _onex_as_xlsx(data_dir, seconds / 86400, form)
    result = load_dataset(data_dir)["onex"]["langsta_kotid"].iloc[0]
    assert result == expected
