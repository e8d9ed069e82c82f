"""Workbook cells the controller does not see as itvt reads them. A value under
the number format ";;;" (Excel's idiom for hiding a value) shows an empty cell but was
read as a figure; it is bad input now, like a hidden row. A number under a format that
divides it by thousands ("#,##0," shows a stored 8 271 000 as 8 271, the usual way to show
kr as tkr) was read as the stored number, a thousand times what the controller sees; it is
bad input naming both, like a percent format. Booleans, dates, times and
merged cells in a table stay bad input naming the cell."""

from __future__ import annotations

import csv
import datetime
import re

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _number(text: str):
    """A CSV cell as Excel holds what was typed: a number where it reads as one."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def _befolkning_as_xlsx(data_dir, edit) -> None:
    """befolkning.csv as befolkning.xlsx (numbers as numbers), `edit(sheet, header)` applied."""
    book = openpyxl.Workbook()
    with open(data_dir / "befolkning.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append([_number(v) for v in row])
    edit(book.active, rows[0])
    book.save(data_dir / "befolkning.xlsx")
    (data_dir / "befolkning.csv").unlink()


def _cell(sheet, header, column: str, line: int = 2):
    return sheet.cell(line, header.index(column) + 1)


@pytest.mark.parametrize("form", [";;;", ";;", ";;; "])
def test_a_value_under_a_format_that_shows_nothing_is_bad_input(data_dir, form):
    def edit(sheet, header):
        _cell(sheet, header, "invanare").number_format = form

    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=r"befolkning\.xlsx:2: invanare: cellen har ett "
                                        r"talformat som inte visar något"):
        load_dataset(data_dir)


def test_an_empty_cell_under_a_format_that_shows_nothing_is_harmless(data_dir):
    def edit(sheet, header):
        _cell(sheet, header, "andel_procent").number_format = ";;;"

    _befolkning_as_xlsx(data_dir, edit)
    result = load_dataset(data_dir)["befolkning"]
    assert len(result) > 0


def test_a_visible_workbook_with_a_general_format_is_read(data_dir):
    _befolkning_as_xlsx(data_dir, lambda sheet, header: None)
    result = load_dataset(data_dir)["befolkning"]["invanare"].dropna().iloc[0]
    assert result == 9510


@pytest.mark.parametrize(("value", "message"), [
    (True, "SANT är ett sanningsvärde i Excel, inte ett tal"),
    (datetime.datetime(2024, 1, 1), "2024-01-01 är ett datum eller en tid i Excel, inte ett tal"),
    (datetime.time(3, 0), "03:00:00 är ett datum eller en tid i Excel, inte ett tal"),
])
def test_a_boolean_date_or_time_in_a_number_column_is_bad_input(data_dir, value, message):
    def edit(sheet, header):
        _cell(sheet, header, "invanare").value = value

    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=rf"befolkning\.xlsx:2: invanare: {message}"):
        load_dataset(data_dir)


def test_a_key_merged_over_two_rows_is_bad_input_naming_the_range(data_dir):
    def edit(sheet, header):
        column = header.index("kommun") + 1
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)

    _befolkning_as_xlsx(data_dir, edit)
    expected = r"befolkning\.xlsx:2: kommun: cellerna (?P<c>[A-Z]+)2:(?P=c)3 är sammanfogade"
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_a_text_under_a_format_that_hides_only_numbers_is_read(data_dir):
    def edit(sheet, header):
        _cell(sheet, header, "kommun").number_format = ";;"

    _befolkning_as_xlsx(data_dir, edit)
    result = load_dataset(data_dir)["befolkning"]["kommun"].iloc[0]
    assert result == "Herrljunga"


def test_a_text_under_a_format_that_hides_texts_too_is_bad_input(data_dir):
    def edit(sheet, header):
        _cell(sheet, header, "kommun").number_format = ";;;"

    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=r"befolkning\.xlsx:2: kommun: cellen har ett talformat"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("form", "stored", "expected"), [
    ("#,##0,", 9510000, "cellen visar 9510 men lagrar 9510000 (ett talformat i Excel som "
                        "delar med 1 000)"),
    ('#,##0," tkr"', 9510500, "cellen visar 9510,5 men lagrar 9510500 (ett talformat"),
    ("0.0,,", 9510000000, "cellen visar 9510 men lagrar 9510000000 (ett talformat i Excel "
                          "som delar med 1 000 000)"),
    ("[Blue]#,##0,;[Red]-#,##0,", 9510000, "cellen visar 9510 men lagrar 9510000"),
])
def test_a_number_under_a_format_that_divides_by_thousands_is_bad_input(data_dir, form,
                                                                        stored, expected):
    def edit(sheet, header):
        cell = _cell(sheet, header, "invanare")
        cell.value, cell.number_format = stored, form

    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=r"befolkning\.xlsx:2: invanare: " + re.escape(expected)):
        load_dataset(data_dir)


@pytest.mark.parametrize("form", ["#,##0", "# ##0", '#,##0" st,"', "0.0", "#,##0_);(#,##0)"])
def test_a_number_under_a_format_that_groups_thousands_is_read(data_dir, form):
    def edit(sheet, header):
        cell = _cell(sheet, header, "invanare")
        cell.value, cell.number_format = 9510, form

    _befolkning_as_xlsx(data_dir, edit)
    assert load_dataset(data_dir)["befolkning"]["invanare"].dropna().iloc[0] == 9510
