"""Adding a month (core/data_files): data/driftredovisning-2024-03.xlsx with a note on its
first sheet ("Läs mig, data på nästa flik") and March's rows under their header on the
second was left beside the table, since only the first sheet was looked at, and `itvt
check` said ok: the month was lost without a word. Every sheet's first rows are looked at."""

from __future__ import annotations

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import first_rows
from itvt_lib.core.errors import DataError

HEADER = ["year", "period", "measure", "kontogrupp", "belopp"]


def _workbook(path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Läs mig, data på nästa flik"])
    book.create_sheet("Data").append(HEADER)
    book["Data"].append([2024, "2024-03", "prognos", "Intäkter", -17750])
    book.save(path)


def test_the_rows_of_every_sheet_are_looked_at(tmp_path):
    _workbook(tmp_path / "driftredovisning-2024-03.xlsx")
    result = first_rows(tmp_path / "driftredovisning-2024-03.xlsx")
    expected = [["läs mig, data på nästa flik"], [], HEADER,
                ["2024", "2024-03", "prognos", "intäkter", "-17750"], []]
    assert result == expected


def test_a_month_on_a_second_sheet_is_refused(data_dir):
    _workbook(data_dir / "driftredovisning-2024-03.xlsx")
    with pytest.raises(DataError, match=r"driftredovisning-2024-03\.xlsx: läses inte: tabellen "
                       r"driftredovisning läses bara från driftredovisning\.csv"):
        load_dataset(data_dir)
