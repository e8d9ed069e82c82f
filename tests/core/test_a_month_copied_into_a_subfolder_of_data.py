"""Adding a month (core/data_subfolders): March's driftredovisning.csv copied into a
sub-folder of data (data/mars/, data/2024-03/, data/Nya filer/) was never read, and the
report was published without March, exit 0 and no word. A file below a sub-folder named
after a table, whose rows look like the table's and hold a period, year or date newer than
any of the table's own, is bad input naming the file and line; an archive, a backup, a
template, notes or the source papers there are read past as before."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = ["year", "period", "measure", "kontogrupp", "belopp"]
MARCH = "year,period,measure,kontogrupp,belopp\n2024,2024-03,prognos,Intäkter,-17750\n"
NEW_MONTH = [
    ("mars/driftredovisning.csv", MARCH, 2, "period 2024-03"),
    ("2024-03/driftredovisning.xlsx", [("Blad1", [HEADER, [2024, "2024-03", "prognos",
                                                          "Intäkter", -17750]])],
     2, "period 2024-03"),
    ("Nya filer/driftredovisning mars.csv",
     "year;period;measure;kontogrupp;belopp\n2024;2024-03;prognos;Intäkter;-17750,5\n",
     2, "period 2024-03"),
    ("2024-03/driftredovisning-2025.csv", "Driftredovisning, budget 2025\n\n"
     "year,period,measure,kontogrupp,belopp\n2025,,budget,Intäkter,-7000\n", 4, "year 2025"),
    ("Nya filer/mars/Kopia av driftredovisning.csv", MARCH, 2, "period 2024-03"),
    ("mars/driftredovisning.csv", "year\tperiod\tmeasure\tkontogrupp\tbelopp\r\n2024\t"
     "2024-03\tprognos\tIntäkter\t-17750\r\n".encode("utf-16"), 2, "period 2024-03"),
    ("mars/driftredovisning mars.txt", "year\tperiod\tmeasure\tkontogrupp\tbelopp\n2024\t"
     "2024-03\tprognos\tIntäkter\t-17750\n", 2, "period 2024-03"),
    ("mars/driftredovisning.csv", "sep=;\nyear;period;measure;kontogrupp;belopp\n"
     '2024;2024-03;prognos;"Lokalkostnader, energi, VA";-1\n', 3, "period 2024-03"),
    ("mars/Driftredovisning.XLSX", [("Blad1", [["Driftredovisning mars 2024"], [], HEADER,
                                               [2024.0, datetime(2024, 3, 1), "prognos",
                                                "Intäkter", -1]])], 4, "period 2024-03"),
    ("projekttid/mars/2024-03.csv", "period,projektnummer,projekt,timmar,belopp_kr\n"
     "2024-03,1244,Interna e-tjänster,2,710\n", 2, "period 2024-03"),
]


@pytest.mark.parametrize("where, content, line, what", NEW_MONTH)
def test_a_newer_month_in_a_subfolder_is_refused(data_dir, where, content, line, what):
    path = data_dir / where
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):   # Excel's "Unicode text"
        path.write_bytes(content)
    else:
        write(path, content)
    table = "projekttid" if where.startswith("projekttid") else "driftredovisning"
    with pytest.raises(DataError, match=rf"{where.replace('(', '.')}:{line}: \w+: läses "
                       rf"inte: en fil i en undermapp till data läses aldrig, och den här har "
                       rf"{what}, som tabellen {table} saknar \(den har till och med \S+\); "
                       rf"för in raderna i {table}\.csv eller {table}\.xlsx \(eller mappen "
                       rf"{table}/\), eller flytta filen ut ur data$"):
        load_dataset(data_dir)


def archive_of_2023(data_dir) -> str:
    lines = (data_dir / "driftredovisning.csv").read_text(encoding="utf-8").splitlines()
    return "\n".join([lines[0], *(x for x in lines if x.startswith("2023"))]) + "\n"


@pytest.mark.parametrize("where", [
    "arkiv/driftredovisning 2023.csv",          # an archive of older rows
    "gammalt/Kopia av driftredovisning.csv",    # the same rows
    "backup/2024-02-29/driftredovisning.csv",   # a backup of the whole folder
    "mallar/driftredovisning_mall.csv",         # the table's header alone
    "källor/000_f77ee24391666604.txt",          # the committee's source papers
    "projekttid/arkiv/projekttid 2023-12.csv",  # an archive below the table's own folder
    "arkiv/driftredovisning.xls",               # a workbook never read, older
    "arkiv/driftredovisning 2023.txt",          # an archive as tab-delimited text
    ".Trash-1000/files/driftredovisning.csv",   # a desktop's waste basket
])
def test_an_archive_backup_or_template_in_a_subfolder_is_read_past(data_dir, where):
    path = data_dir / where
    path.parent.mkdir(parents=True, exist_ok=True)
    if where.startswith("gammalt") or where.startswith("backup"):
        shutil.copy(data_dir / "driftredovisning.csv", path)
    elif where.startswith("mallar"):
        path.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    elif where.startswith("källor"):
        path.write_text("Månadsrapport per 2024-02-29\nDriftredovisning\n", encoding="utf-8")
    elif where.startswith("projekttid"):
        shutil.copy(data_dir / "projekttid" / "2023-12.csv", path)
    elif where.startswith(".Trash"):
        path.write_text(MARCH, encoding="utf-8")
    elif where.endswith(".txt"):
        path.write_text(archive_of_2023(data_dir).replace(",", "\t"), encoding="utf-8")
    else:
        path.write_text(archive_of_2023(data_dir), encoding="utf-8")
    result = sorted(load_dataset(data_dir)["driftredovisning"]["period"].dropna().unique())[-1]
    expected = "2024-02"
    assert result == expected
