"""A comma-separated export with an unquoted decimal comma, from a system that leaves out
empty trailing fields: "…,9100,1000,50" fits the header (Belopp 1000, Text "50") and was
read as 1 000 kr, the öre lost unseen. Rule: in a comma-separated file a whole amount
followed by a cell of one or two digits (in a column the layout does not read) reads two
ways: bad input naming the line and the amount's column."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts
from itvt_lib.core.ledger.csv_export import read_export

HEADER = "Datum,Verifikation,Konto,Ansvar,Belopp,Text\n"


def _read(data_dir, text):
    path = data_dir / "huvudbok" / "transaktion-2024.csv"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize(("rows", "line"), [
    ("2024-02-15,2,4010,9100,500,b\n2024-01-15,1,5011,9100,1000,50\n", 3),
    ("2024-01-15,1,5011,9100,-1000,5\n", 2),
])
def test_an_amount_split_by_the_comma_is_bad_input(data_dir, rows, line):
    with pytest.raises(DataError, match="kan läsas på två sätt") as info:
        _read(data_dir, HEADER + rows)
    assert (info.value.line, info.value.column) == (line, "Belopp")


@pytest.mark.parametrize(("text", "expected"), [
    (HEADER + '2024-01-15,1,5011,9100,"1000,50",50\n', 100050),   # quoted: one reading
    (HEADER + "2024-01-15,1,5011,9100,1000,lön\n", 100000),        # text after it
    (HEADER + "2024-01-15,1,5011,9100,1000\n", 100000),            # trailing field left out
    (HEADER.replace(",", ";") + "2024-01-15;1;5011;9100;1000;50\n", 100000),  # semicolons
    ("Datum,Belopp,Konto,Ansvar\n2024-01-15,1000,50,9100\n", 100000),  # konto is read
])
def test_one_reading_is_read(data_dir, text, expected):
    result = int(_read(data_dir, text)["ore"].sum())
    assert result == expected
