"""A text longer than a spreadsheet cell holds (32 767 characters) is cut in the workbook
with a note saying so and where the whole text stands: LibreOffice cut it silently (and
Excel reports the file damaged)."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from itvt_lib.core.formatting import amount
from itvt_lib.core.workbook import CELL_MAX, CUT_NOTE, SheetTable, cell_text, write_book


@pytest.mark.parametrize(("length", "cut"), [(10, False), (CELL_MAX, False),
                                              (CELL_MAX + 1, True), (40000, True)])
def test_a_text_is_whole_or_says_it_is_cut(length, cut):
    text = ("Lång analys " * 4000)[:length]
    result = cell_text(text)
    expected = text[:CELL_MAX - len(CUT_NOTE)] + CUT_NOTE if cut else text
    assert result == expected
    assert len(result) <= CELL_MAX


def test_the_workbook_cell_holds_the_cut_text_with_its_note(tmp_path):
    text = "x" * 40000
    table = SheetTable("Långt", ["Källa"], ["Text", "Belopp"], [None, amount()],
                       [[text, 5.0]], [[text, "5"]])
    path = write_book(tmp_path / "t.xlsx", [table], datetime(2024, 2, 29))
    result = load_workbook(path)["Långt"]["A3"].value
    assert len(result) == CELL_MAX and result.endswith(CUT_NOTE)
