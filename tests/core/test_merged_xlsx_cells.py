"""Workbook cells merged across a table's cells are bad input naming the range: Excel shows
the first cell over all of them, while a cell it covers may still hold a figure itvt would
read unseen (or a figure shown over two rows would be read for the first alone)."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl.cell.cell import Cell
from table_workbook import TABLE, table_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _covering_a_figure(sheet):
    """D3:E3 merged while E3 keeps its figure (another program's file; Excel drops it)."""
    figure = sheet["E3"].value
    sheet.merge_cells("D3:E3")
    sheet._cells[(3, 5)] = Cell(sheet, row=3, column=5, value=figure)


def _one_figure_over_two_rows(sheet):
    sheet.merge_cells("E2:E3")


@pytest.mark.parametrize(("merge", "expected"), [
    (_covering_a_figure, r"kommunbidrag_kommun\.xlsx:3: kommun: cellerna D3:E3 är sammanfogade"),
    (_one_figure_over_two_rows, r"kommunbidrag_kommun\.xlsx:2: belopp: cellerna E2:E3 är "
     r"sammanfogade"),
], ids=["covering-a-figure", "one-figure-over-two-rows"])
def test_cells_merged_in_the_table_are_bad_input(data_dir, merge, expected):
    table_as_xlsx(data_dir, merge)
    with pytest.raises(DataError, match=expected) as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)


def test_cells_merged_outside_the_table_are_read_past(data_dir):
    expected = load_dataset(data_dir).tables[TABLE]
    table_as_xlsx(data_dir, lambda sheet: sheet.merge_cells("H2:I3"))
    result = load_dataset(data_dir).tables[TABLE]
    pd.testing.assert_frame_equal(result, expected)
