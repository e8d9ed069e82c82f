"""A SIE #PSALDO or #PBUDGET whose konto is no account number is bad input naming its line,
also when a #KTYP gives that text a type: an empty konto typed T or S stopped `itvt` with
an internal error (IndexError) instead of one line naming file and line, because its class
was read before the number was checked (a #TRANS checks the number first)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#RAR 0 20240101 20241231"]
VER = ['#VER A 1 20240115 ""', "{", '#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00",
       "}"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("ktyp", ['#KTYP "" T', '#KTYP "" s', '#KTYP "" K', ""])
@pytest.mark.parametrize(("label", "sietyp", "after"), [("#PSALDO", "2", []),
                                                        ("#PBUDGET", "4", VER)])
def test_a_period_balance_with_an_empty_konto_is_bad_input_on_its_line(ktyp, label, sietyp,
                                                                        after):
    records = [f"#SIETYP {sietyp}", ktyp, "#PSALDO 0 202401 5011 {} 100.00",
               f'{label} 0 202401 "" {{}} 5.00', *after]
    with pytest.raises(SieSyntaxError, match=r'^"" är inget kontonummer') as raised:
        parse_sie(sie(*records))
    assert raised.value.line == 7


def test_a_period_balance_of_a_balance_account_number_is_still_not_read():
    result = parse_sie(sie("#SIETYP 2", "#KTYP 1930 T", "#PSALDO 0 202401 5011 {} 100.00",
                           "#PSALDO 0 202401 1930 {} -100.00"))[0]
    expected = [(2024, 1, 5011, 10000)]
    assert list(result[["year", "month", "konto", "ore"]].itertuples(index=False,
                                                                      name=None)) == expected
