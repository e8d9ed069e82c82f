"""Hostile run 43a (core/data_files): "personal statistik 2023.ods" (HR's LibreOffice
workbook) and "personal statistik 2023.xlsm" (one with a macro) name the table personal, and
a workbook of those kinds was refused unopened, so the monthly run stopped (exit 2) over a
file holding none of its rows. Rule (core.data_files.refuse_stray_table_files): such a
workbook is looked at as an xlsx is (`first_rows`); only the table's own name
(personal.ods), a copy's first rows, or a workbook that cannot be read is refused."""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = ["period", "statistik_fran", "statistik_till", "measure", "grupp", "procent"]
ROW = ["2024-03", "2024-01-01", "2024-03-31", "sjukfranvaro", "Alla", "3,5"]
HR = [["Personalstatistik 2023"], ["Grupp", "Antal", "Sjukfrånvaro"], ["IT", "40", "4 %"]]


def ods(path, rows) -> None:
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{escape(str(v))}</text:p></table:table-cell>" for v in row)
        + "</table:table-row>" for row in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
               f'<office:spreadsheet><table:table table:name="Blad1">{cells}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", content)


def xlsm(path, rows) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


@pytest.mark.parametrize(("name", "write"), [
    ("personal statistik 2023.ods", ods), ("personal statistik 2023.xlsm", xlsm)])
def test_a_source_workbook_never_read_is_left_beside_the_table(data_dir, name, write):
    write(data_dir / name, HR)
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected


@pytest.mark.parametrize(("name", "write", "rows"), [
    ("personal 2024-03.ods", ods, [HEADER, ROW]),
    ("personal 2024-03.xlsm", xlsm, [HEADER, ROW]),
    ("personal.ods", ods, HR),
    ("personal statistik.ods", lambda path, rows: path.write_bytes(b"PK\x03\x04"), HR),
], ids=["ods-copy", "xlsm-copy", "own-name", "unreadable"])
def test_a_copy_in_a_workbook_never_read_is_refused(data_dir, name, write, rows):
    write(data_dir / name, rows)
    with pytest.raises(DataError, match=r": läses inte: tabellen personal läses bara från"):
        load_dataset(data_dir)
