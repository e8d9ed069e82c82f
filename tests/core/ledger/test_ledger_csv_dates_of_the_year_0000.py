"""A CSV export's Datum or Period in the year 0000 is no date: it was read as a year 0
(its amount then left out of every report unseen); a SIE period of that year is refused
alike."""

from __future__ import annotations

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


@pytest.mark.parametrize(("name", "header", "row", "message"), [
    ("transaktion-2024.csv", HEADER_TX, "0000-01-15;A2;4010;9100;;5,00;x",
     r'transaktion-2024\.csv:3: Datum: "0000-01-15" är inget datum'),
    ("transaktion-2024.csv", HEADER_TX, "00000115;A2;4010;9100;;5,00;x",
     r'transaktion-2024\.csv:3: Datum: "00000115" är inget datum'),
    ("saldo-2024.csv", HEADER_SALDO, "0000-02;4010;9100;5,00",
     r'saldo-2024\.csv:3: Period: "0000-02" är ingen period'),
    ("saldo-2024.csv", HEADER_SALDO, "000002;4010;9100;5,00",
     r'saldo-2024\.csv:3: Period: "000002" är ingen period'),
])
def test_a_date_of_the_year_0000_is_bad_input(tmp_path, name, header, row, message):
    first = "2024-01-15;A1;4010;9100;;100,00;x" if header == HEADER_TX else "2024-01;4010;9100;100,00"
    with pytest.raises(DataError, match=message):
        read_rows(tmp_path, name, header, [first, row])


@pytest.mark.parametrize(("name", "header", "row"), [
    ("transaktion-2024.csv", HEADER_TX, "0001-01-15;A1;4010;9100;;5,00;x"),
    ("saldo-2024.csv", HEADER_SALDO, "0001-01;4010;9100;5,00")])
def test_a_date_of_the_year_0001_is_read_as_written(tmp_path, name, header, row):
    result = read_rows(tmp_path, name, header, [row])[["year", "month"]].values.tolist()
    expected = [[1, 1]]
    assert result == expected
