"""Ledger export cells that a program could read two ways: an amount in scientific
notation (Excel's "1,23E+05" hides the öre and the last digits), a konto so written, and
a date or period whose digits do not fill their form ("202411" in Datum read as
2024-01-01, "2024111" as 2024-11-01 though it may be 2024-01-11)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts, read_export
from itvt_lib.core.paths import DATA_DIR

HEADER_TX = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text"
HEADER_SALDO = "Period;Konto;Ansvar;Belopp"


def read_rows(tmp_path, name: str, header: str, rows: list[str]) -> pd.DataFrame:
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(DATA_DIR))


@pytest.mark.parametrize("amount", ["1,23E+05", "1.23E+05", "1E5", "2e3", "1,5e-1"])
def test_an_amount_in_scientific_notation_is_bad_input(tmp_path, amount):
    with pytest.raises(DataError, match=rf'transaktion-2024\.csv:3: Belopp: "{re.escape(amount)}" '
                                        r"är skrivet med exponent"):
        read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX,
                  ["2024-01-15;A1;4010;9100;;100,00;x", f"2024-01-16;A2;4010;9100;;{amount};x"])


@pytest.mark.parametrize("konto", ["4e3", "1e20", "4010e0"])
def test_a_konto_in_scientific_notation_is_bad_input(tmp_path, konto):
    with pytest.raises(DataError, match=rf'transaktion-2024\.csv:2: Konto: "{konto}" är inget '
                                        r"kontonummer"):
        read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX,
                  [f"2024-01-15;A1;{konto};9100;;100,00;x"])


@pytest.mark.parametrize("datum", ["202411", "2024111", "2024011", "2024-11"])
def test_a_date_without_its_eight_digits_is_bad_input(tmp_path, datum):
    with pytest.raises(DataError, match=rf'transaktion-2024\.csv:2: Datum: "{datum}" är inget '
                                        r"datum"):
        read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX,
                  [f"{datum};A1;4010;9100;;100,00;x"])


@pytest.mark.parametrize("period", ["20241", "2024111"])
def test_a_compact_period_without_six_digits_is_bad_input(tmp_path, period):
    with pytest.raises(DataError, match=rf'saldo-2024\.csv:2: Period: "{period}" är ingen period'):
        read_rows(tmp_path, "saldo-2024.csv", HEADER_SALDO, [f"{period};4010;9100;100,00"])


@pytest.mark.parametrize("cell, expected", [
    ("2024-11-05", (2024, 11)), ("2024-1-5", (2024, 1)), ("20241105", (2024, 11)),
    ("2024-11-05 10:30", (2024, 11)), (" 20241105 ", (2024, 11))])
def test_dates_in_their_forms_are_read(tmp_path, cell, expected):
    result = read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX,
                       [f"{cell};A1;4010;9100;;1,00;x"])
    assert (result.loc[0, "year"], result.loc[0, "month"]) == expected


@pytest.mark.parametrize("rows", [
    ["2024-01-15;A1;4010;9100;;100,00;x;", "2024-02-15;A2;4010;9100;;50,00;y;"],
    ["2024-01-15;A1;4010;9100;;100,00;x;;", "2024-02-15;A2;4010;9100;;50,00;y;;"],
    ["2024-01-15;A1;4010;9100;;100,00;x;", ";;;;;;;", "2024-02-15;A2;4010;9100;;50,00;y;"]])
def test_rows_ending_in_an_empty_field_beyond_the_header_are_read(tmp_path, rows):
    result = read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX, rows)
    expected = pd.DataFrame({"year": [2024, 2024], "month": [1, 2], "konto": [4010, 4010],
                             "ansvar": ["9100", "9100"], "ore": [10000, 5000]})
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize("rows, line", [
    (["2024-01-15;A1;4010;9100;;100,00;Hyra; mars", "2024-02-15;A2;4010;9100;;50,00;y"], 2),
    (["2024-01-15;A1;4010;9100;;100,00;x", "2024-02-15;A2;4010;9100;;50,00;Telia;el;3"], 3),
    (["2024-01-15;A1;4010;9100;;100,00;x", '2024-02-15;A2;4010;9100;;50,00;"a;b";c'], 3)])
def test_a_row_with_a_field_beyond_the_header_is_bad_input(tmp_path, rows, line):
    with pytest.raises(DataError, match=rf"transaktion-2024\.csv:{line}: raden har fler "
                                        r"kolumner än rubrikraden"):
        read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX, rows)


def test_a_value_under_an_empty_heading_at_the_headers_end_is_bad_input(tmp_path):
    rows = ["2024-01-15;A1;4010;9100;;100,00;x;;", "2024-02-15;A2;4010;9100;;50,00;y;;-50,00"]
    with pytest.raises(DataError, match=r"transaktion-2024\.csv:3: raden har fler "
                                        r"kolumner än rubrikraden"):
        read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX + ";;", rows)


def test_a_delimiter_inside_quotes_is_part_of_its_field(tmp_path):
    result = read_rows(tmp_path, "transaktion-2024.csv", HEADER_TX,
                       ['2024-01-15;A1;4010;9100;;100,00;"Hyra; mars"'])
    assert result["ore"].tolist() == [10000]


def test_a_header_two_layouts_fit_is_bad_input_unless_the_name_says_which(tmp_path):
    header = "Datum;Period;Konto;Ansvar;Belopp"  # booking date and accounting period
    row = ["2024-01-31;2024-02;4010;9100;100,00"]
    with pytest.raises(DataError, match=r"export\.csv:1: rubrikraden passar flera layouter "
                                        r"\(transaktion, saldo\)"):
        read_rows(tmp_path, "export.csv", header, row)
    result = read_rows(tmp_path, "saldo-export.csv", header, row)
    assert (result.loc[0, "year"], result.loc[0, "month"]) == (2024, 2)


@pytest.mark.parametrize("name", ["saldo-och-transaktioner.csv", "transaktion_saldo_2024.csv"])
def test_a_header_two_layouts_fit_stays_bad_input_when_the_name_names_both(tmp_path, name):
    header = "Datum;Period;Konto;Ansvar;Belopp"
    with pytest.raises(DataError, match=r":1: rubrikraden passar flera layouter "
                                        r"\(transaktion, saldo\); filnamnet nämner "
                                        r"transaktion och saldo"):
        read_rows(tmp_path, name, header, ["2024-01-31;2024-02;4010;9100;100,00"])
