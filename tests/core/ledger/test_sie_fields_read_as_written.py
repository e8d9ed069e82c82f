"""SIE #TRANS fields are read as SIE writes them, never as whatever a number parser
accepts: an amount in scientific notation (1E5) is no SIE amount, and a konto that is no
whole number is named as written, on its own line."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie_bytes(trans: list[str]) -> bytes:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231",
             '#DIM 1 "Kostnadsställe"', '#VER A 1 20240115 "Faktura"', "{", *trans, "}"]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("debit, credit", [("1E5", "-1E5"), ("1E5", "-100000.00"),
                                           ("1.5e2", "-150")])
def test_a_sie_amount_in_scientific_notation_is_bad_input(debit, credit):
    trans = [f'#TRANS 4010 {{1 "9100"}} {debit}', f"#TRANS 1930 {{}} {credit}"]
    with pytest.raises(SieSyntaxError, match=rf'^"{debit}" är inget belopp') as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 8


def test_a_text_like_an_exponent_leaves_the_amounts_as_they_are():
    trans = ['#TRANS 4010 {1 "9100"} 100.50 20240115 "Order 12e3"', "#TRANS 1930 {} -100.50"]
    result = parse_sie(sie_bytes(trans))[0]
    assert result[["konto", "ansvar", "ore"]].values.tolist() == [[4010, "9100", 10050]]


@pytest.mark.parametrize("konto", ["4010.5", "4e3"])
def test_a_sie_konto_that_is_no_whole_number_is_named_as_written(konto):
    trans = [f'#TRANS {konto} {{1 "9100"}} 100', "#TRANS 1930 {} -100"]
    with pytest.raises(SieSyntaxError, match=rf'^"{konto}" är inget kontonummer') as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 8


@pytest.mark.parametrize("konto", ["4010", "04010"])
def test_a_sie_konto_with_leading_zeros_is_the_same_result_account(konto):
    trans = [f'#TRANS {konto} {{1 "9100"}} 100', "#TRANS 1930 {} -100"]
    result = parse_sie(sie_bytes(trans))[0]
    assert result[["konto", "ore"]].values.tolist() == [[4010, 10000]]


@pytest.mark.parametrize("konto", ["4" * 25, "40100000000"])
def test_a_sie_konto_of_more_than_ten_digits_is_bad_input_not_an_overflow(konto):
    trans = [f'#TRANS {konto} {{1 "9100"}} 100', "#TRANS 1930 {} -100"]
    with pytest.raises(SieSyntaxError, match=rf'^"{konto}" är inget kontonummer') as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 8


def test_a_psaldo_konto_of_more_than_ten_digits_is_bad_input_not_an_overflow():
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20240101 20241231",
             f"#PSALDO 0 202401 {'4' * 25} {{}} 100.00"]
    with pytest.raises(SieSyntaxError, match=r"är inget kontonummer") as caught:
        parse_sie(("\r\n".join(lines) + "\r\n").encode("cp437"))
    assert caught.value.line == 5
