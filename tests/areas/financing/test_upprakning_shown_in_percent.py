"""Page 80's table "Budget <next year> per kontogrupp" and its sheet in tabeller.xlsx show
the uppräkning assumed. The column holds it in percent (2.25 for 2,25 %) but was shown as
a share, so an uppräkning of 2,25 % was published as "225,0 %" (and 2.25 under a percent
format in the workbook); the default 0 hid it. It is shown in percent now, with the
decimals the params give (at least one)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas import financing as rules
from itvt_lib.core.formatting import NBSP

COLUMN = "Uppräkning % (antagande)"


@pytest.fixture(scope="module")
def next_budget(ctx_2024):
    upprakning = {"default": 2.25, "kontogrupper": {"Personalkostnader": 3.125,
                                                    "Övriga kostnader": 0}}
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL]), upprakning, None, 1)
    return found.next_budget


@pytest.mark.parametrize(("group", "expected"), [
    ("Intäkter", f"2,250{NBSP}%"), ("Personalkostnader", f"3,125{NBSP}%"),
    ("Övriga kostnader", f"0,000{NBSP}%")])
def test_the_upprakning_is_shown_in_percent_as_written(next_budget, group, expected):
    kind = financing.formats(next_budget)[COLUMN]
    result = kind.text(next_budget.loc[group, COLUMN])
    assert result == expected


@pytest.mark.parametrize(("rates", "expected"), [
    ({"default": 2.0}, f"2,0{NBSP}%"), ({"default": 2.5}, f"2,5{NBSP}%")])
def test_a_whole_or_one_decimal_upprakning_keeps_one_decimal(ctx_2024, rates, expected):
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL]), rates, None, 1)
    kind = financing.formats(found.next_budget)[COLUMN]
    result = kind.text(found.next_budget[COLUMN].iloc[0])
    assert result == expected
