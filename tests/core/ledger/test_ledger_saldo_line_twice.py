"""A balance export (a layout with a period, one row per period, konto and ansvar) whose
line stands twice, word for word, gave that balance twice in the utfall unseen (as a SIE
#PSALDO twice did). It is bad input naming both lines; rows that differ in a column the
layout ignores (another dimension) are summed, and a transaction export may book the
same amount twice."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

SALDO = "Period;Konto;Ansvar;Verksamhet;Belopp\n"


def read(data_dir, name: str, text: str) -> pd.DataFrame:
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_text(text, encoding="utf-8")
    return load_dataset(data_dir).tables["huvudbok"]


@pytest.mark.parametrize(("rows", "at"), [
    ("2024-01;5011;9100;1;100,00\n2024-01;5011;9100;1;100,00\n", 3),
    ("2024-01;5011;9100;1;100,00\r\n2024-01;5011;9100;1;100,00\n", 3),
    ("2024-01;5011;9100;1;100,00\n2024-02;5011;9100;1;7,00\n2024-01;5011;9100;1;100,00", 4),
])
def test_a_balance_line_twice_is_bad_input_naming_both(data_dir, rows, at):
    with pytest.raises(DataError, match=rf"saldo_2024\.csv:{at}: raden är likadan som rad 2"):
        read(data_dir, "saldo_2024.csv", SALDO + rows)


def test_balance_lines_differing_in_an_ignored_column_are_summed(data_dir):
    result = read(data_dir, "saldo_2024.csv",
                  SALDO + "2024-01;5011;9100;1;100,00\n2024-01;5011;9100;2;100,00\n")
    expected = pd.DataFrame({"year": [2024], "month": [1], "konto": [5011],
                             "ansvar": ["9100"], "ore": [20000]})
    pd.testing.assert_frame_equal(result[expected.columns].reset_index(drop=True), expected,
                                  check_dtype=False)


def test_a_transaction_booked_twice_is_summed(data_dir):
    line = "2024-01-15;1;5011;9100;;100,00;x\n"
    result = read(data_dir, "transaktion-2024-01.csv",
                  "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n" + line + line)
    assert result["ore"].tolist() == [20000]
