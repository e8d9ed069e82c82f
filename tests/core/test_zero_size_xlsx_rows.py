"""A workbook row of height 0 or a column of width 0 shows nothing, as a hidden one does
(dragging a row to nothing in Excel, or a program that writes ht="0"); its values were
read unseen. It is bad input naming it, as a hidden row or column is."""

from __future__ import annotations

import csv
import zipfile

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _befolkning_as_xlsx(data_dir, edit) -> None:
    """befolkning.csv as befolkning.xlsx, its sheet's XML edited by `edit(xml, header)`
    (openpyxl writes no height or width of 0; Excel and other programs do)."""
    book = openpyxl.Workbook()
    with open(data_dir / "befolkning.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append([int(v) if v.isdigit() else v for v in row])
    book.save(data_dir / "plain.xlsx")
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(data_dir / "plain.xlsx") as source, \
            zipfile.ZipFile(data_dir / "befolkning.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, edit(data.decode(), rows[0]) if item.filename == name else data)
    (data_dir / "plain.xlsx").unlink()
    (data_dir / "befolkning.csv").unlink()


def _column(header, column: str | int, width) -> str:
    """`xml` with a <cols> entry giving `column` (a header or a number) `width`."""
    j = header.index(column) + 1 if isinstance(column, str) else column
    return f'<cols><col min="{j}" max="{j}" width="{width}" customWidth="1"/></cols>'


def _sized(xml: str, header, height=None, width=None, column="invanare") -> str:
    if height is not None:
        xml = xml.replace('<row r="3"', f'<row r="3" ht="{height}" customHeight="1"', 1)
    if width is not None:
        xml = xml.replace("<sheetData>", _column(header, column, width) + "<sheetData>", 1)
    return xml


def _flat_row(xml, header):
    return _sized(xml, header, height=0)


def _narrow_column(xml, header):
    return _sized(xml, header, width=0)


@pytest.mark.parametrize(("edit", "expected"), [
    (_flat_row, r"befolkning\.xlsx:3: raden har höjden 0 i Excel"),
    (_narrow_column, r"befolkning\.xlsx: invanare: kolumnen har bredden 0 i Excel"),
])
def test_a_row_or_column_of_no_size_with_values_is_bad_input(data_dir, edit, expected):
    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


@pytest.mark.parametrize("size", [0.75, 15])
def test_a_low_row_or_narrow_column_that_shows_its_values_is_read(data_dir, size):
    def edit(xml, header):
        return _sized(xml, header, height=size, width=size)

    _befolkning_as_xlsx(data_dir, edit)
    result = load_dataset(data_dir)["befolkning"]["invanare"].iloc[1]
    assert result == 12176


def test_a_column_of_no_width_beyond_the_table_is_harmless(data_dir):
    def edit(xml, header):
        return _sized(xml, header, width=0, column=len(header) + 3)

    _befolkning_as_xlsx(data_dir, edit)
    assert len(load_dataset(data_dir)["befolkning"]) > 0


def _rows_without_own_height(xml: str, sheet_format: str, shown: int) -> str:
    """The sheet's format set to `sheet_format` and rows 1..`shown` given a height of
    their own (Excel's "hide the rest": zeroHeight hides every row without one)."""
    import re

    xml = re.sub(r"<sheetFormatPr[^>]*/>", sheet_format, xml)
    for r in range(1, shown + 1):
        xml = xml.replace(f'<row r="{r}">', f'<row r="{r}" ht="15" customHeight="1">', 1)
    return xml


@pytest.mark.parametrize("sheet_format", ['<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>',
                                          '<sheetFormatPr defaultRowHeight="0"/>'])
def test_a_row_the_sheets_default_height_hides_is_bad_input(data_dir, sheet_format):
    _befolkning_as_xlsx(data_dir, lambda xml, header: _rows_without_own_height(
        xml, sheet_format, 2))
    with pytest.raises(DataError, match=r"befolkning\.xlsx:3: raden har höjden 0 i Excel"):
        load_dataset(data_dir)


def test_rows_of_their_own_height_under_zero_height_are_read(data_dir):
    expected = load_dataset(data_dir)["befolkning"]
    _befolkning_as_xlsx(data_dir, lambda xml, header: _rows_without_own_height(
        xml, '<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>', 10_000))
    result = load_dataset(data_dir)["befolkning"]
    assert result.equals(expected)


def test_a_column_the_sheets_default_width_hides_is_bad_input(data_dir):
    def edit(xml, header):
        import re

        others = f'<cols><col min="2" max="{len(header)}" width="12" customWidth="1"/></cols>'
        xml = re.sub(r"<sheetFormatPr[^>]*/>", '<sheetFormatPr defaultColWidth="0" '
                     'defaultRowHeight="15"/>', xml)
        return xml.replace("<sheetData>", others + "<sheetData>", 1)

    _befolkning_as_xlsx(data_dir, edit)
    with pytest.raises(DataError, match=r"befolkning\.xlsx: key_date: kolumnen har bredden 0 i "
                                        r"Excel \(bladets standardbredd\)"):
        load_dataset(data_dir)
