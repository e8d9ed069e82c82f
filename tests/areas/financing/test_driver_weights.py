"""Financing models' drivers: bad driver rows, the weights of a driver for a year (the
latest earlier year when allowed), missing drivers and fixed andelar.

Members A, B, C, their users and every figure named TEST are test data, not in the source.
Fast: no notebook, no CLI.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from financing_test_data import THREE, exact, inputs3, model

from itvt_lib.areas import financing as rules

KOMMUNER = ("Herrljunga", "Vårgårda")


LIKA = {"name": "Lika", "driver": "lika"}


def drivers(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["driver", "year", "kommun", "value"])


# ---------------------------------------------------------------- driver rows


def test_driver_problem_is_the_first_group_in_row_order():
    """Rule: the first problem in the file's order is reported (zeta comes before alfa)."""
    frame = drivers([("zeta", 2023, "A", 0), ("zeta", 2023, "B", 0),
                     ("alfa", 2023, "A", 0), ("alfa", 2023, "B", 0)])
    frame.index = [10, 11, 12, 13]
    result = rules.driver_problem(frame)
    assert result == (11, "value", "värdena för zeta 2023 summerar till noll")


def test_driver_problem_points_at_the_groups_last_row():
    """Rule: a zero total is reported at the group's last row (where the sum is known)."""
    frame = drivers([("noll", 2023, "A", 0), ("noll", 2023, "B", 0), ("noll", 2023, "C", 0)])
    frame.index = [5, 6, 7]
    assert rules.driver_problem(frame) == (7, "value", "värdena för noll 2023 summerar till noll")


@pytest.mark.parametrize("values", [[0.25, 0.75], [0.5, 0.0], [0.001, 0.0]])
def test_driver_problem_accepts_any_total_above_zero(values):
    """Rule: a driver's values per year must sum above zero, so shares (sum 1) or a small
    total are fine."""
    frame = drivers([("andel", 2023, k, v) for k, v in zip(KOMMUNER, values, strict=True)])
    assert rules.driver_problem(frame) is None


@pytest.mark.parametrize("rows, message, reason, details", [
    ([("samtal", 2023, "Tredje", 5)],
     "drivers: \"Tredje\" finns inte i kommuner", "unknown_kommun", {"kommun": "Tredje"}),
    ([("samtal", 2023, "Herrljunga", True), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: värde saknas för Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", "5"), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: värde saknas för Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", None), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: värde saknas för Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", -5), ("samtal", 2023, "Vårgårda", 1)],
     "drivers: värdet för Herrljunga är negativt (-5)", "negative",
     {"kommun": "Herrljunga", "value": -5.0}),
    ([("samtal", 2023, "Herrljunga", 5)],
     "drivers: värde för samtal 2023 saknas för Vårgårda", "missing_value", {"kommun": "Vårgårda"}),
    # the first (driver, year) in the rows' order: zeta before alfa
    ([("zeta", 2023, "Herrljunga", 1), ("alfa", 2023, "Herrljunga", 1)],
     "drivers: värde för zeta 2023 saknas för Vårgårda", "missing_value", {"kommun": "Vårgårda"}),
    ([("anvandare", 2023, "Herrljunga", 0), ("anvandare", 2023, "Vårgårda", 0)],
     "drivers: value: värdena för anvandare 2023 summerar till noll", "zero_total", {}),
])
def test_bad_driver_rows(rows, message, reason, details):
    with pytest.raises(rules.ModelError, match=exact(message)) as caught:
        rules._check_driver_rows(drivers(rows), KOMMUNER)
    assert (caught.value.reason, caught.value.details) == (reason, details)


# ---------------------------------------------------------------- driver weights


@pytest.mark.parametrize("driver, year, latest, expected, data_year", [
    ("anvandare", 2024, False, [100.0, 300.0, 600.0], 2023),   # a count: year before
    ("andel", 2024, False, [0.25, 0.25, 0.5], 2023),           # total 1 is above zero
    ("noll", 2024, False, None, None),                          # total 0: missing
    ("hal", 2024, False, None, None),                           # a gap: missing
    ("okand", 2024, False, None, None),                         # no such driver
    ("okand", 2024, True, None, None),
    ("framtid", 2024, True, None, None),                        # only later years
    ("hal", 2024, True, [1.0, 1.0, 1.0], 2022),                 # latest complete year
    ("anvandare", 2024, True, [100.0, 300.0, 600.0], 2023),     # the wanted year itself
    ("anvandare", 2025, True, [100.0, 300.0, 600.0], 2023),     # never a later one (2025)
    ("lika", 2024, False, [1.0, 1.0, 1.0], None),
])
def test_driver_weights(driver, year, latest, expected, data_year):
    inputs = inputs3()
    weights, used = rules.driver_weights(inputs, model(LIKA), driver, year, latest)
    if expected is None:
        assert weights is None
    else:
        np.testing.assert_array_equal(weights, expected)
    assert used == data_year


def test_driver_weights_by_default_want_the_exact_year():
    """hal has a gap in 2023: without `latest` the year is missing (no fallback to 2022)."""
    assert rules.driver_weights(inputs3(), model(LIKA), "hal", 2024) == (None, None)


def test_driver_weights_fast_are_the_models_percentages():
    fast = model({"name": "Fast", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 50}})
    weights, used = rules.driver_weights(inputs3(), fast, "fast", 2024)
    np.testing.assert_array_equal(weights, [20.0, 30.0, 50.0])
    assert used is None


# ---------------------------------------------------------------- missing drivers


@pytest.mark.parametrize("spec, year, expected", [
    ({"name": "B", "driver": "befolkning"}, 2025, [("befolkning", 2025)]),  # key of 2025
    ({"name": "U", "driver": "lika", "pools": {"Växel": "anvandare"}}, 2027,
     [("anvandare", 2026)]),                                # a count: the year before
    ({"name": "L", "driver": "lika"}, 2030, []),            # lika needs no data
    ({"name": "F", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 50}}, 2030, []),
])
def test_missing_drivers(spec, year, expected):
    assert rules.missing_drivers(inputs3(), model(spec), year) == expected


# ---------------------------------------------------------------- andelar (driver fast)


AT = "W: financing_models[1].andelar"   # where the shares of model 1 of source W are


@pytest.mark.parametrize("values, message, reason, details", [
    (None, f"{AT}: fördelningsgrunden fast behöver en procentsats per kommun", "no_andelar", {}),
    ({}, f"{AT}: fördelningsgrunden fast behöver en procentsats per kommun", "no_andelar", {}),
    ([20, 30, 50], f"{AT}: ska vara en mappning kommun: procent", "no_andelar", {}),
    ({"A": 20, "B": 30, "D": 50}, f"{AT}: \"D\" finns inte i kommuner", "unknown_kommun",
     {"kommun": "D"}),
    ({"A": 20, "B": 80}, f"{AT}: värde saknas för C", "missing_value", {"kommun": "C"}),
    ({"A": 20, "B": "trettio", "C": 50}, f"{AT}.B: \"trettio\" är inget tal", "not_a_number",
     {"kommun": "B"}),
    ({"A": -10, "B": 60, "C": 50}, f"{AT}.A: -10 är negativt", "negative",
     {"kommun": "A", "value": -10.0}),
])
def test_bad_andelar(values, message, reason, details):
    spec = {"name": "W", "driver": "fast", "andelar": values}
    with pytest.raises(rules.ModelError, match=exact(message)) as caught:
        rules.model_specs(rules.typed_models([spec], "W"), inputs3(), "W")
    assert (caught.value.reason, caught.value.details) == (reason, details)


@pytest.mark.parametrize("values", [{"A": 0, "B": 50, "C": 50},      # 0 % is not negative
                                    {"A": 0.5, "B": 49.5, "C": 50}])  # nor is half a percent
def test_andelar_from_zero_up_are_accepted(values):
    result = rules._andelar(values, THREE, "W", True)
    np.testing.assert_array_equal(result, list(values.values()))
