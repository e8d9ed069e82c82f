"""Financing models' report protocol: results that follow the context's parameters, the
summary sentences, the key figures and the checks, exact for both report periods
(params/defaults.yaml's models; figures as in test_financing_page.py).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import financing
from itvt_lib.areas import financing as rules
from itvt_lib.core.checks import FAIL, PASS, Check, KeyFigure
from itvt_lib.core.context import ReportContext
from itvt_lib.core.formatting import NBSP

H, V = "Herrljunga", "Vårgårda"


NOW, CALLS, BUDGET, EQUAL, BASE = ("Nuvarande modell", "Växeln efter samtal", "Budgetandel",
                                   "Lika delar", "Grundavgift 30 % och befolkning")


MODELS = [NOW, CALLS, BUDGET, EQUAL, BASE]        # params/defaults.yaml, in its order


IT, TEL = "Andel IT Gemensamt", "Andel Telefonväxel"


CALLS_SPEC = {"name": "Växel efter samtal", "driver": "befolkning",
              "pools": {"Telefonväxel": "samtal"}}


# ---------------------------------------------------------------- the report protocol


def test_report_results_follow_the_contexts_params(ctx_2024):
    """The report's models are the context's: new params on a context, new results."""
    ctx = ReportContext(ctx_2024.period, ctx_2024.dataset, ctx_2024.params, ctx_2024.data_dir)
    assert [m.name for m in financing.report_results(ctx).models] == MODELS
    ctx.params = with_params(ctx, financing_models=[rules.CURRENT_MODEL,
                                                    {"name": "Lika", "driver": "lika"}]).params
    result = financing.report_results(ctx)
    assert [m.name for m in result.models] == [NOW, "Lika"]


def tkr(text: str) -> str:
    """Amounts as the sentences write them: a non-breaking space between thousands and
    before "tkr" ("1 215 tkr")."""
    return re.sub(r"(?<=\d) (?=\d)", NBSP, text).replace(" tkr", f"{NBSP}tkr")


SUMMARY = {
    "2023-12": [
        tkr("Med nuvarande modell betalar Herrljunga 11 603 tkr och Vårgårda 14 827 tkr "
            "(utfall 2023)."),
        "Modellen Växeln efter samtal saknar underlag för 2023 (uppgift saknas).",
        tkr("Med modellen Budgetandel skulle Herrljunga betala 12 581 tkr, 978 tkr mer än "
            "med nuvarande modell."),
        tkr("Med modellen Budgetandel skulle Vårgårda betala 13 849 tkr, 978 tkr mindre än "
            "med nuvarande modell."),
        tkr("Med modellen Lika delar skulle Herrljunga betala 13 215 tkr, 1 612 tkr mer än "
            "med nuvarande modell."),
        tkr("Med modellen Lika delar skulle Vårgårda betala 13 215 tkr, 1 612 tkr mindre än "
            "med nuvarande modell."),
        tkr("Med modellen Grundavgift 30 % och befolkning skulle Herrljunga betala 12 079 tkr, "
            "476 tkr mer än med nuvarande modell."),
        tkr("Med modellen Grundavgift 30 % och befolkning skulle Vårgårda betala 14 351 tkr, "
            "476 tkr mindre än med nuvarande modell."),
    ],
    "2024-02": [
        tkr("Med nuvarande modell betalar Herrljunga 8 271 tkr och Vårgårda 10 700 tkr "
            "(prognos 2024)."),
        tkr("Med modellen Växeln efter samtal skulle Herrljunga betala 8 250 tkr, 21 tkr "
            "mindre än med nuvarande modell."),
        tkr("Med modellen Växeln efter samtal skulle Vårgårda betala 10 721 tkr, 21 tkr mer "
            "än med nuvarande modell."),
        tkr("Med modellen Budgetandel skulle Herrljunga betala 9 182 tkr, 911 tkr mer än med "
            "nuvarande modell."),
        tkr("Med modellen Budgetandel skulle Vårgårda betala 9 789 tkr, 911 tkr mindre än med "
            "nuvarande modell."),
        tkr("Med modellen Lika delar skulle Herrljunga betala 9 486 tkr, 1 215 tkr mer än med "
            "nuvarande modell."),
        tkr("Med modellen Lika delar skulle Vårgårda betala 9 485 tkr, 1 215 tkr mindre än "
            "med nuvarande modell."),
        tkr("Med modellen Grundavgift 30 % och befolkning skulle Herrljunga betala 8 632 tkr, "
            "361 tkr mer än med nuvarande modell."),
        tkr("Med modellen Grundavgift 30 % och befolkning skulle Vårgårda betala 10 339 tkr, "
            "361 tkr mindre än med nuvarande modell."),
    ],
}


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_summary(ctx_2023, ctx_2024, period):
    ctx = {"2023-12": ctx_2023, "2024-02": ctx_2024}[period]
    assert financing.summary(ctx) == SUMMARY[period]


@pytest.mark.parametrize("diff, expected", [
    (0.0, "lika mycket som med nuvarande modell"),
    (1.0, tkr("1 tkr mer än med nuvarande modell")),
    (-1.0, tkr("1 tkr mindre än med nuvarande modell")),
    (-1215.0, tkr("1 215 tkr mindre än med nuvarande modell")),
])
def test_difference_words(diff, expected):
    assert financing._difference_words(diff) == expected


def test_summary_of_a_model_equal_to_the_current(ctx_2024):
    ctx = with_params(ctx_2024, financing_models=[rules.CURRENT_MODEL,
                                                      {"name": "Samma", "driver": "befolkning"}])
    assert financing.summary(ctx)[1:] == [
        tkr("Med modellen Samma skulle Herrljunga betala 8 271 tkr, ") + "lika mycket som med "
        "nuvarande modell.",
        tkr("Med modellen Samma skulle Vårgårda betala 10 700 tkr, ") + "lika mycket som med "
        "nuvarande modell."]


def test_summary_when_the_current_model_has_no_figures(ctx_2023):
    """2023 with a calls model as the current one: no calls of 2022 and (TEST) no cost of
    record per kommun, so no sentence for the current model and no difference for the
    others (their cost alone)."""
    totals = ctx_2023.dataset["bokslut_totaler"]
    committee_only = totals[totals["kommun"].isna() | (totals["kommun"] == "")]
    ctx = with_params(with_tables(ctx_2023, bokslut_totaler=committee_only),
                      financing_models=[CALLS_SPEC,
                                                      {"name": "Lika", "driver": "lika"}])
    assert financing.summary(ctx) == [tkr("Med modellen Lika skulle Herrljunga betala 13 215 tkr."),
                                      tkr("Med modellen Lika skulle Vårgårda betala 13 215 tkr.")]


def largest(kommun: str, value: float, rule: str, note: str = "") -> KeyFigure:
    return KeyFigure(f"Största skillnad mellan finansieringsmodellerna, {kommun}", value,
                     "tkr", "", rule, note=note)


# 2023: no calls counted in 2022, so "Växeln efter samtal" is left out and named
NO_CALLS = ("Modellen Växeln efter samtal saknar underlag (uppgift saknas) och ingår inte i "
            "största skillnaden.")


@pytest.mark.parametrize("period, expected", [
    # Herrljunga: Lika delar 13 215 − Nuvarande 11 603; Vårgårda: 14 827 − 13 215
    ("2023-12", [largest(H, 1612.0, "Lika delar mot Nuvarande modell", NO_CALLS),
                 largest(V, 1612.0, "Nuvarande modell mot Lika delar", NO_CALLS)]),
    # Herrljunga: Lika delar 9 486 − calls 8 250; Vårgårda: calls 10 721 − Lika delar 9 485
    ("2024-02", [largest(H, 1236.0, "Lika delar mot Växeln efter samtal"),
                 largest(V, 1236.0, "Växeln efter samtal mot Lika delar")]),
])
def test_key_figures(ctx_2023, ctx_2024, period, expected):
    ctx = {"2023-12": ctx_2023, "2024-02": ctx_2024}[period]
    assert financing.key_figures(ctx) == expected


@pytest.mark.parametrize("period, second, expected", [
    # two models with figures are enough: 9 486 − 8 271 and 10 700 − 9 485
    ("2024-02", {"name": "Lika", "driver": "lika"},
     [largest(H, 1215.0, "Lika mot Nuvarande modell"),
      largest(V, 1215.0, "Nuvarande modell mot Lika")]),
    # 2023: calls counted in 2022 are missing, only the current model has figures
    ("2023-12", CALLS_SPEC, []),
])
def test_key_figures_need_two_models_with_figures(ctx_2023, ctx_2024, period, second,
                                                  expected):
    ctx = {"2023-12": ctx_2023, "2024-02": ctx_2024}[period]
    ctx = with_params(ctx, financing_models=[rules.CURRENT_MODEL, second])
    assert financing.key_figures(ctx) == expected


def model_check_list(models, year: int, avser: str, nettokostnad: float) -> list[Check]:
    """Rule: per model with figures, in the params' order: each pool's shares sum to
    100 % (no tolerance), then its costs sum to the nettokostnad (1 tkr per kommun)."""
    result = []
    for name in models:
        result += [Check(financing.AREA, f"{name}: andelarna för {pool} {year} summerar till "
                         "100 %", 100.0, 100.0, 0.0, PASS)
                   for pool in ("IT Gemensamt", "Telefonväxel")]
        result.append(Check(financing.AREA, f"{name}: kostnaden per kommun summerar till "
                            f"nettokostnaden ({avser} {year})", nettokostnad, nettokostnad,
                            2.0, PASS))
    return result


def adopted_check_list(models, year: int, nettokostnad: float) -> list[Check]:
    """Rule: where next year's budget is adopted in the data, per model with figures its
    split per kommun sums to that budget's nettokostnad (1 tkr per kommun)."""
    return [Check(financing.AREA, f"{name}: budget {year} per kommun summerar till "
                  f"nettokostnaden i budget {year} (antagen)", nettokostnad, nettokostnad,
                  2.0, PASS) for name in models]


def closed_check_list(years: list[tuple[int, float, list[str]]]) -> list[Check]:
    """Rule: per closed year before the report's and model with figures (by year, then
    name), its costs per kommun sum to the year's nettokostnad of record (page 80's
    history table shows them)."""
    return [Check(financing.AREA, f"{name}: kostnaden per kommun summerar till "
                  f"nettokostnaden (utfall {year})", record, record, 2.0, PASS)
            for year, record, names in years for name in sorted(names)]


CLOSED_2021_2022 = [(2021, 19722.0, [NOW]), (2022, 23270.0, [NOW, EQUAL])]


@pytest.mark.parametrize("period, expected", [
    # 2023: nettokostnad utfall 26 430; the calls model has no figures, so no checks; the
    # closed years 2021 (only the current model of record has figures) and 2022; the
    # 2024 budget is adopted in the data (18 971 after its tillägg), split by every model
    ("2023-12", model_check_list([NOW, BUDGET, EQUAL, BASE], 2023, "utfall", 26430.0)
     + closed_check_list(CLOSED_2021_2022) + adopted_check_list(MODELS, 2024, 18971.0)),
    # 2024: nettokostnad prognos 18 971; the closed years 2021 to 2023
    ("2024-02", model_check_list(MODELS, 2024, "prognos", 18971.0) + closed_check_list(
        [*CLOSED_2021_2022, (2023, 26430.0, [NOW, BUDGET, EQUAL, BASE])])),
])
def test_checks(ctx_2023, ctx_2024, period, expected):
    ctx = {"2023-12": ctx_2023, "2024-02": ctx_2024}[period]
    assert financing.checks(ctx) == expected


def abc_results() -> rules.Results:
    """TEST data: members C, A, B (not alphabetical), one pool IT 600, befolkning 50/25/25;
    models "Nu" (befolkning) then "Lika" (not alphabetical). Nu: 300/150/150;
    Lika: 33,4/33,3/33,3 % of 600 = 200,4/199,8/199,8 -> 200/200/200."""
    year = rules.YearCost(2024, "prognos 2024-02", {"IT": 600.0}, np.zeros(3),
                          np.array([100.0, 200.0, 300.0]))
    inputs = rules.Inputs(("C", "A", "B"), ("IT",), (year,),
                          {"befolkning": {2024: np.array([50.0, 25.0, 25.0])}})
    models = rules.model_specs(rules.typed_models([{"name": "Nu", "driver": "befolkning"},
                                                   {"name": "Lika", "driver": "lika"}]), inputs)
    return rules.Results(inputs, models, rules.compare_models(inputs, models),
                         pd.DataFrame(), pd.DataFrame(), 1)


@pytest.mark.parametrize("share, actual, status", [
    (0.5, 100.0, PASS),
    (0.504, 100.4, FAIL),       # 50,4 + 25 + 25: not 100 %, whatever the rounding
    (0.496, 99.6, FAIL),
])
def test_model_checks_shares_without_tolerance(share, actual, status):
    """Rule: a model's shares of a pool sum to exactly 100 % (tolerance 0; the sum is
    compared to 6 decimals of a percent, only float noise is dropped)."""
    found = abc_results()
    rows = (found.comparison["Modell"] == "Nu") & (found.comparison["Kommun"] == "C")
    found.comparison.loc[rows, "Andel IT"] = share
    result = financing.model_checks(found, 2024, "prognos", 600.0, 1.0)[0]
    assert (result.description, result.actual, result.status) == (
        "Nu: andelarna för IT 2024 summerar till 100 %", pytest.approx(actual), status)
