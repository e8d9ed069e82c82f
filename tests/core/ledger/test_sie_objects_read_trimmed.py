"""A SIE object written with blanks around it inside its quotes ("9100 ") is the object
9100, as a CSV export's ansvar " 9100 " is: its amounts reach the kostnadsställe that
ansvar.csv maps 9100 to (they were left unmapped)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie(sietyp: str, *records: str) -> bytes:
    head = ["#FLAGGA 0", "#FORMAT PC8", f"#SIETYP {sietyp}", "#RAR 0 20230101 20231231"]
    return ("\r\n".join([*head, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("written", ['"9100 "', '" 9100"', '"\t9100"'])
def test_transaction_object_with_blanks_around_it_is_the_object(written):
    result = parse_sie(sie("4", '#VER A 1 20230105 ""', "{", f"#TRANS 5011 {{1 {written}}} 100.00",
                           "#TRANS 5011 {1 9100} 40.00", "#TRANS 1930 {} -140.00", "}"))[0]
    assert result[["ansvar", "ore"]].values.tolist() == [["9100", 14000]]


def test_balance_object_with_blanks_around_it_is_the_object():
    result = parse_sie(sie("3", '#PSALDO 0 202301 5011 {1 "9100 "} 100.00'))[0]
    assert result[["ansvar", "ore"]].values.tolist() == [["9100", 10000]]


def test_balance_on_one_object_written_two_ways_is_there_twice():
    with pytest.raises(SieSyntaxError, match="med samma objekt finns två gånger"):
        parse_sie(sie("3", '#PSALDO 0 202301 5011 {1 "9100 "} 100.00',
                      '#PSALDO 0 202301 5011 {1 "9100"} 100.00'))
