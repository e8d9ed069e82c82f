"""A SIE type 4 file whose #PSALDO of an account and period differs from the sum of its
#TRANS is bad input naming the #PSALDO line (an export of some verifikationer alone, such
as one series, would otherwise be summed short without a word); agreeing ones are read."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]


def ver(number: int, day: str, amount: str) -> list[str]:
    return [f'#VER A {number} {day} ""', "{", f'#TRANS 5011 {{1 "9100"}} {amount}',
            f"#TRANS 1930 {{}} -{amount}", "}"]


def sie(*records: str) -> bytes:
    lines = [*HEAD, *records, *ver(1, "20230105", "100.00"), *ver(2, "20230210", "40.00"),
             *ver(3, "20230215", "2.50")]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("balances", "line", "message"), [
    (["#PSALDO 0 202301 5011 {} 100.00", "#PSALDO 0 202302 5011 {} 40.00"], 6,
     "#PSALDO för 202302 konto 5011 är 40,00 kr men filens #TRANS summerar till 42,50 kr"),
    (["#PSALDO 0 202301 5011 {} 250.00"], 5,
     "#PSALDO för 202301 konto 5011 är 250,00 kr men filens #TRANS summerar till 100,00 kr"),
], ids=["a-verifikation-beyond-the-balance", "verifikationer-missing"])
def test_period_balance_differing_from_the_transactions_is_bad_input(balances, line, message):
    with pytest.raises(SieSyntaxError, match=message) as info:
        parse_sie(sie(*balances))
    assert info.value.line == line


def test_period_balances_agreeing_with_the_transactions_are_read_past():
    result = parse_sie(sie("#PSALDO 0 202301 5011 {} 100.00", "#PSALDO 0 202302 5011 {} 42.50",
                           '#PSALDO 0 202302 5011 {1 "9100"} 42.50',
                           "#PSALDO 0 202301 1930 {} -999.00"))[0]
    expected = parse_sie(sie())[0]
    assert result.equals(expected) and expected["ore"].tolist() == [10000, 4250]
