"""A huvudbok report exported as CSV prints, beside each account's postings, an opening
balance row ("IB", "Ingående saldo"), a closing balance row ("Utgående saldo") and a sum
row ("Summa konto 5011"), often with the account, the ansvar and a date. Read as postings
they were summed into the month: 500 kr booked showed as 3 000 kr and `itvt check` said ok.
Rule (core.ledger.report_rows): a row whose verifikation or text names a balance or sum is
refused by line and column; a posting's own text ("Summa löner", "IB-justering") is read. A row
without a verifikation in an export whose other rows have one is no posting either."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

HEADER = "Datum;Vernr;Konto;Ansvar;Text;Debet;Kredit;Saldo"
LAYOUT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, verifikation: Vernr, "
          "konto: Konto, ansvar: Ansvar, debet: Debet, kredit: Kredit, text: Text}\n"
          "    optional: [verifikation, text]\n")
POSTING = "2024-02-15;A12;5011;9100;lön;500,00;;500,00"


def read(data_dir, rows: list[str], header: str = HEADER):
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize(("row", "column", "value"), [
    ("2024-02-01;IB;5011;9100;Ingående saldo;1000,00;;1000,00", "Vernr", "IB"),
    ("2024-02-01;IS;5011;9100;Ingående saldo;1000,00;;1000,00", "Vernr", "IS"),
    ("2024-02-01;;5011;9100;Ingående balans;1000,00;;1000,00", "Text", "Ingående balans"),
    ("2024-02-29;;5011;9100;UTGÅENDE SALDO;500,00;;500,00", "Text", "UTGÅENDE SALDO"),
    ("2024-02-29;UB;5011;9100;;500,00;;500,00", "Vernr", "UB"),
    ("2024-02-29;;5011;9100;Summa konto 5011;500,00;;500,00", "Text", "Summa konto 5011"),
    ("2024-02-29;;5011;9100;Omslutning;500,00;;500,00", "Text", "Omslutning"),
    ("2024-02-29;;5011;9100;Summa 5011 Löner;500,00;;500,00", "Text", "Summa 5011 Löner"),
    ("2024-02-29;;5011;9100;Utg. saldo;500,00;;500,00", "Text", "Utg. saldo"),
    ("2024-02-29;Totalt;5011;9100;;500,00;;500,00", "Vernr", "Totalt"),
], ids=["IB", "IS", "ingaende-balans", "utgaende-saldo", "UB", "summa-konto", "omslutning",
        "summa-number-name", "utg-saldo", "totalt"])
def test_a_report_balance_or_sum_row_is_refused(data_dir, row, column, value):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: {column}: "{value}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, row])


@pytest.mark.parametrize("text", ["Summa löner februari", "rättelse av IB-fel", "Saldering", "IB-justering"])
def test_a_postings_own_text_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;A13;5011;9100;{text};;100,00;400,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected


def test_an_export_without_the_text_columns_is_read(data_dir):
    result = read(data_dir, ["2024-02-15;5011;9100;500,00;"],
                  header="Datum;Konto;Ansvar;Debet;Kredit")
    expected = [[2024, 2, 5011, "9100", 50000]]
    assert result.values.tolist() == expected


@pytest.mark.parametrize(("rows", "line"), [
    ([POSTING, "", "2024-02-29;;5011;9100;;500,00;;500,00"], 4),
    (["2024-02-01;;5011;9100;;1000,00;;1000,00", POSTING], 2),
], ids=["after-a-posting-and-a-blank-line", "before-the-first-posting"])
def test_a_row_without_verifikation_among_numbered_ones_is_refused(data_dir, rows, line):
    with pytest.raises(DataError, match=rf"huvudbok-2024-02\.csv:{line}: Vernr: värde saknas, "
                       "men andra rader har en verifikation: raden är ingen bokning"):
        read(data_dir, rows)


def test_an_export_without_any_verifikation_is_read(data_dir):
    rows = ["2024-02-15;;5011;9100;lön;500,00;;500,00", "2024-02-16;;5011;9100;lön;;100,00;"]
    result = read(data_dir, rows)
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected
