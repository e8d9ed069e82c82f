"""A SIE type 4 file holding verifikationer of an earlier räkenskapsår (#RAR -1) is read
for that year too, so its #PSALDO -1 of a result account must equal those #TRANS as
årsnr 0's must (a series left out of the earlier year would be summed short without a
word); #PSALDO -1 beside verifikationer of the current year alone are comparisons, read
past."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231",
        "#RAR -1 20220101 20221231"]


def ver(number: int, day: str, amount: str) -> list[str]:
    return [f'#VER A {number} {day} ""', "{", f'#TRANS 5011 {{1 "9100"}} {amount}',
            f"#TRANS 1930 {{}} -{amount}", "}"]


def sie(balances: list[str], vers: list[str]) -> bytes:
    return ("\r\n".join([*HEAD, *balances, *vers]) + "\r\n").encode("cp437")


BOTH_YEARS = [*ver(1, "20221215", "100.00"), *ver(2, "20230105", "100.00")]


@pytest.mark.parametrize(("balances", "line", "message"), [
    (["#PSALDO -1 202212 5011 {} 100.01"], 6,
     "#PSALDO för 202212 konto 5011 är 100,01 kr men filens #TRANS summerar till 100,00 kr"),
    (["#PSALDO -1 202212 5011 {} 100.00", "#PSALDO -1 202211 5011 {} 40.00"], 7,
     "#PSALDO för 202211 konto 5011 är 40,00 kr men filens #TRANS summerar till 0,00 kr"),
], ids=["a-cent-short", "a-month-missing"])
def test_earlier_year_balance_differing_from_its_transactions_is_bad_input(balances, line,
                                                                           message):
    with pytest.raises(SieSyntaxError, match=message) as info:
        parse_sie(sie(balances, BOTH_YEARS))
    assert info.value.line == line


@pytest.mark.parametrize(("balances", "vers"), [
    (["#PSALDO -1 202212 5011 {} 100.00", "#PSALDO -1 202212 1930 {} -5.00"], BOTH_YEARS),
    (["#PSALDO -1 202212 5011 {} 777.00"], ver(1, "20230105", "100.00")),
], ids=["agreeing", "current-year-verifikationer-only"])
def test_earlier_year_balances_agreeing_or_without_its_transactions_are_read_past(balances,
                                                                                  vers):
    result = parse_sie(sie(balances, vers))[0]
    expected = parse_sie(sie([], vers))[0]
    assert result.equals(expected)
