"""Hostile run 44c (core/data_files): a month typed into a file named after a table passed
the stray-file rule unseen (its rows left out of the report, `itvt check` ok) when its first
row was not as wide as the table: a header split over two rows, a "sep=," line above the
rows, the rows on a third sheet after two note sheets, Swedish headings with a column of
remarks added (År;Månad;Typ;Kontogrupp;Belopp;Kommentar), rows with an empty cell. Rule
(core.data_files.copies_table): any row looked at as wide as the table or wider (its cells
up to its last value) with a row after it or a digit may be the table's rows."""

from __future__ import annotations

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import as_wide
from itvt_lib.core.errors import DataError

ROWS = "2024;2024-03;prognos;Intäkter;-17750\n2024;2024-03;prognos;Personalkostnader;9000\n"


@pytest.mark.parametrize(("name", "content"), [
    ("driftredovisning mars.csv", "År;Period\nMått;Kontogrupp;Belopp\n" + ROWS),
    ("driftredovisning mars.csv", "År;Period\nMått;Kontogrupp;Belopp\n"
     "2024;2024-03;prognos;Intäkter;-17750\n"),
    ("driftredovisning mars.csv", "sep=,\n2024,2024-03,prognos,Intäkter,-1\n"
     "2024,2024-03,prognos,Personalkostnader,5\n"),
    ("driftredovisning mars.xlsx", [("Not 1", [["Anteckning"]]), ("Not 2", [["Källa: Visma"]]),
                                    ("Data", [[2024, "2024-03", "prognos", "Intäkter", -1],
                                              [2024, "2024-03", "prognos", "Personal", 5]])]),
    ("driftredovisning mars.csv", "År;Månad;Typ;Kontogrupp;Belopp;Kommentar\n"
     "2024;3;prognos;Intäkter;-1;rättad\n"),
    ("driftredovisning mars.csv", "2024;2024-03;prognos;Intäkter;-1;rättad\n"),
    ("driftredovisning mars.csv", "2024;2024-03;;Intäkter;-1\n2024;2024-03;;Personal;3\n"),
], ids=["split-header", "split-header-one-row", "sep-line", "third-sheet",
        "swedish-headings-and-remarks", "rows-with-remarks", "rows-with-an-empty-cell"])
def test_a_month_beside_the_table_is_refused(data_dir, name, content):
    write(data_dir / name, content)
    with pytest.raises(DataError, match=r"driftredovisning mars\.(csv|xlsx): läses inte: "
                       r"tabellen driftredovisning läses bara från"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("row", "expected"), [
    (["2024", "2024-03", "prognos", "intäkter", "-1"], True),
    (["2024", "2024-03", "", "intäkter", "-1"], True),
    (["2024", "2024-03", "prognos", "intäkter", "-1", "rättad"], True),
    (["mått", "kontogrupp", "belopp"], False),
    (["", "", "", "x"], False),
], ids=["as-wide", "an-empty-cell-between", "wider", "narrower", "empty-cells-before"])
def test_a_row_as_wide_as_the_table(row, expected):
    result = as_wide(row, ["year", "period", "measure", "kontogrupp", "belopp"])
    assert result == expected
