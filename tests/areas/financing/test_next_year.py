"""Financing models' next year: the split of next year's budget per model (also with a
missing driver) and the budget raised by the uppräkning per kontogrupp.

Figures come from the committee's papers (monthly report per 2024-02-29, section 1
"Driftredovisning") or are TEST data with the rule stated beside each case. Fast.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from financing_test_data import NAN, THREE, exact, inputs3, model

from itvt_lib.areas import financing as rules
from itvt_lib.core.errors import ParamError

LIKA = {"name": "Lika", "driver": "lika"}


# 1/3 each to one decimal of a percent by largest remainder (ties in order): 33,4/33,3/33,3;
# to two decimals: 33,34/33,33/33,33
THIRDS_1, THIRDS_2 = [0.334, 0.333, 0.333], [0.3334, 0.3333, 0.3333]


# ---------------------------------------------------------------- next year


def test_next_year_split_with_a_missing_driver():
    """TEST data: 690 in pools + C's own 10 = 700. Lika: 690 × 33,4/33,3/33,3 % =
    230,46/229,77/229,77 (+10 for C); whole tkr by largest remainder: 230/230/240.
    framtid has no year up to 2024: missing, not a number."""
    inputs = inputs3()
    models = rules.model_specs(
        rules.typed_models([LIKA, {"name": "Framtid", "driver": "framtid"}]), inputs)
    result = rules.next_year_split(inputs, models, {"IT": 600.0, "Växel": 90.0},
                                   np.array([0.0, 0.0, 10.0]), 2025)
    expected = pd.DataFrame({
        "Modell": ["Lika"] * 3 + ["Framtid"] * 3,
        "Kommun": list(THREE) * 2,
        "Andel IT": THIRDS_1 + [NAN] * 3,
        "Andel Växel": THIRDS_1 + [NAN] * 3,
        "Budget 2025": [230.0, 230.0, 240.0, NAN, NAN, NAN],
        "Underlag": [{"lika": None}] * 3 + [{}] * 3})
    pd.testing.assert_frame_equal(result, expected)


def test_next_year_split_when_every_model_is_missing():
    """Rule: a missing driver year is missing ("uppgift saknas"), never a number: NaN."""
    inputs = inputs3()
    models = rules.model_specs(rules.typed_models([{"name": "Framtid", "driver": "framtid"}]),
                               inputs)
    result = rules.next_year_split(inputs, models, {"IT": 600.0, "Växel": 90.0},
                                   np.zeros(3), 2025)
    expected = pd.Series([NAN] * 3, name="Budget 2025")
    pd.testing.assert_series_equal(result["Budget 2025"], expected)


def test_model_cost_is_unrounded_tkr_even_from_whole_own_costs():
    """Rule: cost = Σ pool × share + own costs, unrounded (floats), also without pools."""
    result = rules.model_cost({}, {}, np.array([436, 3192]))     # whole tkr (TEST)
    assert result.dtype == np.float64
    np.testing.assert_array_equal(result, [436.0, 3192.0])


def test_next_year_split_with_two_decimals():
    inputs = inputs3()
    result = rules.next_year_split(inputs, [model(LIKA)], {"IT": 600.0, "Växel": 90.0},
                                   np.zeros(3), 2025, decimals=2)
    assert result["Andel IT"].tolist() == THIRDS_2


def test_next_year_budget_of_the_papers(ctx_2024):
    """Budget 2024 per kontogrupp (monthly report 2024-02, Driftredovisning), raised by 3 %
    for Personalkostnader and 1 % for the rest (assumptions, TEST)."""
    base = rules.inputs_for(ctx_2024.dataset, ctx_2024.period).base
    result, factor = rules.next_year_budget(base, 1.0, {"Personalkostnader": 3.0})
    groups = ["Intäkter", "Personalkostnader", "Lokalkostnader, energi, VA",
              "Övriga kostnader", "Kapitalkostnader"]
    expected = pd.DataFrame({
        "Budget 2024": [-17750.0, 14929.0, 0.0, 16356.0, 5436.0],
        "Uppräkning % (antagande)": [1.0, 3.0, 1.0, 1.0, 1.0],
        "Budget 2025": [-17927.5, 15376.87, 0.0, 16519.56, 5490.36]}, index=groups)
    pd.testing.assert_frame_equal(result, expected)
    # 19 459,29 / 18 971 (the net budget 2024)
    assert factor == pytest.approx(19459.29 / 18971)


def test_next_year_budget_of_a_kontogrupp_without_budget_is_zero():
    """Rule: a kontogrupp whose budget this year is 0 is raised from 0 (a budget missing,
    its amount or its row, stays missing: test_next_year_budget_missing)."""
    base = rules.BudgetBase(2024, pd.Series([100.0, 0.0], index=["Personal", "Övrigt"]),
                            {}, np.zeros(2))
    result, factor = rules.next_year_budget(base, 10.0, {})
    assert result["Budget 2025"].tolist() == pytest.approx([110.0, 0.0])
    assert factor == pytest.approx(1.1)


def test_next_year_budget_factor_is_one_when_the_budget_nets_to_zero():
    """Rule: a net budget of 0 cannot be a base for a factor: next year's pools stay."""
    base = rules.BudgetBase(2024, pd.Series([100.0, -100.0], index=["Kostnad", "Intäkt"]),
                            {}, np.zeros(2))
    result, factor = rules.next_year_budget(base, 10.0, {})
    assert result["Budget 2025"].tolist() == pytest.approx([110.0, -110.0])
    assert factor == 1.0


# ---------------------------------------------------------------- uppräkning


@pytest.mark.parametrize("raw, expected", [
    (None, (0.0, {})),
    ({"kontogrupper": {"Personalkostnader": 3}}, (0.0, {"Personalkostnader": 3.0})),
    ({"default": 2.5}, (2.5, {})),
    ({"default": 1, "kontogrupper": {"Personalkostnader": 3}}, (1.0, {"Personalkostnader": 3.0})),
])
def test_upprakning_rates(raw, expected):
    assert rules.upprakning_rates(raw) == expected


@pytest.mark.parametrize("raw, message", [
    ([1, 2], "upprakning_procent: ska vara en mappning med default och kontogrupper"),
    ({"default": "tre"}, "upprakning_procent.default: \"tre\" är inget tal"),
    ({"kontogrupper": [3]}, "upprakning_procent.kontogrupper: ska vara en mappning kontogrupp: procent"),
    ({"kontogrupper": {"Resor": "x"}}, "upprakning_procent.kontogrupper.Resor: \"x\" är inget tal"),
])
def test_bad_upprakning(raw, message):
    with pytest.raises(ParamError, match=exact(message)):
        rules.upprakning_rates(raw)


def test_bad_upprakning_names_the_kontogrupp():
    with pytest.raises(rules.ModelError) as caught:
        rules.upprakning_rates({"kontogrupper": {"Resor": "x"}})
    assert (caught.value.reason, caught.value.details) == ("not_a_number", {"kontogrupp": "Resor"})
