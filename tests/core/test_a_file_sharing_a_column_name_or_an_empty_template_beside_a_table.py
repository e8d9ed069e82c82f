"""Hostile run 43a (core/data_files): a controller keeps beside the tables what she types
them from: "kommuner och befolkning SCB.csv" (kommun;folkmängd), "personal statistik
2023.xlsx" (a sheet per month headed period), "ansvar organisation.xlsx" (Ansvar, Namn),
"Mall driftredovisning.xlsx" (an empty template: the table's header, no row; a sheet of
instructions after it; Excel's ";;;;" lines under it as CSV). One shared
word (kommun, period, ansvar, belopp) was read as the table's header, so the monthly run
stopped (exit 2) over a file holding none of its rows. Rule (core.data_files.copies_table):
a header names more than half of the table's columns and has a row after it; a first row as
wide as the table is rows without their header when a digit or a row follows."""

from __future__ import annotations

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("name", "content"), [
    ("kommuner och befolkning SCB.csv", "kommun;folkmängd 2023\nVårgårda;12000\n"),
    ("personal statistik 2023.xlsx", [("HR", [["Personalstatistik 2023"], ["Grupp", "Antal"]]),
                                      ("Månad", [["period", "Sjukfrånvaro"], ["2023-01", 3]])]),
    ("ansvar organisation.xlsx", [("Org", [["Ansvar", "Namn"], ["IT", "Anna"]])]),
    ("published 2023.xlsx", [("Tabell", [["Avsnitt", "Belopp"], ["Drift", 5]])]),
    ("Mall driftredovisning.xlsx", [("Mall", [["year", "period", "measure", "kontogrupp",
                                               "belopp"]])]),
    ("Mall driftredovisning.csv", "year,period,measure,kontogrupp,belopp\n"),
    ("Mall driftredovisning.csv", "year;period;measure;kontogrupp;belopp\n;;;;\n;;;;\n"),
    ("Mall driftredovisning.xlsx", [("Mall", [["year", "period", "measure", "kontogrupp",
                                               "belopp"]]),
                                    ("Instruktion", [["Fyll i en rad per kontogrupp"]])]),
], ids=["scb-kommun", "hr-period", "ansvar", "belopp", "empty-template",
        "empty-template-csv", "excels-empty-lines", "template-and-a-note-sheet"])
def test_a_source_file_or_empty_template_beside_a_table_is_left_beside_it(data_dir, name,
                                                                          content):
    write(data_dir / name, content)
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected


@pytest.mark.parametrize(("name", "content"), [
    ("driftredovisning mars.csv", "year,period,belopp\n2024,2024-03,-17750\n"),
    ("Mall driftredovisning.xlsx", [("Mall", [["year", "period", "measure", "kontogrupp",
                                               "belopp"], [2024, "2024-03", "prognos",
                                                           "Intäkter", -17750]])]),
    ("driftredovisning april.csv", "Prognos\napril\n2024\nIT-nämnden\n"
     "year,period,measure,kontogrupp,belopp\n"
     "2024,2024-03,prognos,Intäkter,-17750\n"),
    ("driftredovisning mars.csv", "År;Månad;Typ;Kontogrupp;Belopp\n"
     "2024;3;prognos;Intäkter;-1\n"),
], ids=["most-columns", "template-filled-in", "header-on-the-last-row-looked-at",
        "swedish-headings"])
def test_a_month_under_most_of_the_tables_columns_is_still_refused(data_dir, name, content):
    write(data_dir / name, content)
    with pytest.raises(DataError, match=r": läses inte: tabellen driftredovisning läses bara"):
        load_dataset(data_dir)
