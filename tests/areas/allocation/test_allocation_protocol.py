"""Allocation's report protocol: has_data, the neutral budget rows, the summary sentences
and the key figures with their status rules, for both report periods.

Figures come from the committee's papers (annual report 2023; monthly report per 2024-02-29)
or from the rule stated beside each case; rows marked TEST are made up to reach a branch
the embedded data does not. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import allocation
from itvt_lib.core.checks import KeyFigure
from itvt_lib.core.periods import Period

NBSP = "\u00a0"


KOMMUNER = ["Herrljunga", "Vårgårda"]


# ---------------------------------------------------------------- neutral budget, has_data


def test_neutral_budget_rows_follow_the_key():
    """Rule: one row per kommun of the key, in the key's order, whatever the order of the
    budget series. TEST order: Vårgårda first. 18 971 × 56,4 % = 10 699,644 and
    × 43,6 % = 8 271,356; change = that − budget (9 793 / 9 178)."""
    key = pd.Series([0.564, 0.436], index=["Vårgårda", "Herrljunga"])
    budget = pd.Series([9178.0, 9793.0], index=KOMMUNER)
    specific = pd.Series([0.0, 0.0], index=KOMMUNER)
    result = allocation.neutral_budget(budget, 18971.0, specific, key)
    expected = pd.DataFrame({"Budget": [9793.0, 9178.0],
                             "Budget enligt nyckeln": [10699.644, 8271.356],
                             "Förändring": [906.644, -906.644]}, index=["Vårgårda", "Herrljunga"])
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("year", "month", "expected"), [
    (2023, 12, True),    # the annual report 2023
    (2024, 2, True),     # the monthly report per 2024-02-29
    (2023, 6, False),    # no operating statement for June 2023 (budgets exist for 2023)
    (2024, 3, False),
    (2025, 2, False),    # neither a statement nor a budget per kommun
])
def test_has_data_needs_the_operating_statement(dataset, year, month, expected):
    assert allocation.has_data(dataset, Period(year, month)) is expected


# ---------------------------------------------------------------- summary: decided


def test_summary_when_the_write_off_is_decided(ctx_2023):
    """TEST data: the 2023 write-off decided (beslutat) rather than proposed."""
    fund = ctx_2023.dataset["resultatfond"].copy()
    fund.loc[fund["year"] == 2023, "status"] = "beslutat"
    result = allocation.summary(with_tables(ctx_2023, resultatfond=fund))
    assert result[-1] == ("Kommunfullmäktige i respektive kommun har beslutat att skriva av "
                          "2023 års över- respektive underskott.")


def test_summary_transfer_proposed(ctx_2023):
    """TEST data: a proposed transfer (överföring, the agreement's default)."""
    fund = ctx_2023.dataset["resultatfond"].copy()
    fund.loc[fund["year"] == 2023, "beslut"] = "overforing"
    result = allocation.summary(with_tables(ctx_2023, resultatfond=fund))
    assert result[-1] == ("Servicenämnd IT/Växel/Telefoni föreslår att respektive kommun "
                          "ska föra över 2023 års över- respektive underskott.")


RULE = (f"grön inom ±1{NBSP}% av kommunens budget, gul inom ±5{NBSP}%, röd utanför")


# Drift per kommun, status by its size relative to the kommun's budget (params/defaults.yaml:
# green within 1 %, yellow within 5 %). 2023: |878| > 5 % of 12 480 = 624, |−1 097| > 5 % of
# 13 730 = 686,5: red. 2024: |907| > 5 % of 9 178 = 458,9, |−907| > 5 % of 9 793: red; the
# monthly report printed +1 300 / −1 300.
NOTE_2024 = ("Publicerat {}\u00a0tkr i Månadsrapport per 2024-02-29; beräknat med "
             "fördelningsnyckeln.")


KEY_FIGURES = {
    "ctx_2023": [
        KeyFigure("Avvikelse Herrljunga (utfall 2023)", 878.0, "tkr", "red", RULE),
        KeyFigure("Avvikelse Vårgårda (utfall 2023)", -1097.0, "tkr", "red", RULE),
    ],
    "ctx_2024": [
        KeyFigure("Avvikelse Herrljunga (prognos 2024)", 907.0, "tkr", "red", RULE,
                             published=1300.0, note=NOTE_2024.format(f"+1{NBSP}300")),
        KeyFigure("Avvikelse Vårgårda (prognos 2024)", -907.0, "tkr", "red", RULE,
                             published=-1300.0, note=NOTE_2024.format(f"\u22121{NBSP}300")),
    ],
}


# ---------------------------------------------------------------- key figures


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_key_figures_exact(request, fixture):
    assert allocation.key_figures(request.getfixturevalue(fixture)) == KEY_FIGURES[fixture]


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_key_figures_default_rule_without_a_drift_rule(request, fixture):
    """Parameters without status.drift: the defaults 1 % / 5 % apply."""
    ctx = request.getfixturevalue(fixture)
    result = allocation.key_figures(with_params(ctx, status={"svarsfrekvens": {}}))
    assert result == KEY_FIGURES[fixture]


def test_key_figures_rule_text_follows_the_parameters(ctx_2023):
    """TEST params: green within 0 %, yellow within 50 %: 878 ≤ 6 240 and 1 097 ≤ 6 865 are
    yellow; the rule reads ±0 % (a zero is written 0) and ±50 %."""
    ctx = with_params(ctx_2023, status={"drift": {"green_within_share_of_budget": 0.0,
                                                  "yellow_within_share_of_budget": 0.5}})
    result = allocation.key_figures(ctx)
    assert [(f.status, f.rule) for f in result] == [
        ("yellow", f"grön inom ±0{NBSP}% av kommunens budget, gul inom ±50{NBSP}%, röd utanför"),
    ] * 2
