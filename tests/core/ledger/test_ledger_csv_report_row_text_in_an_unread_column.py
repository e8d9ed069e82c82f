"""Hostile run 40a (core/ledger): a huvudbok report may print its balance or sum row's
text ("Summa konto 5011", "Ingående saldo", "Opening balance") in a column the layout does
not read (Kontonamn, Typ, Beskrivning), with the account and amount beside it. The row was
summed as a posting: 500 kr booked showed as 1 500 kr. Every column is now read for report
rows; one is refused by line and the column's heading. An Excel pivot of an export labels
its subtotal in the ansvar column ("9100 Summa"): that was read as a posting on an
unmapped ansvar, its konto counted twice in the kontogrupp; it is refused as well."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

HEADER = "Datum;Konto;Kontonamn;Ansvar;Beskrivning;Belopp;"
LAYOUT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, "
          "ansvar: Ansvar, belopp: Belopp}\n")
POSTING = "2024-02-15;5011;Löner;9100;lön februari;500,00;"


def read(data_dir, rows: list[str]):
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize(("row", "column", "value"), [
    ("2024-02-29;5011;Summa konto 5011;9100;;1000,00;", "Kontonamn", "Summa konto 5011"),
    ("2024-02-01;5011;Löner;9100;Ingående saldo;1000,00;", "Beskrivning", "Ingående saldo"),
    ("2024-02-01;5011;Löner;9100;Opening balance;1000,00;", "Beskrivning", "Opening balance"),
    ("2024-02-29;5011;Löner;9100;UB 2024-02-29;1000,00;", "Beskrivning", "UB 2024-02-29"),
    ("2024-02-29;5011;Löner;9100;UB;1000,00;", "Beskrivning", "UB"),
], ids=["sum-in-kontonamn", "ib-in-beskrivning", "english-in-beskrivning", "ub-with-a-date",
        "ub-alone"])
def test_a_report_row_named_in_an_unread_column_is_refused(data_dir, row, column, value):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: {column}: "{value}": '
                       "raden är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, row])


def test_postings_with_texts_in_unread_columns_are_read(data_dir):
    result = read(data_dir, [POSTING, "2024-02-16;5011;Löner;9100;Summa löner;-100,00;", ""])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected


@pytest.mark.parametrize("ansvar", ["9100 Summa", "9100 Totalt", "9100 Total"])
def test_an_excel_pivot_subtotal_in_the_ansvar_column_is_refused(data_dir, ansvar):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Ansvar: "{ansvar}": '
                       "raden är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;Löner;{ansvar};;500,00;"])


def test_a_code_ib_is_or_ub_in_the_ansvar_or_projekt_column_is_read(data_dir):
    layout = LAYOUT.replace("belopp: Belopp}", "belopp: Belopp, projekt: Beskrivning}")
    (data_dir / "huvudbok_layouts.yaml").write_text(layout, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([HEADER, POSTING, "2024-02-16;5011;Löner;UB;IS;100,00;"]) + "\n",
                    encoding="utf-8")
    result = read_export(path, load_layouts(data_dir)).values.tolist()
    expected = [[2024, 2, 5011, "9100", 50000], [2024, 2, 5011, "UB", 10000]]
    assert result == expected


@pytest.mark.parametrize("projekt", ["Summa projekt P1", "2024 Summa"])
def test_a_subtotal_in_the_projekt_column_is_refused(data_dir, projekt):
    layout = LAYOUT.replace("belopp: Belopp}", "belopp: Belopp, projekt: Beskrivning}")
    (data_dir / "huvudbok_layouts.yaml").write_text(layout, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([HEADER, POSTING, f"2024-02-16;5011;Löner;9100;{projekt};100,00;"])
                    + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Beskrivning: "{projekt}": '
                       "raden är rapportens saldo- eller summarad"):
        read_export(path, load_layouts(data_dir))
