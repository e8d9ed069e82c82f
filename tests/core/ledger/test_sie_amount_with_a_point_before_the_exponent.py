"""A SIE #TRANS amount in scientific notation with a point before the exponent (1.E3,
5.e0) is no SIE amount, as 1E3 is not: it is bad input naming its line, never read as
1 000 kr."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie_bytes(trans: list[str]) -> bytes:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231",
             '#VER A 1 20240115 "Faktura"', "{", *trans, "}"]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("debit, credit", [("1.e3", "-1.e3"), ("1.E+3", "-1000.00"),
                                           ("5.e0", "-5")])
def test_an_amount_with_a_point_before_its_exponent_is_bad_input(debit, credit):
    trans = [f'#TRANS 4010 {{1 "9100"}} {debit}', f"#TRANS 1930 {{}} {credit}"]
    expected = rf'^"{re.escape(debit)}" är inget belopp'
    with pytest.raises(SieSyntaxError, match=expected) as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7


@pytest.mark.parametrize("amount, expected", [("1.", 100), ("100.50", 10050)])
def test_an_amount_ending_in_a_point_without_exponent_is_read(amount, expected):
    trans = [f'#TRANS 4010 {{1 "9100"}} {amount}', f"#TRANS 1930 {{}} -{amount}"]
    result = parse_sie(sie_bytes(trans))[0]["ore"].tolist()
    assert result == [expected]
