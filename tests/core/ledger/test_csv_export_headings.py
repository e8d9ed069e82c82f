"""Hostile ledger exports (core/ledger/csv_export.py): a heading the layout reads
that stands twice in the header is bad input, one line naming file, line 1 and column
(which of the two columns holds the amount would be a guess)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = "2024-01-10;1;5011;9100;;100,00;ok;200,00\n"


@pytest.mark.parametrize(("header", "column"), [
    ("Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text;Belopp\n", "Belopp"),
    ("Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text;belopp \n", "Belopp"),
    ("Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text;Konto\n", "Konto"),
])
def test_ledger_heading_that_stands_twice_is_bad_input(data_dir, header, column):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_text(header + ROW,
                                                                   encoding="utf-8")
    with pytest.raises(DataError, match=rf"transaktion-2024-01\.csv:1: {column}: .*två gånger"):
        load_dataset(data_dir)


def test_ledger_heading_the_layout_does_not_read_may_stand_twice(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text;Text\n"
        "2024-01-10;1;5011;9100;;100,00;ok;ok\n", encoding="utf-8")
    result = load_dataset(data_dir).tables["huvudbok"]["ore"].sum()
    assert result == 10000
