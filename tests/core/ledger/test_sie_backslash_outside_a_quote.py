"""A backslash in a SIE #TRANS or #VER field is a character of that field unless it comes
before a quote (SIE 4B, 5.7): 40\\10 is no konto, 1\\00.00 no amount and 2024\\0315 no
date (they were read as 4010, 100.00 and 20240315), and an object 91\\00 is read as the
#PSALDO records read it."""

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
    ([r'#TRANS 40\10 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00"],
     r'"40\10" är inget kontonummer'),
    ([r'#TRANS 4010 {1 "9100"} 1\00.00', r"#TRANS 1930 {} -1\00.00"],
     r'"1\00.00" är inget belopp'),
    ([r'#TRANS 4010 {1 "9100"} 100.00 2024\0315', r"#TRANS 1930 {} -100.00 2024\0315"],
     r'"2024\0315" är inget datum'),
])
def test_a_backslash_in_a_trans_field_is_part_of_it(trans, expected):
    with pytest.raises(SieSyntaxError, match="^" + re.escape(expected)) as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7


def test_a_backslash_in_a_ver_date_is_part_of_it():
    trans = ['#TRANS 4010 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00"]
    with pytest.raises(SieSyntaxError, match="^" + re.escape(r'"2024\0215" är inget datum')):
        parse_sie(sie_bytes(trans, ver=r'#VER A 1 2024\0215 "Faktura"'))


@pytest.mark.parametrize("objects", [r"{1 91\00}", r'{1 "91\00"}'])
def test_an_object_with_a_backslash_is_read_as_in_a_psaldo(objects):
    trans = [f"#TRANS 4010 {objects} 100.00", "#TRANS 1930 {} -100.00"]
    result = parse_sie(sie_bytes(trans))[0]["ansvar"].tolist()
    psaldo = ["#FLAGGA 0", "#SIETYP 3", "#RAR 0 20240101 20241231",
              f"#PSALDO 0 202402 4010 {objects} 100.00", "#PSALDO 0 202402 4010 {} 100.00"]
    expected = parse_sie(("\n".join(psaldo) + "\n").encode("cp437"))[0]["ansvar"].tolist()
    assert result == expected == ["91\\00"]


def test_an_escaped_quote_in_a_text_still_reads_the_amounts():
    trans = [r'#TRANS 4010 {1 "9100"} 100.50 20240215 "Kurs \"Excel\" C:\kurs"',
             "#TRANS 1930 {} -100.50"]
    result = parse_sie(sie_bytes(trans))[0][["konto", "ansvar", "ore"]].values.tolist()
    assert result == [[4010, "9100", 10050]]


def test_a_text_ending_in_an_escaped_backslash_still_reads_the_amounts():
    trans = [r'#TRANS 4010 {1 "9100"} 100.50 20240215 "Mapp C:\\"', "#TRANS 1930 {} -100.50"]
    result = parse_sie(sie_bytes(trans))[0][["konto", "ansvar", "ore"]].values.tolist()
    assert result == [[4010, "9100", 10050]]


@pytest.mark.parametrize("konto", [r"40\\10", r"40\\\10"])
def test_a_konto_with_backslash_pairs_is_no_konto(konto):
    trans = [f'#TRANS {konto} {{1 "9100"}} 100.00', "#TRANS 1930 {} -100.00"]
    with pytest.raises(SieSyntaxError, match="är inget kontonummer") as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7


def test_a_backslash_beside_a_numeric_field_where_the_object_list_belongs_is_one_line():
    trans = [r'#TRANS 4010 5 {1 "9100"} 100.00 "C:\x"', "#TRANS 1930 7 {} -100.00"]
    with pytest.raises(SieSyntaxError, match="är inget belopp") as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7
