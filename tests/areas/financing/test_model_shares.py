"""Financing models' shares and costs: a model's shares per pool (0,1 % or 0,01 % by largest
remainder), the comparison of models, avvikelse, and the entry points' errors.

Members A, B, C and every figure named TEST are test data. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from financing_test_data import THREE, exact, inputs3, model

from itvt_lib.areas import financing as rules
from itvt_lib.core.periods import Period

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
    result = rules.compare_models(inputs, rules.model_specs(rules.typed_models(specs), inputs))
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
    ([11603.5, 14826.5], [876.0, -1097.0]),     # half a tkr off: not the same figure;
                                                # of the shown 11 604 and 14 827
])
def test_deviation_of_record_only_for_the_same_figure(cost, expected):
    result = rules.deviation_shown(np.array([12480.0, 13730.0]), np.array(cost),
                                   closed_2023(np.array([878.0, -1097.0])))
    np.testing.assert_array_equal(result, expected)


BAD_MODELS = [{"name": "Nu", "driver": "okand"}]


BAD_DRIVER = "financing_models[1].driver: \"okand\" är ingen fördelningsgrund"


# ---------------------------------------------------------------- the entry points


def test_compare_names_params_when_no_source_is_given():
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"params: {BAD_DRIVER}")):
        rules.compare(None, Period(2024, 2), rules.typed_models(BAD_MODELS), inputs=inputs3())


def test_compare_names_the_source_given():
    source = "params/2024-02.yaml"
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"{source}: {BAD_DRIVER}")):
        rules.compare(None, Period(2024, 2), rules.typed_models(BAD_MODELS), inputs=inputs3(),
                      source=source)


def test_compare_required_model_missing_its_year():
    models = [LIKA, {"name": "Framtid", "driver": "framtid"}]
    with pytest.raises(rules.ModelError, match=exact(
            "Framtid: fördelningsgrunden framtid saknar värden för 2025 (uppgiftsår 2024)")) as caught:
        rules.compare(None, Period(2025, 2), rules.typed_models(models), inputs=inputs3(),
                      required=["Framtid"])
    assert caught.value.reason == "missing_year"
    assert caught.value.details == {"driver": "framtid", "year": 2025, "data_year": 2024}


def test_compare_with_two_decimals_uses_them_everywhere():
    result = rules.compare(None, Period(2024, 2), rules.typed_models([LIKA]), inputs=inputs3(),
                           decimals=2)
    assert result.decimals == 2
    assert result.comparison["Andel IT"].tolist() == THIRDS_2
    assert result.next_year["Andel IT"].tolist() == THIRDS_2


def test_compare_raises_own_costs_with_the_budget():
    """TEST data (inputs3): Personalkostnader +10 %: 440 + 300 = 740, factor 740/700.
    Befolkning 25/25/50 % of the pools 690 × 740/700 = 729,43: 182,36/182,36/364,71, and C's
    own 10 × 740/700 = 10,57: 375,29; whole tkr by largest remainder (ties in order):
    183/182/375 = 740."""
    result = rules.compare(None, Period(2024, 2),
                           rules.typed_models([{"name": "Nu", "driver": "befolkning"}]),
                           {"kontogrupper": {"Personalkostnader": 10}}, inputs=inputs3())
    assert result.next_year["Budget 2025"].tolist() == [183.0, 182.0, 375.0]
    assert result.next_budget["Budget 2025"].tolist() == pytest.approx([440.0, 300.0])
