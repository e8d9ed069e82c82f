"""An adopted next-year budget's 'Förändring %' (page 80, the memo, the workbench) is
positive when the kontogrupp grows the way its kind counts: a cost up, an intäkt more
negative. A cost budget that changes sign (a credit of −100 budgeted this year, a cost of
50 next) rose by 150 tkr and reads +150,0 %; next / this − 1 printed −150,0 % beside the
two budgets with `itvt check` ok.

Figures: the annual report 2023 (2024's budget adopted) with Lokalkostnader budgeted −100
in 2023 and 50 in 2024, Intäkter and Övriga kostnader moved to keep the nets (TEST).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.areas.financing import rules

COST, INCOME = "Lokalkostnader", "Intäkter"


@pytest.mark.parametrize(("group", "this", "nxt", "expected"), [
    (COST, 100.0, 150.0, 50.0),
    (COST, 100.0, 50.0, -50.0),
    (COST, -100.0, 50.0, 150.0),      # a credit becomes a cost: costs rose
    (COST, 100.0, -50.0, -150.0),     # a cost becomes a credit: costs fell
    (COST, -100.0, -150.0, -50.0),    # a larger credit: costs fell
    (INCOME, -8013.0, -17750.0, 121.5),
    (INCOME, -100.0, -50.0, -50.0),
    (INCOME, -100.0, 50.0, -150.0),   # an intäkt becomes a cost: income fell
    (INCOME, 100.0, -50.0, 150.0),    # a cost booked as intäkt becomes income
])
def test_budget_change_by_the_kind_of_the_kontogrupp(group, this, nxt, expected):
    base = rules.BudgetBase(2024, pd.Series([this], index=[group]), {}, np.zeros(2),
                            (INCOME,))
    adopted = rules.BudgetBase(2025, pd.Series([nxt], index=[group]), {}, np.zeros(2),
                               (INCOME,))
    result = rules.adopted_next_year(base, adopted).loc[group, financing.CHANGE_COLUMN]
    assert result == expected


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def test_page_80_change_of_a_cost_budget_from_a_credit(data_dir):
    drift = data_dir / "driftredovisning.csv"
    for old, new in (('2023,,budget,"Lokalkostnader, energi, VA",-\r',
                      '2023,,budget,"Lokalkostnader, energi, VA",-100\r'),
                     ("2023,,budget,Intäkter,-8013\r", "2023,,budget,Intäkter,-7913\r"),
                     ('2024,,ursprunglig_budget,"Lokalkostnader, energi, VA",0\r',
                      '2024,,ursprunglig_budget,"Lokalkostnader, energi, VA",50\r'),
                     ("2024,,ursprunglig_budget,Övriga kostnader,16356\r",
                      "2024,,ursprunglig_budget,Övriga kostnader,16306\r")):
        _edit(drift, old, new)
    ctx = open_report("2023-12", data_dir)
    table = financing.report_results(ctx).next_budget
    result = table.loc["Lokalkostnader, energi, VA", financing.CHANGE_COLUMN]
    assert table.loc["Lokalkostnader, energi, VA", "Budget 2023"] == -100.0
    assert result == 150.0
    assert table.loc["Intäkter", financing.CHANGE_COLUMN] == 124.3
