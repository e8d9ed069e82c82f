"""A ledger export whose file name holds a control character (U+0001) or a writing-direction
control (U+202E): the name is quoted on the checks page and in tabeller.xlsx beside an
unmapped konto, and the run stopped at the workbook with an internal IllegalCharacterError
(the report lost). Such a name is bad input, named escaped, before anything is read."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

EXPORT = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n2024-01-15;1;9999;9100;;100,00;x\n"


@pytest.mark.parametrize("char, shown, reason", [
    ("\x01", r"\\u0001", "styrtecknet U[+]0001"),
    ("\x1b", r"\\u001b", "styrtecknet U[+]001B"),
    ("\u202e", r"\\u202e", "skrivriktning [(]U[+]202E[)]"),
])
def test_a_file_name_no_report_can_hold_is_bad_input(data_dir, char, shown, reason):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / f"transaktion-{char}2024-01.csv").write_text(EXPORT,
                                                                           encoding="utf-8")
    with pytest.raises(DataError, match=rf"huvudbok/transaktion-{shown}2024-01[.]csv: "
                                        rf"filnamnet: .*{reason}"):
        load_dataset(data_dir)


def test_a_file_name_with_letters_beyond_ascii_is_read(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01-växel.csv").write_text(EXPORT,
                                                                         encoding="utf-8")
    result = int(load_dataset(data_dir).tables["huvudbok"]["ore"].sum())
    expected = 10_000
    assert result == expected
