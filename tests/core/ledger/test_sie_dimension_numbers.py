"""A SIE dimension number written with a leading zero ({01 "9100"}) is dimension 1, as
konto 05011 is 5011: its amounts reach the kostnadsställe (they were left as ansvar
"(tomt)"), and dimension 1 written both ways in one list is there twice."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie(sietyp: str, *records: str) -> bytes:
    head = ["#FLAGGA 0", "#FORMAT PC8", f"#SIETYP {sietyp}", "#RAR 0 20230101 20231231"]
    return ("\r\n".join([*head, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("dimension", ["01", '"1"', '"001"'])
def test_transaction_dimension_with_leading_zeros_is_the_dimension(dimension):
    result = parse_sie(sie("4", '#VER A 1 20230105 ""', "{",
                           f'#TRANS 5011 {{{dimension} "9100"}} 100.00',
                           "#TRANS 1930 {} -100.00", "}"))[0]
    assert result[["ansvar", "ore"]].values.tolist() == [["9100", 10000]]


def test_balance_dimension_with_leading_zeros_is_the_dimension():
    result = parse_sie(sie("3", '#PSALDO 0 202301 5011 {01 "9100"} 100.00'))[0]
    assert result[["ansvar", "ore"]].values.tolist() == [["9100", 10000]]


def test_one_dimension_written_two_ways_in_a_list_is_bad_input():
    with pytest.raises(SieSyntaxError, match="objektlistan har dimension 1 två gånger"):
        parse_sie(sie("4", '#VER A 1 20230105 ""', "{", '#TRANS 5011 {1 "9100" 01 "9200"} 1.00',
                      "#TRANS 1930 {} -1.00", "}"))
