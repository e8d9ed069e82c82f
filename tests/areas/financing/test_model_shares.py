"""Financing models' shares and costs: a model's shares per pool (0,1 % or 0,01 % by largest
remainder), the comparison of models, avvikelse, and the entry points' errors.

Members A, B, C and every figure named TEST are test data. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.core.periods import Period

NAN = float("nan")


THREE = ("A", "B", "C")


def exact(message: str) -> str:
    """A `match` pattern for exactly this one-line message."""
    return f"^{re.escape(message)}$"


def inputs3() -> rules.Inputs:
    """TEST data: members A, B, C; pools IT 600 and Växel 90, C has own costs 10; budgets
    100/200/300 in 2024; the 2024 budget raised next year: Personalkostnader 400 and
    Övriga kostnader 300 (= 600 + 90 + 10). Drivers by data year:
    befolkning 2024 25/25/50; anvandare 2022 1/1/2, 2023 100/300/600, 2025 5/5/5;
    andel 2023 0,25/0,25/0,5 (sums to 1); noll 2023 all 0; hal 2022 1/1/1, 2023 a gap;
    framtid only 2026."""
    year = rules.YearCost(2024, "prognos 2024-02", {"IT": 600.0, "Växel": 90.0},
                          np.array([0.0, 0.0, 10.0]), np.array([100.0, 200.0, 300.0]))
    weights = {"befolkning": {2024: np.array([25.0, 25.0, 50.0])},
               "budgetandel": {2024: np.array([100.0, 200.0, 300.0])},
               "anvandare": {2022: np.array([1.0, 1.0, 2.0]),
                             2023: np.array([100.0, 300.0, 600.0]),
                             2025: np.array([5.0, 5.0, 5.0])},
               "andel": {2023: np.array([0.25, 0.25, 0.5])},
               "noll": {2023: np.zeros(3)},
               "hal": {2022: np.ones(3), 2023: np.array([NAN, 1.0, 1.0])},
               "framtid": {2026: np.ones(3)}}
    base = rules.BudgetBase(2024, pd.Series([400.0, 300.0],
                                            index=["Personalkostnader", "Övriga kostnader"]),
                            {"IT": 600.0, "Växel": 90.0}, np.array([0.0, 0.0, 10.0]))
    return rules.Inputs(THREE, ("IT", "Växel"), (year,), weights, {}, base)


def model(spec: dict) -> rules.Model:
    return rules.model_specs([spec], inputs3())[0]


LIKA = {"name": "Lika", "driver": "lika"}


# 1/3 each to one decimal of a percent by largest remainder (ties in order): 33,4/33,3/33,3;
# to two decimals: 33,34/33,33/33,33
THIRDS_1, THIRDS_2 = [0.334, 0.333, 0.333], [0.3334, 0.3333, 0.3333]


# ---------------------------------------------------------------- model shares


def test_model_shares_default_one_decimal_of_a_percent():
    shares, used = rules.model_shares(inputs3(), model(LIKA), 2024)
    assert list(shares) == ["IT", "Växel"]
    np.testing.assert_array_equal(shares["IT"], THIRDS_1)
    np.testing.assert_array_equal(shares["Växel"], THIRDS_1)
    assert used == {"lika": None}


def test_model_shares_with_two_decimals():
    shares, _ = rules.model_shares(inputs3(), model(LIKA), 2024, decimals=2)
    np.testing.assert_array_equal(shares["IT"], THIRDS_2)


def test_model_shares_with_a_callers_cache_are_the_shares_without_one():
    """Rule: a cache shared across calls changes no share (both pools use one driver)."""
    cache = {}
    expected, used = rules.model_shares(inputs3(), model(LIKA), 2024)
    for _ in range(2):
        shares, result_used = rules.model_shares(inputs3(), model(LIKA), 2024, cache=cache)
        assert list(shares) == list(expected)
        for pool in expected:
            np.testing.assert_array_equal(shares[pool], expected[pool])
        assert result_used == used


def test_two_fast_models_keep_their_own_shares():
    """Two models with the driver fast and different andelar in one comparison."""
    specs = [{"name": "F1", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 50}},
             {"name": "F2", "driver": "fast", "andelar": {"A": 50, "B": 30, "C": 20}}]
    inputs = inputs3()
    result = rules.compare_models(inputs, rules.model_specs(specs, inputs))
    shares = result.pivot(index="Kommun", columns="Modell", values="Andel IT")
    expected = pd.DataFrame({"F1": [0.2, 0.3, 0.5], "F2": [0.5, 0.3, 0.2]},
                            index=pd.Index(list(THREE), name="Kommun"))
    pd.testing.assert_frame_equal(shares, expected, check_names=False)


def test_compare_models_with_two_decimals():
    inputs = inputs3()
    result = rules.compare_models(inputs, [model(LIKA)], decimals=2)
    assert result["Andel IT"].tolist() == THIRDS_2
    assert result["Andel Växel"].tolist() == THIRDS_2


def closed_2023(result_of_record) -> rules.YearCost:
    """2023 of the annual report: budget 12 480 / 13 730, nettokostnad of record
    11 603 / 14 827, resultat of record 878 / −1 097."""
    return rules.YearCost(2023, "utfall", {"P": 26430.0}, np.zeros(2),
                          np.array([12480.0, 13730.0]),
                          cost_of_record=np.array([11603.0, 14827.0]),
                          result_of_record=result_of_record)


# ---------------------------------------------------------------- avvikelse


def test_deviation_without_results_of_record_is_budget_minus_cost():
    result = rules.deviation_shown(np.array([12480.0, 13730.0]),
                                   np.array([11603.0, 14827.0]), closed_2023(None))
    np.testing.assert_array_equal(result, [877.0, -1097.0])     # 12 480 − 11 603


@pytest.mark.parametrize("cost, expected", [
    ([11603.0, 14827.0], [878.0, -1097.0]),     # the figures of record: results of record
    ([11604.0, 14826.0], [876.0, -1096.0]),     # one tkr off: not of record
    ([11603.5, 14826.5], [876.5, -1096.5]),     # half a tkr off: not the same figure
])
def test_deviation_of_record_only_for_the_same_figure(cost, expected):
    result = rules.deviation_shown(np.array([12480.0, 13730.0]), np.array(cost),
                                   closed_2023(np.array([878.0, -1097.0])))
    np.testing.assert_array_equal(result, expected)


BAD_MODELS = [{"name": "Nu", "driver": "okand"}]


BAD_DRIVER = "financing_models[1].driver: 'okand' is not a driver"


# ---------------------------------------------------------------- the entry points


def test_compare_names_params_when_no_source_is_given():
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"params: {BAD_DRIVER}")):
        rules.compare(None, Period(2024, 2), BAD_MODELS, inputs=inputs3())


def test_compare_names_the_source_given():
    source = "params/2024-02.yaml"
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"{source}: {BAD_DRIVER}")):
        rules.compare(None, Period(2024, 2), BAD_MODELS, inputs=inputs3(), source=source)


def test_compare_required_model_missing_its_year():
    models = [LIKA, {"name": "Framtid", "driver": "framtid"}]
    with pytest.raises(rules.ModelError, match=exact(
            "Framtid: the driver framtid has no values for 2025 (data year 2024)")) as caught:
        rules.compare(None, Period(2025, 2), models, inputs=inputs3(), required=["Framtid"])
    assert caught.value.reason == "missing_year"
    assert caught.value.details == {"driver": "framtid", "year": 2025, "data_year": 2024}


def test_compare_with_two_decimals_uses_them_everywhere():
    result = rules.compare(None, Period(2024, 2), [LIKA], inputs=inputs3(), decimals=2)
    assert result.decimals == 2
    assert result.comparison["Andel IT"].tolist() == THIRDS_2
    assert result.next_year["Andel IT"].tolist() == THIRDS_2


def test_compare_raises_own_costs_with_the_budget():
    """TEST data (inputs3): Personalkostnader +10 %: 440 + 300 = 740, factor 740/700.
    Befolkning 25/25/50 % of the pools 690 × 740/700 = 729,43: 182,36/182,36/364,71, and C's
    own 10 × 740/700 = 10,57: 375,29; whole tkr by largest remainder (ties in order):
    183/182/375 = 740."""
    result = rules.compare(None, Period(2024, 2), [{"name": "Nu", "driver": "befolkning"}],
                           {"kontogrupper": {"Personalkostnader": 10}}, inputs=inputs3())
    assert result.next_year["Budget 2025"].tolist() == [183.0, 182.0, 375.0]
    assert result.next_budget["Budget 2025"].tolist() == pytest.approx([440.0, 300.0])
