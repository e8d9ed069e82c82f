"""A SIE file with neither verifikationer nor the year's period balances of result accounts
(#PSALDO årsnr 0) — only #IB/#UB/#RES, or balances of other years or of balance accounts —
is bad input, as #SIETYP 1 is: it was read as no ledger at all, and `itvt check` said ok.
A file with only #PBUDGET (a budget export) is still read."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20240101 20241231",
        "#RAR -1 20230101 20231231"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("records", [
    ["#RES 0 3100 -500000.00", "#RES 0 5011 1200000.00"],            # year totals only
    ["#IB 0 1930 100.00", "#UB 0 1930 200.00"],                      # balance sheet only
    ["#PSALDO -1 202301 5011 {} 1000.00"],                           # last year's months
    ["#PSALDO 0 202401 1930 {} 1000.00"],                            # a balance account
    [],                                                               # header alone
])
def test_no_period_balances_is_bad_input(records):
    with pytest.raises(SieSyntaxError, match=r"varken verifikationer \(#VER\) eller "
                       r"periodsaldon \(#PSALDO årsnr 0\)"):
        parse_sie(sie(*records))


@pytest.mark.parametrize("records, expected_outcomes, expected_budget", [
    (["#PSALDO 0 202401 5011 {} 1000.00"], 1, 0),
    (["#PBUDGET 0 202401 5011 {} 1000.00"], 0, 1),
])
def test_period_balances_or_a_budget_are_read(records, expected_outcomes, expected_budget):
    outcomes, budget = parse_sie(sie(*records))
    result = (len(outcomes), len(budget))
    assert result == (expected_outcomes, expected_budget)
