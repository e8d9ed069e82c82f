"""A member that joined later (C: no cost of record in a closed year when A and B have
one) is no part of that year's split: no model but the current one is shown for the year,
so that lika delar or fixed shares never split a closed year among members it did not
have (A and B would seem to have paid a third each). Members A, B, C: TEST data."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from financing_test_data import NAN, inputs3

from itvt_lib.areas import financing as rules

CURRENT = {"name": "Nuvarande", "driver": "befolkning"}


def _rows(table, name: str, year: int):
    return table[(table["Modell"] == name) & (table["År"] == year)].set_index("Kommun")


def _joined_in_2024() -> rules.Inputs:
    """inputs3() with a closed year 2023 (pools 600 and 90) of record for A and B only."""
    base = inputs3()
    closed = rules.YearCost(2023, "utfall", {"IT": 600.0, "Växel": 90.0}, np.zeros(3),
                            np.array([300.0, 390.0, NAN]),
                            cost_of_record=np.array([300.0, 390.0, NAN]),
                            result_of_record=np.array([NAN, NAN, NAN]))
    return dataclasses.replace(base, years=(closed, *base.years))


@pytest.mark.parametrize("spec", [
    {"name": "Lika", "driver": "lika"},
    {"name": "Fast", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 50}},
])
def test_no_split_of_a_closed_year_among_members_it_did_not_have(spec):
    inputs = _joined_in_2024()
    models = rules.model_specs(rules.typed_models([CURRENT, spec]), inputs)
    table = rules.compare_models(inputs, models)
    result = _rows(table, spec["name"], 2023)[["Kostnad", "Skillnad mot nuvarande modell"]]
    assert result.isna().all().all()
    current = _rows(table, "Nuvarande", 2023)["Kostnad"].tolist()
    np.testing.assert_array_equal(current, [300.0, 390.0, NAN])
    assert _rows(table, spec["name"], 2024)["Kostnad"].notna().all()


def test_a_closed_year_of_record_for_every_member_is_compared():
    inputs = _joined_in_2024()
    closed = dataclasses.replace(inputs.years[0], cost_of_record=np.array([200.0, 290.0, 200.0]),
                                 budget=np.array([200.0, 290.0, 200.0]))
    inputs = dataclasses.replace(inputs, years=(closed, inputs.years[1]))
    models = rules.model_specs(rules.typed_models([CURRENT, {"name": "Lika", "driver": "lika"}]),
                               inputs)
    result = _rows(rules.compare_models(inputs, models), "Lika", 2023)["Kostnad"].tolist()
    expected = [230.0, 230.0, 230.0]   # 690 × 33,4 / 33,3 / 33,3 %, whole tkr summing to 690
    assert sum(result) == 690.0
    assert result == pytest.approx(expected, abs=1)


def test_the_year_shown_for_the_current_model_alone_says_why():
    inputs = _joined_in_2024()
    models = rules.model_specs(rules.typed_models([CURRENT, {"name": "Lika", "driver": "lika"}]),
                               inputs)
    found = rules.Results(inputs, models, rules.compare_models(inputs, models), None, None, 1)
    result = rules.partial_year_lines(found, [2023, 2024])
    expected = ["2023 visas bara med nuvarande modell: bokslutet för 2023 har ingen kostnad "
                "för C, så året fördelas inte om mellan alla kommuner."]
    assert result == expected
