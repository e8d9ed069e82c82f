"""A quoted SIE field is followed by a blank: in a #TRANS or #VER line "100"20240215 is
two fields as every other record reads them, so it is bad input naming its line, never
one amount of 10 020 240 215 kr (both sides of a verifikation so written balanced), a
konto "40"10 read as 4010 or a date "2024"0315 read as March."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie_bytes(trans: list[str], ver: str = '#VER A 1 20240215 "Faktura"') -> bytes:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231",
             ver, "{", *trans, "}"]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("trans, expected", [
    (['#TRANS 4010 {1 "9100"} "100"20240215', '#TRANS 1930 {} "-100"20240215'],
     'fältet "100" följs av 2 utan blanktecken'),
    (['#TRANS "40"10 {1 "9100"} 100', "#TRANS 1930 {} -100"],
     'fältet "40" följs av 1 utan blanktecken'),
    (['#TRANS 4010 {1 "9100"} 100 "2024"0315', '#TRANS 1930 {} -100 "2024"0315'],
     'fältet "2024" följs av 0 utan blanktecken'),
    (['#trans 4010 {1 "9100"} "100"\x1b', '#TRANS 1930 {} -100'],
     r'fältet "100" följs av \x1b utan blanktecken'),
])
def test_a_quoted_trans_field_run_into_the_next_is_bad_input(trans, expected):
    with pytest.raises(SieSyntaxError, match="^" + re.escape(expected)) as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7


def test_a_quoted_ver_date_run_into_more_digits_is_bad_input():
    trans = ['#TRANS 4010 {1 "9100"} 100', "#TRANS 1930 {} -100"]
    with pytest.raises(SieSyntaxError, match='^fältet "2024" följs av 0') as caught:
        parse_sie(sie_bytes(trans, ver='#VER A 1 "2024"0315 "Faktura"'))
    assert caught.value.line == 5


@pytest.mark.parametrize("text", ['"Kabel "HDMI" 2 m"', r'"Kurs \"Excel\"2"', '""'])
def test_quotes_in_the_text_leave_the_read_fields_as_they_are(text):
    trans = [f'#TRANS 4010 {{1 "9100"}} "100.50" "20240315" {text}',
             "#TRANS 1930 {} -100.50 20240315"]
    ver = '#VER A 1 "" "Faktura"'   # without date: the #TRANS date read decides the month
    result = parse_sie(sie_bytes(trans, ver))[0][["month", "konto", "ansvar", "ore"]]
    assert result.values.tolist() == [[3, 4010, "9100", 10050]]
