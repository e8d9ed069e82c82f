"""A comma-separated export whose every row ends in an empty field and whose amounts carry
an unquoted decimal comma: "…,2000,50,9100," has one field more than the header, and the
amount's öre spilled into the column after it that the layout reads ("2000,50" was read as
2 000 kr on ansvar 50, unseen but for an unmapped ansvar). Rule: when every row has more
fields than the header, a whole amount followed by a cell of one or two digits in a read
column (ansvar, or kredit after debet) reads two ways: bad input naming line and column."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import Layout
from itvt_lib.core.ledger.csv_export import read_export

BELOPP = Layout("transaktion", {"datum": "Datum", "konto": "Konto", "belopp": "Belopp",
                                "ansvar": "Ansvar", "text": "Text"}, ("text",))
DEBET_KREDIT = Layout("transaktion", {"datum": "Datum", "konto": "Konto", "ansvar": "Ansvar",
                                      "debet": "Debet", "kredit": "Kredit", "text": "Text"},
                      ("text",))


def _read(tmp_path, text, layout):
    path = tmp_path / "transaktion-2024.csv"
    path.write_text(text, encoding="utf-8")
    return read_export(path, [layout])


@pytest.mark.parametrize(("text", "layout", "line", "column"), [
    ("Datum,Konto,Belopp,Ansvar,Text\n2024-02-15,4010,2000,50,9100,\n"
     "2024-02-16,4010,100,25,9100,\n", BELOPP, 2, "Belopp"),
    ("Datum,Konto,Belopp,Ansvar,Text\n2024-02-15,4010,2000,9100,x,\n"
     "2024-02-16,4010,100,25,9100,\n", BELOPP, 3, "Belopp"),
    ("Datum,Konto,Ansvar,Debet,Kredit,Text\n2024-02-15,4010,9100,2000,50,0,\n",
     DEBET_KREDIT, 2, "Debet"),
])
def test_an_amount_spilling_into_a_read_column_is_bad_input(tmp_path, text, layout, line,
                                                             column):
    with pytest.raises(DataError, match="kan läsas på två sätt") as info:
        _read(tmp_path, text, layout)
    assert (info.value.line, info.value.column) == (line, column)


@pytest.mark.parametrize(("text", "layout", "expected"), [
    # every row as wide as the header: the 10 is the ansvar
    ("Datum,Konto,Belopp,Ansvar,Text\n2024-02-15,4010,2000,10,x\n", BELOPP, [("10", 200000)]),
    # a field longer, but the amounts have no whole-then-digits reading
    ("Datum,Konto,Belopp,Ansvar,Text\n2024-02-15,4010,2000,9100,,\n", BELOPP,
     [("9100", 200000)]),
    # semicolons: no comma splits an amount
    ("Datum;Konto;Belopp;Ansvar;Text\n2024-02-15;4010;2000;10;x;\n", BELOPP, [("10", 200000)]),
    ("Datum,Konto,Ansvar,Debet,Kredit,Text\n2024-02-15,4010,9100,2000,0,x\n", DEBET_KREDIT,
     [("9100", 200000)]),
])
def test_rows_that_read_one_way_are_read(tmp_path, text, layout, expected):
    frame = _read(tmp_path, text, layout)
    result = list(zip(frame["ansvar"], frame["ore"]))
    assert result == expected
