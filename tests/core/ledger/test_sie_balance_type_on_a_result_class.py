"""A SIE #KTYP of T or S (balance account) on an account of class 3–8 (a result class in
BAS and Kommun-Bas) contradicts its number: its amounts were left out unseen, so an income
account the kontoplan maps gave a smaller utfall through SIE than through CSV. It is bad
input naming the line of its first amount and its #KTYP; a balance account of class 1–2,
0 or 9 typed T or S is still not read."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(konto: str, typ: str, *records: str) -> bytes:
    ver = ['#VER A 1 20240115 ""', "{", f'#TRANS {konto} {{1 "9100"}} -100.00',
           "#TRANS 1930 {} 100.00", "}"]
    return ("\r\n".join([*HEAD, f"#KTYP {konto} {typ}", *records, *ver]) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("konto", "typ"), [("3010", "T"), ("3010", "s"), ("5011", "S"),
                                            ("8510", "T"), ("03010", "T")])
def test_a_balance_type_on_a_result_class_account_is_bad_input(konto, typ):
    with pytest.raises(SieSyntaxError, match=rf"konto {int(konto)} är av klass {konto.lstrip('0')[0]} "
                                             rf"\(ett resultatkonto\) men #KTYP på rad 5 anger "
                                             rf"{typ}") as raised:
        parse_sie(sie(konto, typ))
    assert raised.value.line == 8


def test_a_balance_type_on_a_result_class_period_balance_is_bad_input():
    data = "\r\n".join([*HEAD[:2], "#SIETYP 2", HEAD[3], "#KTYP 3010 T",
                        "#PSALDO 0 202401 3010 {} -100.00"]) + "\r\n"
    with pytest.raises(SieSyntaxError, match=r"konto 3010 är av klass 3") as raised:
        parse_sie(data.encode("cp437"))
    assert raised.value.line == 6


@pytest.mark.parametrize(("konto", "typ"), [("1510", "T"), ("2440", "S"), ("9100", "T"),
                                            ("0", "S")])
def test_a_balance_type_outside_the_result_classes_is_not_read(konto, typ):
    result = parse_sie(sie(konto, typ))[0]
    assert result.empty


def test_a_balance_type_on_an_unused_result_class_account_is_no_error():
    result = parse_sie(sie("5011", "K", "#KTYP 3999 T"))[0]
    assert result["ore"].tolist() == [-10000]
