"""A formula cell of an input .xlsx saved to be recalculated on opening (calcPr
fullCalcOnLoad, as XlsxWriter, openpyxl and other generators save: the stored value may be
old, 0 or a previous figure, while Excel shows the recalculated one) is bad input named by
file, line and column; it was read as the stored value, a figure the controller never saw.
A formula in a workbook saved by Excel (no such flag) is read as the value it shows."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.input_files import read_xlsx_rows


def _rewrite(path, name, edit) -> None:
    with zipfile.ZipFile(path) as book:
        items = [(item, book.read(item.filename)) for item in book.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for item, content in items:
            book.writestr(item, edit(content) if item.filename == name else content)


def workbook(path, stored, recalculate: bool) -> None:
    """kontogrupp, belopp; Personal's belopp is `=B2+200` whose stored value is `stored`."""
    book = openpyxl.Workbook()
    for row in (["kontogrupp", "belopp"], ["Intäkter", 15129], ["Personal", "=B2+200"]):
        book.active.append(row)
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml",
             lambda xml: xml.replace(b"</f>", b"</f><v>" + str(stored).encode() + b"</v>"))
    if not recalculate:   # as Excel saves: the stored values are its own
        _rewrite(path, "xl/workbook.xml",
                 lambda xml: re.sub(rb'\s*fullCalcOnLoad="1"', b"", xml))


@pytest.mark.parametrize("stored", [15129, 0], ids=["a-previous-figure", "zero"])
def test_formula_saved_to_be_recalculated_is_bad_input(tmp_path, stored):
    workbook(tmp_path / "t.xlsx", stored, recalculate=True)
    with pytest.raises(DataError, match=r"^t\.xlsx:3: belopp: cellen är en formel i en "
                       r"arbetsbok som ska räknas om när den öppnas .*inaktuellt; öppna och "
                       r"spara filen i Excel"):
        read_xlsx_rows(tmp_path / "t.xlsx", "t.xlsx")


def test_formula_of_a_workbook_saved_by_excel_is_read_as_shown(tmp_path):
    workbook(tmp_path / "t.xlsx", 15329, recalculate=False)
    result = read_xlsx_rows(tmp_path / "t.xlsx", "t.xlsx")[1]
    expected = [(2, ["Intäkter", 15129]), (3, ["Personal", 15329])]
    assert result == expected
