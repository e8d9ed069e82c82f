"""Financing models, the rules (financing_rules.py): exact values, bad input and boundaries
that the other fast tests leave open (the mutation run's survivors, issue 18).

Figures come from the committee's papers (annual report 2023; monthly report per
2024-02-29, section 1 "Driftredovisning") or from the rule stated beside each case.
Members A, B, C, their users and every figure named TEST are test data, not in the source.
Every test is fast: no notebook, no CLI.
"""

from __future__ import annotations

import re
import shutil

import numpy as np
import pandas as pd
import pytest
from conftest import with_params

from itvt_lib.areas import financing_rules as rules
from itvt_lib.areas import load_params
from itvt_lib.core.context import ReportContext
from itvt_lib.core.errors import ParamError
from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.core.periods import Period

NAN = float("nan")
THREE = ("A", "B", "C")
KOMMUNER = ("Herrljunga", "Vårgårda")


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


def drivers(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["driver", "year", "kommun", "value"])


# ---------------------------------------------------------------- driver rows

def test_driver_problem_is_the_first_group_in_row_order():
    """Rule: the first problem in the file's order is reported (zeta comes before alfa)."""
    frame = drivers([("zeta", 2023, "A", 0), ("zeta", 2023, "B", 0),
                     ("alfa", 2023, "A", 0), ("alfa", 2023, "B", 0)])
    frame.index = [10, 11, 12, 13]
    result = rules.driver_problem(frame)
    assert result == (11, "value", "the values of zeta 2023 sum to zero")


def test_driver_problem_points_at_the_groups_last_row():
    """Rule: a zero total is reported at the group's last row (where the sum is known)."""
    frame = drivers([("noll", 2023, "A", 0), ("noll", 2023, "B", 0), ("noll", 2023, "C", 0)])
    frame.index = [5, 6, 7]
    assert rules.driver_problem(frame) == (7, "value", "the values of noll 2023 sum to zero")


@pytest.mark.parametrize("values", [[0.25, 0.75], [0.5, 0.0], [0.001, 0.0]])
def test_driver_problem_accepts_any_total_above_zero(values):
    """Rule: a driver's values per year must sum above zero, so shares (sum 1) or a small
    total are fine."""
    frame = drivers([("andel", 2023, k, v) for k, v in zip(KOMMUNER, values, strict=True)])
    assert rules.driver_problem(frame) is None


@pytest.mark.parametrize("rows, message, reason, details", [
    ([("samtal", 2023, "Tredje", 5)],
     "drivers: 'Tredje' is not in kommuner", "unknown_kommun", {"kommun": "Tredje"}),
    ([("samtal", 2023, "Herrljunga", True), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: no value for Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", "5"), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: no value for Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", None), ("samtal", 2023, "Vårgårda", 5)],
     "drivers: no value for Herrljunga", "missing_value", {"kommun": "Herrljunga"}),
    ([("samtal", 2023, "Herrljunga", -5), ("samtal", 2023, "Vårgårda", 1)],
     "drivers: the value for Herrljunga is negative (-5)", "negative",
     {"kommun": "Herrljunga", "value": -5.0}),
    ([("samtal", 2023, "Herrljunga", 5)],
     "drivers: no value of samtal 2023 for Vårgårda", "missing_value", {"kommun": "Vårgårda"}),
    # the first (driver, year) in the rows' order: zeta before alfa
    ([("zeta", 2023, "Herrljunga", 1), ("alfa", 2023, "Herrljunga", 1)],
     "drivers: no value of zeta 2023 for Vårgårda", "missing_value", {"kommun": "Vårgårda"}),
    ([("anvandare", 2023, "Herrljunga", 0), ("anvandare", 2023, "Vårgårda", 0)],
     "drivers: value: the values of anvandare 2023 sum to zero", "zero_total", {}),
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


def test_model_shares_fill_the_callers_cache_once_per_driver():
    """Rule: a caller's cache gets one share per driver and year (both pools use it)."""
    cache = {}
    shares, _ = rules.model_shares(inputs3(), model(LIKA), 2024, cache=cache)
    assert len(cache) == 1
    (share, data_year), = cache.values()
    np.testing.assert_array_equal(share, THIRDS_1)
    assert data_year is None


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


# ---------------------------------------------------------------- avvikelse

def closed_2023(result_of_record) -> rules.YearCost:
    """2023 of the annual report: budget 12 480 / 13 730, nettokostnad of record
    11 603 / 14 827, resultat of record 878 / −1 097."""
    return rules.YearCost(2023, "utfall", {"P": 26430.0}, np.zeros(2),
                          np.array([12480.0, 13730.0]),
                          cost_of_record=np.array([11603.0, 14827.0]),
                          result_of_record=result_of_record)


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


# ---------------------------------------------------------------- next year

def test_next_year_split_with_a_missing_driver():
    """TEST data: 690 in pools + C's own 10 = 700. Lika: 690 × 33,4/33,3/33,3 % =
    230,46/229,77/229,77 (+10 for C); whole tkr by largest remainder: 230/230/240.
    framtid has no year up to 2024: missing, not a number."""
    inputs = inputs3()
    models = rules.model_specs([LIKA, {"name": "Framtid", "driver": "framtid"}], inputs)
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
    models = rules.model_specs([{"name": "Framtid", "driver": "framtid"}], inputs)
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
    """Rule: a kontogrupp without a budget this year is raised from 0."""
    base = rules.BudgetBase(2024, pd.Series([100.0, NAN], index=["Personal", "Övrigt"]),
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


# ---------------------------------------------------------------- andelar (driver fast)

@pytest.mark.parametrize("values, message, reason, details", [
    (None, "W: the driver fast needs a percent per kommun", "no_andelar", {}),
    ({}, "W: the driver fast needs a percent per kommun", "no_andelar", {}),
    ([20, 30, 50], "W: the driver fast needs a percent per kommun", "no_andelar", {}),
    ({"A": 20, "B": 30, "D": 50}, "W: 'D' is not in kommuner", "unknown_kommun",
     {"kommun": "D"}),
    ({"A": 20, "B": 80}, "W: no value for C", "missing_value", {"kommun": "C"}),
    ({"A": 20, "B": "30", "C": 50}, "W.B: '30' is not a number", "not_a_number",
     {"kommun": "B"}),
    ({"A": -10, "B": 60, "C": 50}, "W.A: -10 is negative", "negative",
     {"kommun": "A", "value": -10.0}),
])
def test_bad_andelar(values, message, reason, details):
    with pytest.raises(rules.ModelError, match=exact(message)) as caught:
        rules._andelar(values, THREE, "W", True)
    assert (caught.value.reason, caught.value.details) == (reason, details)


@pytest.mark.parametrize("values", [{"A": 0, "B": 50, "C": 50},      # 0 % is not negative
                                    {"A": 0.5, "B": 49.5, "C": 50}])  # nor is half a percent
def test_andelar_from_zero_up_are_accepted(values):
    result = rules._andelar(values, THREE, "W", True)
    np.testing.assert_array_equal(result, list(values.values()))


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
    ([1, 2], "upprakning_procent: expected default and kontogrupper"),
    ({"default": "tre"}, "upprakning_procent.default: 'tre' is not a number"),
    ({"kontogrupper": [3]}, "upprakning_procent.kontogrupper: expected kontogrupp: percent"),
    ({"kontogrupper": {"Resor": "x"}}, "upprakning_procent.kontogrupper.Resor: 'x' is not a number"),
])
def test_bad_upprakning(raw, message):
    with pytest.raises(ParamError, match=exact(message)):
        rules.upprakning_rates(raw)


def test_bad_upprakning_names_the_kontogrupp():
    with pytest.raises(rules.ModelError) as caught:
        rules.upprakning_rates({"kontogrupper": {"Resor": "x"}})
    assert (caught.value.reason, caught.value.details) == ("not_a_number", {"kontogrupp": "Resor"})


# ---------------------------------------------------------------- the entry points

BAD_MODELS = [{"name": "Nu", "driver": "okand"}]
BAD_DRIVER = "financing_models[1].driver: 'okand' is not a driver"


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


# ---------------------------------------------------------------- params and the report

USERS = [{"name": "Nuvarande modell", "driver": "befolkning"},
         {"name": "Användare", "driver": "anvandare"}]


def with_users(ctx):
    """The period's inputs with a TEST driver anvandare 2023 (not in the data)."""
    rows = drivers([("anvandare", 2023, "Herrljunga", 100), ("anvandare", 2023, "Vårgårda", 300)])
    return rules.with_drivers(rules.inputs_for(ctx.dataset, ctx.period), rows)


def context(ctx, models) -> ReportContext:
    return with_params(ctx, financing_models=models)


def test_models_for_uses_the_inputs_given(ctx_2024):
    result = rules.models_for(context(ctx_2024, USERS), with_users(ctx_2024))
    assert [(m.name, m.driver) for m in result] == [("Nuvarande modell", "befolkning"),
                                                    ("Användare", "anvandare")]


def test_results_for_uses_the_inputs_given(ctx_2024):
    """anvandare 2023 100/300: IT Gemensamt 25 %/75 % for 2024 (shares of the TEST driver)."""
    result = rules.results_for(context(ctx_2024, USERS), with_users(ctx_2024))
    rows = rules.report_year(result, 2024)
    users = rows[rows["Modell"] == "Användare"]
    assert users["Andel IT Gemensamt"].tolist() == [0.25, 0.75]


@pytest.fixture
def period_params(tmp_path):
    """A params folder whose 2024-02.yaml (UTF-8 with a BOM) sets financing_models."""
    folder = tmp_path / "params"
    folder.mkdir()
    shutil.copy(PARAMS_DIR / "defaults.yaml", folder)
    (folder / "2024-02.yaml").write_text("financing_models:\n  - name: Nu\n    driver: okand\n",
                                         encoding="utf-8-sig")
    return folder


def test_the_models_source_is_the_period_file_that_sets_them(ctx_2024, period_params):
    params = load_params("2024-02", period_params)
    assert params.sources.file("financing_models") == str(period_params / "2024-02.yaml")
    assert params.sources.file("upprakning_procent") == str(period_params / "defaults.yaml")


@pytest.mark.parametrize("call", [rules.models_for, rules.results_for])
def test_bad_models_name_the_period_file(ctx_2024, period_params, call):
    ctx = ReportContext(ctx_2024.period, ctx_2024.dataset, load_params("2024-02", period_params),
                        ctx_2024.data_dir, period_params)
    source = str(period_params / "2024-02.yaml")
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"{source}: {BAD_DRIVER}")):
        call(ctx)
