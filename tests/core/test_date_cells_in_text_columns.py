"""A text column may hold a date ("daterad 2014-05-06" in arsrapport_uppgifter's `text`).
Saved as .xlsx, Excel and LibreOffice turn "2014-05-06" into a date cell; itvt read it as
"2014-05-06 00:00:00", which the sentence does not hold, so the year-end report failed
its check. A date, time or duration cell in a text column is read as Excel shows it."""

from __future__ import annotations

import datetime

import pytest

from itvt_lib.areas import load_dataset


def _facts_as_xlsx(data_dir, value, form) -> int:
    """arsrapport_uppgifter.csv as .xlsx (texts as written), the agreement's date in its
    `text` cell as `value` under `form`; return that row's index."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    with open(data_dir / "arsrapport_uppgifter.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append(row)
    at = next(i for i, row in enumerate(rows) if row[1] == "overenskommelse_daterad")
    cell = book.active.cell(at + 1, rows[0].index("text") + 1)
    cell.value, cell.number_format = value, form
    book.save(data_dir / "arsrapport_uppgifter.xlsx")
    (data_dir / "arsrapport_uppgifter.csv").unlink()
    return at - 1


@pytest.mark.parametrize(("value", "form", "expected"), [
    (datetime.datetime(2014, 5, 6), "yyyy-mm-dd", "2014-05-06"),
    (datetime.date(2014, 5, 6), "yyyy-mm-dd", "2014-05-06"),
    (datetime.time(9, 30), "hh:mm:ss", "09:30:00"),
])
def test_a_date_cell_in_a_text_column_is_read_as_excel_shows_it(data_dir, value, form,
                                                                 expected):
    row = _facts_as_xlsx(data_dir, value, form)
    result = load_dataset(data_dir)["arsrapport_uppgifter"]["text"].iloc[row]
    assert result == expected
