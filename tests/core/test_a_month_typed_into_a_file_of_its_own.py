"""Adding a month (core/data_files): March's prognos saved as
data/driftredovisning-2024-03.csv beside driftredovisning.csv was never read, and
`itvt check --period latest` checked February and said ok: the month was lost without a
word; so was driftredovisning.xls (Excel 97) beside it. A file of the data folder named
after a table without being its file is bad input naming the file and where the table is
read from."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import table_named_in
from itvt_lib.core.errors import DataError

TABLES = {"driftredovisning", "investeringar", "investeringar_totaler", "kostnadsstallen",
          "kostnadsstalle_netto", "projekttid"}


@pytest.mark.parametrize("name, expected", [
    ("driftredovisning-2024-03.csv", "driftredovisning"),
    ("driftredovisning (2).csv", "driftredovisning"),
    ("Driftredovisning_mars.xlsx", "driftredovisning"),
    ("driftredovisning - Kopia.csv", "driftredovisning"),
    ("driftredovisning2024.csv", "driftredovisning"),
    ("investeringar_totaler - Kopia.csv", "investeringar_totaler"),
    ("projekttid-2024-03.csv", "projekttid"),
    ("driftredovisning.xls", "driftredovisning"),
    ("driftredovisning.csv", None),
    ("investeringar_totaler.csv", None),
    ("kostnadsstalle_netto.csv", None),
    ("driftredovisningar.csv", None),
    ("driftredovisning.csv~", None),
    ("driftredovisning.bak", None),
    ("~$driftredovisning-x.xlsx", None),
    ("anteckningar.csv", None),
])
def test_the_table_a_file_name_names(name, expected):
    result = table_named_in(name, TABLES)
    assert result == expected


def test_a_month_in_a_file_of_its_own_is_refused(data_dir):
    rows = (data_dir / "driftredovisning.csv").read_text(encoding="utf-8").splitlines()[0]
    rows += "\n2024,2024-03,prognos,Intäkter,-17750\n"
    (data_dir / "driftredovisning-2024-03.csv").write_text(rows, encoding="utf-8")
    with pytest.raises(DataError, match=r"driftredovisning-2024-03\.csv: läses inte: tabellen "
                       r"driftredovisning läses bara från driftredovisning\.csv eller "
                       r"driftredovisning\.xlsx \(eller filerna i mappen driftredovisning/\); "
                       r"för in raderna där, eller döp om eller flytta filen$"):
        load_dataset(data_dir)


def test_other_files_beside_the_tables_are_read_as_before(data_dir):
    (data_dir / "anteckningar.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (data_dir / "driftredovisning.csv~").write_text("x\n", encoding="utf-8")
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected
