"""Hostile run 40m (core/ledger): a report-row word followed by any text refused the row, so
a supplier's name in a Motpart column ("Opening Balance Consulting AB", "Total Projekt AB",
"Omslutning Fastigheter AB") or a posting's own text ("Totalt 3 fakturor", "Ingående saldo
justering") stopped the monthly run (exit 2, no report). Rule (core.ledger.report_rows): after
a balance or sum word only a scope (konto, ansvar, …), a code or date, and then text, make a
report row; a supplier's or a posting's own words are read. "Summa konto 5011 Löner",
"Opening balance 2024-02-01" and "Summa 5011 Löner" are still refused."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

HEADER = "Datum;Konto;Ansvar;Motpart;Text;Belopp"
LAYOUT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, "
          "ansvar: Ansvar, belopp: Belopp, text: Text}\n    optional: [text]\n")
POSTING = "2024-02-15;5011;9100;Kommunen;lön;500,00"


def read(data_dir, rows: list[str]):
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize("motpart", [
    "Opening Balance Consulting AB", "Closing Balance Partners AB", "Total Projekt AB",
    "Summa Projekt i Norr AB", "Totalt Ansvar AB", "Total Objekt Service",
    "Omslutning Fastigheter AB", "Balance Brought Forward Ltd",
])
def test_a_supplier_named_like_a_report_word_is_read(data_dir, motpart):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{motpart};faktura;-100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected


@pytest.mark.parametrize("text", [
    "Totalt 3 fakturor", "Summa 2 st licenser", "Totalt 12 mån", "Sum 5 st", "Tot. 4 st",
    "Summa 1 av 3", "Ingående saldo justering", "Ingående balans korrigering",
    "Summa 100 licenser", "Delsumma 250 st", "Totalt 1500 kr", "Summa 1200 kr rabatt",
])
def test_a_postings_text_with_a_count_or_a_correction_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;Leverantör AB;{text};-100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected


@pytest.mark.parametrize(("column", "value"), [
    ("Motpart", "Summa konto 5011 Löner"), ("Motpart", "Opening balance 2024-02-01"),
    ("Text", "Summa 5011 Löner"), ("Text", "Ingående saldo 2024-01-01"),
    ("Text", "Closing balance account 5011"), ("Text", "Omslutning konto 5011"),
    ("Text", "Carried forward 2024-02-29"), ("Text", "Delsumma (9100)"),
    ("Text", "Utgående saldo, konto 5011"), ("Text", "Ingående balans - konto 5011"),
    ("Text", "Ingående saldo per konto"), ("Motpart", "Summa: 5011"),
])
def test_a_report_row_with_a_scope_code_or_date_is_still_refused(data_dir, column, value):
    cells = {"Motpart": "", "Text": ""} | {column: value}
    row = f"2024-02-29;5011;9100;{cells['Motpart']};{cells['Text']};1000,00"
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: {column}: "{re.escape(value)}": '
                       "raden är rapportens saldo- eller summarad"):
        read(data_dir, [POSTING, row])


@pytest.mark.parametrize(("konto", "ansvar", "text"), [
    ("5011", "410", "Summa 410 Grundskola"), ("5011", "91", "Totalt 91 IT-enheten"),
    ("5011", "9100", "Delsumma (9100) IT Gemensamt"),
])
def test_a_sum_before_the_rows_own_ansvar_and_its_name_is_refused(data_dir, konto, ansvar, text):
    row = f"2024-02-29;{konto};{ansvar};;{text};1000,00"
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{re.escape(text)}": '
                       "raden är rapportens saldo- eller summarad"):
        read(data_dir, [POSTING, row])
