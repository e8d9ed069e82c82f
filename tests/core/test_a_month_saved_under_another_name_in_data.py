"""A month's rows are refused when a file of a sub-folder named after their table holds
them (data/mars/driftredovisning.csv), but the same rows saved under a name of their own
(data/mars.csv, data/driftredovisning mars/export.csv, data/projekttid mars/2024-03.csv)
were never read and the report published without March, exit 0 and no word. A file
named after no table whose header names every required column of one table is now
looked at the same way: a row newer than the table's is refused naming file and line; a
backup or archive of older rows by any name still lies there unread."""

from __future__ import annotations

import shutil

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

MARCH = "year,period,measure,kontogrupp,belopp\n2024,2024-03,prognos,Intäkter,-17750\n"
INVEST = ("year;period;measure;kommun;projekt;belopp\n"
          "2024;2024-03;prognos;Herrljunga;Reinvestering IT;2500\n")
PROJECT = "period,projektnummer,projekt,timmar,belopp_kr\n2024-03,1244,Interna e-tjänster,2,710\n"


@pytest.mark.parametrize(("where", "content", "table", "place"), [
    ("mars.csv", MARCH, "driftredovisning", "en fil i data som inte heter som en tabell"),
    ("februari och mars.txt", MARCH, "driftredovisning",
     "en fil i data som inte heter som en tabell"),
    ("driftredovisning mars/export.csv", MARCH, "driftredovisning",
     "en fil i en undermapp till data"),
    ("Nya filer/underlag.csv", MARCH, "driftredovisning", "en fil i en undermapp till data"),
    ("inv mars.csv", INVEST, "investeringar", "en fil i data som inte heter som en tabell"),
    ("projekttid mars/2024-03.csv", PROJECT, "projekttid", "en fil i en undermapp till data"),
])
def test_a_newer_month_under_a_name_of_its_own_is_refused(data_dir, where, content, table,
                                                          place):
    path = data_dir / where
    path.parent.mkdir(parents=True, exist_ok=True)
    write(path, content)
    with pytest.raises(DataError, match=rf"{where}:2: period: läses inte: {place} läses "
                       rf"aldrig, och den här har period 2024-03, som tabellen {table} "
                       r"saknar \(den har till och med 2024-02\)"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("source", "where"), [
    ("driftredovisning.csv", "backup feb.csv"),
    ("investeringar.csv", "inv.bak.csv"),
    ("personal.csv", "arkiv/gammal.csv"),
    ("onex.csv", "arkiv/tele.csv"),
    ("nilex.csv", "arkiv/n.csv"),
    ("projekttid/2023-12.csv", "arkiv/dec.csv"),
])
def test_an_older_copy_by_any_name_lies_there_unread(data_dir, source, where):
    target = data_dir / where
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(data_dir / source, target)
    result = load_dataset(data_dir)
    assert "driftredovisning" in result.tables
