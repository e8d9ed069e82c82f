"""Hostile run 45b (core/ledger): a CSV amount written `"100"5` (a quote closed inside the
cell, as a hand-edited or badly exported file has it) was read as 1 005 kr: the C reader
joins the quoted part and the rest. Such a cell is bad input naming its line; quoted
amounts, quoted texts and inch marks in a text are read as before."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

COMMA = "Datum,Verifikation,Konto,Ansvar,Belopp,Text"
SEMI = "Datum;Verifikation;Konto;Ansvar;Belopp;Text"
FIRST = {",": '2024-02-09,A0,5010,9100,"12,50",lön', ";": "2024-02-09;A0;5010;9100;12,50;lön"}


def read(data_dir, delimiter: str, row: str, encoding: str = "utf-8"):
    path = data_dir / "huvudbok" / "transaktion-2024-02.csv"
    path.parent.mkdir()
    header = COMMA if delimiter == "," else SEMI
    path.write_bytes(("\r\n".join([header, FIRST[delimiter], row]) + "\r\n").encode(encoding))
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize(("delimiter", "row", "cell"), [
    (",", '2024-02-10,A1,5010,9100,"100"5,x', '"100"5'),
    (";", '2024-02-10;A1;5010;9100;"1 000,50"5;x', '"1 000,50"5'),
    (";", '2024-02-10;A1;5010;9100;"100",50;x', '"100",'),
    (";", '2024-02-10;A1;5010;9100;"\u2212100"5;x', '"\u2212100"5'),
])
def test_a_quoted_amount_followed_by_more_digits_is_refused(data_dir, delimiter, row, cell):
    with pytest.raises(DataError, match=rf"transaktion-2024-02\.csv:3: {cell}…: tecken efter "
                       "citattecknet kring ett tal"):
        read(data_dir, delimiter, row)


@pytest.mark.parametrize(("delimiter", "row", "expected"), [
    (",", '2024-02-10,A1,5010,9100,"-12,00","Kabel 3"" x2"', 50),
    (",", '2024-02-10,A1,5010,"9100","100","50 st"', 11250),
    (";", '"2024-02-10";"A1";"5010";"9100";"1 000,50";"Faktura 12"', 101300),
    (";", '2024-02-10;A1;5010;9100;100,00;Skärm 27" Dell', 11250),
    (";", '2024-02-10;A1;5010;9100;100,00;Rör 1"2 st', 11250),
    (";", '2024-02-10;A1;5010;9100;100,00;"12" tum', 11250),
    (";", '2024-02-10;A1;5010;9100;100,00;"Avtal ""12""x"', 11250),
    (";", '2024-02-10;"A1";5010;9100;"100";"5"', 11250),
])
def test_quoted_amounts_and_texts_are_read(data_dir, delimiter, row, expected):
    result = read(data_dir, delimiter, row)["ore"].tolist()
    assert result == [expected]


def test_a_quoted_amount_with_a_no_break_space_in_cp1252_is_read(data_dir):
    result = read(data_dir, ";", '2024-02-10;A1;5010;9100;"1\xa0000,50";Lön', "cp1252")
    assert result["ore"].tolist() == [101300]
