"""A workbook row or column hidden in Excel that holds values is bad input naming it: itvt
would read figures the controller does not see, and she may have hidden them to leave them
out (which of the two she meant would be a guess)."""

from __future__ import annotations

import openpyxl
import pytest
from table_workbook import table_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _kommuner_as_xlsx(data_dir, hide=None):
    """kommuner.csv as kommuner.xlsx, `hide(sheet, header)` applied."""
    def edit(sheet):
        if hide is not None:
            hide(sheet, [cell.value for cell in sheet[1]])

    table_as_xlsx(data_dir, edit, table="kommuner")


def _hide_row(sheet, header):
    sheet.row_dimensions[3].hidden = True


def _hide_column(sheet, header):
    sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index("namn") + 1)].hidden = True


@pytest.mark.parametrize(("hide", "expected"), [
    (_hide_row, r"kommuner\.xlsx:3: raden är dold i Excel"),
    (_hide_column, r"kommuner\.xlsx: namn: kolumnen är dold i Excel"),
])
def test_a_hidden_row_or_column_with_values_is_bad_input(data_dir, hide, expected):
    _kommuner_as_xlsx(data_dir, hide)
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_a_hidden_empty_row_below_the_table_is_harmless(data_dir):
    def hide_empty(sheet, header):
        sheet.row_dimensions[sheet.max_row + 5].hidden = True

    expected = load_dataset(data_dir)["kommuner"]
    _kommuner_as_xlsx(data_dir, hide_empty)
    result = load_dataset(data_dir)["kommuner"]
    assert list(result["namn"]) == list(expected["namn"])
