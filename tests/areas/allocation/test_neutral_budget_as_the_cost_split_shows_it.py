"""The budget that removes the avvikelse (page 02's "Budget som tar bort avvikelsen" and the
explanation's sentence) is split as the cost beside it: whole tkr by largest remainder,
so its rows sum to the budget and each change is the difference of the shown amounts.

TEST data: the 2024 key given as 50,0 / 50,0 %, so the budgeted net cost 18 971 splits
into 9 485,5 and 9 485,5, a tie the first member takes: 9 486 and 9 485 (sum 18 971), as
the cost per kommun on the same page and on page 80 shows it; change 9 486 − 9 178 = +308
and 9 485 − 9 793 = −308. Rounded one by one, half up, the page showed 9 486 twice (sum
18 972) and "Vårgårda 9 486 tkr (−308 tkr)" beside its budget of 9 793.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import allocation

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.fixture
def ctx_tie(ctx_2024):
    befolkning = ctx_2024.dataset["befolkning"].copy()
    rows = befolkning["key_date"].astype(str).str.startswith("2022-11-01")
    assert rows.sum() == 2
    befolkning.loc[rows, "andel_procent"] = 50.0
    return with_tables(ctx_2024, befolkning=befolkning)


def test_neutral_budget_is_split_by_largest_remainder(ctx_tie):
    result = allocation.neutral_budget_for(ctx_tie)
    expected = pd.DataFrame({"Budget": [9178.0, 9793.0, 18971.0],
                             "Budget enligt nyckeln": [9486.0, 9485.0, 18971.0],
                             "Förändring": [308.0, -308.0, 0.0]},
                            index=[*KOMMUNER, "Summa SeN IT"])
    pd.testing.assert_frame_equal(result, expected)


def test_neutral_budget_equals_the_cost_split_beside_it(ctx_tie):
    neutral = allocation.neutral_budget_for(ctx_tie).loc[KOMMUNER, "Budget enligt nyckeln"]
    cost = allocation.allocation_display_for(ctx_tie).loc[KOMMUNER, "Kostnad"]
    assert neutral.tolist() == cost.tolist()


@pytest.mark.parametrize(("kommun", "amount", "change"), [
    ("Herrljunga", "9\u00a0486\u00a0tkr", "+308\u00a0tkr"),
    ("Vårgårda", "9\u00a0485\u00a0tkr", "\u2212308\u00a0tkr"),
])
def test_explanation_names_the_split_as_shown(ctx_tie, kommun, amount, change):
    result = allocation.explanation(ctx_tie)[-1]
    assert f"{kommun} {amount} ({change})" in result
