"""An ansvar (CSV cell or SIE object) holding a control character (U+0001), a
writing-direction control (U+202E) or U+FFFF (PC8 SIE: control characters only): an unmapped one is named on the checks page
and in tabeller.xlsx, where U+0001 stopped the run with an internal IllegalCharacterError
(the report lost). Such a code is bad input, named by file, line and column."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
SIE = ('#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20240101 20241231\n#DIM 1 "Kst"\n'
       '#KONTO 5011 "Lon"\n#VER A 1 20240115\n{{\n#TRANS 5011 {{1 "{code}"}} 1000.00\n'
       '#TRANS 2890 {{}} -1000.00\n}}\n')
REASONS = [("\x01", "styrtecknet U[+]0001"), ("\u202e", "skrivriktning [(]U[+]202E[)]"),
           ("\uffff", "U[+]FFFF, som inte är något tecken")]


@pytest.mark.parametrize("char, reason", REASONS)
def test_a_csv_ansvar_no_report_can_hold_is_bad_input(data_dir, char, reason):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        HEADER + "2024-01-15;1;5011;9100;;100,00;x\n"
        f"2024-01-16;2;5011;91{char}00;;100,00;x\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"transaktion-2024[.]csv:3: Ansvar: .*{reason}"):
        load_dataset(data_dir)


@pytest.mark.parametrize("char, reason", [REASONS[0], ("\x1b", "styrtecknet U[+]001B")])
def test_a_sie_object_no_report_can_hold_is_bad_input(data_dir, char, reason):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "bok.se").write_bytes(
        SIE.format(code=f"91{char}00").encode("cp437"))
    with pytest.raises(DataError, match=rf"bok[.]se:9: objektet: .*{reason}"):
        load_dataset(data_dir)


def test_an_ansvar_of_letters_and_digits_is_read(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        HEADER + "2024-01-15;1;5011;Växel 9100;;100,00;x\n", encoding="utf-8")
    result = load_dataset(data_dir).tables["huvudbok"]["ansvar"].tolist()
    expected = ["Växel 9100"]
    assert result == expected


def test_a_period_balance_object_no_report_can_hold_is_bad_input(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "bok.se").write_bytes(
        ('#FLAGGA 0\n#FORMAT PC8\n#SIETYP 3\n#RAR 0 20240101 20241231\n#DIM 1 "Kst"\n'
         '#KONTO 5011 "Lon"\n#PSALDO 0 202401 5011 {1 "91\x0100"} 1000.00\n'
         '#PSALDO 0 202401 5011 {} 1000.00\n').encode("cp437"))
    with pytest.raises(DataError, match=r"bok[.]se:7: objektet: .*styrtecknet U[+]0001"):
        load_dataset(data_dir)
