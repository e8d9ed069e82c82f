"""Hostile run 40m (core/data_files): a controller keeps the sources she types a table from
beside it: SCB's befolkning_scb.xlsx (a title row), HR's personal_statistik.csv (its own
headings), BAS's Kontoplan_BAS_2024.xlsx. Each is named after a table, so the stray-file
rule refused it and the monthly run stopped (exit 2, no report) over a harmless file. Rule
(core.data_files.copies_table): such a file is refused only when its first rows may be the
table's: one naming one of its columns (a header, also below a title), a first row of as
many cells as it has columns (rows without their header), or unreadable (also UTF-16); a
month typed into a file of its own still is."""

from __future__ import annotations

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def xlsx(path, rows) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


@pytest.mark.parametrize(("name", "rows"), [
    ("befolkning_scb.xlsx", [["Folkmängden efter region och år"], [], ["Herrljunga", 9500]]),
    ("Kontoplan_BAS_2024.xlsx", [["Kommun-BAS 2024"], ["Konto", "Benämning"]]),
    ("personal_statistik.csv", "Förvaltning;Antal anställda;Sjukfrånvaro %\nIT;14;3,5\n"),
], ids=["scb-title", "bas-title", "hr-headings"])
def test_a_source_file_named_after_a_table_is_left_beside_it(data_dir, name, rows):
    if name.endswith(".xlsx"):
        xlsx(data_dir / name, rows)
    else:
        (data_dir / name).write_text(rows, encoding="utf-8")
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected


@pytest.mark.parametrize(("name", "content"), [
    ("driftredovisning-2024-03.csv", "year,period,measure,kontogrupp,belopp\n"
     "2024,2024-03,prognos,Intäkter,-17750\n"),
    ("driftredovisning-2024-03.csv", "2024,2024-03,prognos,Intäkter,-17750\n"),
    ("driftredovisning_mars.xlsx", [["year", "period", "measure", "kontogrupp", "belopp"],
                                    [2024, "2024-03", "prognos", "Intäkter", -17750]]),
    ("befolkning - Kopia.xlsx", b"not a workbook"),
    ("driftredovisning_mars.xlsx", [["Prognos mars 2024"], [],
                                    ["year", "period", "measure", "kontogrupp", "belopp"],
                                    [2024, "2024-03", "prognos", "Intäkter", -17750]]),
    ("driftredovisning-2024-03.csv", "year;period;measure;kontogrupp;belopp;kommentar\n"
     "2024;2024-03;prognos;Intäkter;-17750;mars\n".encode("utf-16")),
], ids=["with-header", "rows-only", "xlsx-with-header", "unreadable", "title-above",
        "utf-16"])
def test_a_copy_of_a_tables_rows_is_still_refused(data_dir, name, content):
    if isinstance(content, list):
        xlsx(data_dir / name, content)
    elif isinstance(content, bytes):
        (data_dir / name).write_bytes(content)
    else:
        (data_dir / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=r": läses inte: tabellen \w+ läses bara från"):
        load_dataset(data_dir)
