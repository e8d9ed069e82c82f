"""Financing models: pools, drivers, grundavgift, rounding, the page and its checks.

Reference figures come from the source (annual report 2023, monthly report 2024-02) or are
derived by the rule named in each test. Users, computers, a third kommun and every
figure named TEST are test data, not in the source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import notebook_text, sv, with_params

from itvt_lib import areas as report
from itvt_lib.areas import financing, load_dataset
from itvt_lib.areas import financing as rules
from itvt_lib.core.checks import FAIL, PASS
from itvt_lib.core.errors import DataError, ParamError

NBSP, MINUS = "\u00a0", "\u2212"
KOMMUNER = ["Herrljunga", "Vårgårda"]
THREE = ("A", "B", "C")


def rows_of(results, model, year):
    rows = rules.report_year(results, year)
    return rows[rows["Modell"] == model].set_index("Kommun")


def three_inputs() -> rules.Inputs:
    """TEST data: three members, pools IT 600 and Växel 90, C has own costs 10;
    budgets 100/200/300 in 2024; users 100/300/600 counted 2023."""
    year = rules.YearCost(2024, "prognos 2024-02", {"IT": 600.0, "Växel": 90.0},
                              np.array([0.0, 0.0, 10.0]), np.array([100.0, 200.0, 300.0]))
    weights = {"befolkning": {2024: np.array([25.0, 25.0, 50.0])},
               "budgetandel": {2024: np.array([100.0, 200.0, 300.0])},
               "anvandare": {2023: np.array([100.0, 300.0, 600.0])}}
    return rules.Inputs(THREE, ("IT", "Växel"), (year,), weights)


# ---------------------------------------------------------------- rules

def test_pools_of_record_put_the_difference_on_the_largest_pool():
    # 2023: 25 975 + 454 = 26 429 against 26 430 of record
    result = rules.pools_of_record({"IT Gemensamt": 25975.0, "Telefonväxel": 454.0}, 26430.0)
    assert result == {"IT Gemensamt": 25976.0, "Telefonväxel": 454.0}
    assert rules.pools_of_record({"a": 1.0}, None) == {"a": 1.0}


@pytest.mark.parametrize(("pools", "record"), [
    ({"IT Gemensamt": 25975.0, "Telefonväxel": float("nan")}, 26430.0),   # a pool unknown
    ({"IT Gemensamt": float("nan"), "Telefonväxel": 454.0}, 26430.0),
    ({"IT Gemensamt": 25975.0, "Telefonväxel": 454.0}, float("nan")),     # no figure of record
    ({}, 26430.0),                                                        # no pools
])
def test_pools_of_record_stay_as_computed_when_a_pool_or_the_record_is_missing(pools, record):
    # the difference to the record cannot be placed when a pool is unknown: nothing moves
    result = pd.Series(rules.pools_of_record(pools, record), dtype="float64")
    expected = pd.Series(pools, dtype="float64")
    pd.testing.assert_series_equal(result, expected)


@pytest.mark.parametrize("driver, year, expected", [
    ("befolkning", 2024, 2024), ("budgetandel", 2025, 2025), ("samtal", 2024, 2023),
    ("anvandare", 2023, 2022)])
def test_driver_year(driver, year, expected):
    assert rules.driver_year(driver, year) == expected


@pytest.mark.parametrize("weights, grundavgift, expected", [
    ([3603, 5392], 0.0, [0.401, 0.599]),           # the calls: 40,055 % -> 40,1 %
    ([1, 1, 1], 0.0, [0.334, 0.333, 0.333]),       # largest remainder, ties in order
    ([43.6, 56.4], 0.3, [0.455, 0.545]),           # 0,15 + 0,7 × 0,436 = 45,52 %; 54,48 %
    ([1, 0], 0.5, [0.75, 0.25]),                   # half equal, half all to A
])
def test_pool_share(weights, grundavgift, expected):
    result = rules.pool_share(np.array(weights, dtype=float), grundavgift)
    np.testing.assert_allclose(result, expected)
    assert round(result.sum() * 1000) == 1000


@pytest.mark.parametrize("values, expected", [
    ([8249.516, 10721.484], [8250.0, 10721.0]),
    ([1.4, 1.4, 1.2], [2.0, 1.0, 1.0]),    # sum 4: floors 1+1+1, one to the first .4
    ([-0.5, 2.5], [0.0, 2.0]),             # sum 2: floors −1 + 2, the .5s in order
])
def test_balanced_amounts_add_up(values, expected):
    """Floor each, then one tkr to the largest remainders (ties in order)."""
    result = rules.balanced_amounts(np.array(values))
    np.testing.assert_array_equal(result, expected)


def test_uprated_per_kontogrupp_and_default():
    amounts = pd.Series([100.0, 200.0], index=["Personalkostnader", "Övriga kostnader"])
    result = rules.uprated(amounts, 1.0, {"Personalkostnader": 3.0})
    expected = pd.Series([103.0, 202.0], index=amounts.index)
    pd.testing.assert_series_equal(result, expected)


def test_every_driver_and_model_type_three_members():
    """TEST data (three_inputs): cost = Σ pool × share + own costs."""
    inputs = three_inputs()
    specs = [{"name": "Befolkning", "driver": "befolkning"},
             {"name": "Budget", "driver": "budgetandel"},
             {"name": "Lika", "driver": "lika"},
             {"name": "Fast", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 50}},
             {"name": "Användare", "driver": "anvandare"},
             {"name": "Växel lika", "driver": "befolkning", "pools": {"Växel": "lika"}},
             {"name": "Grund 30", "driver": "anvandare", "grundavgift_procent": 30}]
    models = rules.model_specs(rules.typed_models(specs), inputs)
    result = rules.compare_models(inputs, models)
    shares = result.pivot(index="Kommun", columns="Modell", values="Andel IT")
    expected = pd.DataFrame({
        "Befolkning": [0.25, 0.25, 0.5], "Budget": [0.167, 0.333, 0.5],
        "Lika": [0.334, 0.333, 0.333], "Fast": [0.2, 0.3, 0.5], "Användare": [0.1, 0.3, 0.6],
        "Växel lika": [0.25, 0.25, 0.5],
        "Grund 30": [0.17, 0.31, 0.52],   # 0,1 + 0,7 × (0,1 0,3 0,6)
    }, index=pd.Index(list(THREE), name="Kommun"))
    pd.testing.assert_frame_equal(shares[expected.columns], expected, check_names=False)
    users = result[result["Modell"] == "Användare"]
    assert users["Kostnad"].tolist() == [69.0, 207.0, 424.0]    # 690 × share, + 10 for C
    assert users["Avvikelse"].tolist() == [31.0, -7.0, -124.0]   # budget − cost
    # current: 172,5 / 172,5 / 355 -> the tied half tkr to A (ties in order): 173 / 172 / 355
    assert users["Skillnad mot nuvarande modell"].tolist() == [-104.0, 35.0, 69.0]
    mixed = result[result["Modell"] == "Växel lika"]["Kostnad (oavrundad)"]
    np.testing.assert_allclose(mixed, [150 + 30.06, 150 + 29.97, 300 + 29.97 + 10])
    assert (result.groupby("Modell")["Kostnad"].sum() == 700.0).all()


def test_missing_driver_year_is_missing_not_a_number():
    inputs = three_inputs()
    models = rules.model_specs(rules.typed_models([{"name": "Nu", "driver": "befolkning"},
                                                   {"name": "U", "driver": "anvandare"}]),
                               inputs)
    year = rules.YearCost(2025, "prognos 2025-02", {"IT": 1.0, "Växel": 1.0},
                              np.zeros(3), np.full(3, np.nan))
    inputs = rules.Inputs(THREE, inputs.pools, (year,), inputs.weights)
    result = rules.compare_models(inputs, models)
    assert result["Kostnad"].isna().all()       # no key 2025, no users 2024
    split = rules.next_year_split(inputs, models, {"IT": 100.0, "Växel": 0.0},
                                      np.zeros(3), 2025)
    assert split["Budget 2025"].tolist() == [25.0, 25.0, 50.0, 10.0, 30.0, 60.0]
    assert split["Underlag"].tolist()[0] == {"befolkning": 2024}       # the latest known
    assert financing.basis_text({"befolkning": 2024}, 2025) == "befolkning 1/11 2022 (senast kända)"


@pytest.mark.parametrize("specs, message", [
    ([{"name": "X", "driver": "anstallda"}], r'financing_models\[1\]\.driver: "anstallda" '
                                             "är ingen fördelningsgrund"),
    ([{"name": "X", "driver": "lika", "pools": {"Skrivare": "lika"}}],
     r"financing_models\[1\]\.pools\.Skrivare: \"Skrivare\" är ingen pool"),
    ([{"name": "X", "driver": "fast", "andelar": {"A": 20, "B": 30, "D": 50}}],
     r"andelar: \"D\" finns inte i kommuner"),
    ([{"name": "X", "driver": "fast", "andelar": {"A": 20, "B": 30, "C": 49}}],
     r"financing_models\[1\]\.andelar: andelarna summerar till 99 %, inte 100"),
    ([{"name": "X", "driver": "fast"}], "behöver en procentsats per kommun"),
    ([{"name": "X", "driver": "lika", "grundavgift_procent": 120}], "ligger inte mellan 0 och 100"),
    ([{"name": "X", "driver": "lika"}, {"name": "X", "driver": "lika"}],
     r"financing_models\[2\]\.name: namnet används två gånger"),
    ([{"name": "X", "driver": "lika", "typ": 1}], r"financing_models\[1\]\.typ: okänd nyckel"),
    ([], "ska vara en lista med minst en modell"),
])
def test_bad_models_are_param_errors(specs, message):
    with pytest.raises(ParamError, match=message):
        source = "params/defaults.yaml"
        rules.model_specs(rules.typed_models(specs, source), three_inputs(), source)


def test_validate_params_names_the_file(ctx_2024):
    financing.validate_params(ctx_2024)         # the shipped defaults are valid
    ctx = with_params(ctx_2024, financing_models=[{"name": "X", "driver": "datorer"}])
    with pytest.raises(ParamError, match=r"^params/defaults\.yaml: financing_models\[1\]"
                                         r"\.driver: \"datorer\" är ingen fördelningsgrund"):
        financing.validate_params(ctx)
    ctx = with_params(ctx_2024, upprakning_procent={"kontogrupper": {"Resor": 2}})
    with pytest.raises(ParamError, match="\"Resor\" finns inte i kontogrupper"):
        financing.validate_params(ctx)


# ---------------------------------------------------------------- the entry point

CALLS_MODEL = {"name": "Växel efter samtal", "driver": "befolkning",
               "pools": {"Telefonväxel": "samtal"}}


def drivers(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["driver", "year", "kommun", "value"])


def test_compare_with_driver_rows_replacing_the_datas(ctx_2024):
    """Calls 2023 given as 1 000 / 3 000 instead of 3 603 / 5 392: Telefonväxel 25 % / 75 %;
    Herrljunga 18 347 × 43,6 % + 624 × 25 % = 8 155,3 → 8 155; 18 971 − 8 155 = 10 816."""
    inputs = rules.inputs_for(ctx_2024.dataset, ctx_2024.period)
    models = [rules.CURRENT_MODEL, CALLS_MODEL]
    rows = drivers([("samtal", 2023, "Herrljunga", 1000), ("samtal", 2023, "Vårgårda", 3000)])
    found = rules.compare(ctx_2024.dataset, ctx_2024.period, rules.typed_models(models),
                          drivers=rows, inputs=inputs)
    result = rows_of(found, "Växel efter samtal", 2024)
    assert result["Andel Telefonväxel"].tolist() == [0.25, 0.75]
    assert result["Kostnad"].tolist() == [8155.0, 10816.0]
    assert inputs.weights["samtal"][2023].tolist() == [3603.0, 5392.0]   # cached: untouched
    without = rules.compare(ctx_2024.dataset, ctx_2024.period, rules.typed_models(models))
    assert rows_of(without, "Växel efter samtal", 2024)["Kostnad"].tolist() == [8250.0, 10721.0]


def test_results_for_with_cached_inputs_is_the_same(ctx_2024):
    inputs = rules.inputs_for(ctx_2024.dataset, ctx_2024.period)
    result = rules.results_for(ctx_2024, inputs)
    expected = rules.results_for(ctx_2024)
    pd.testing.assert_frame_equal(result.comparison, expected.comparison)
    pd.testing.assert_frame_equal(result.next_year, expected.next_year)
    pd.testing.assert_frame_equal(result.next_budget, expected.next_budget)


@pytest.mark.parametrize("rows, models, reason, message", [
    ([("samtal", 2023, "Herrljunga", -5), ("samtal", 2023, "Vårgårda", 1)], None,
     "negative", "värdet för Herrljunga är negativt"),
    ([("samtal", 2023, "Herrljunga", 5)], None, "missing_value", "värde för samtal 2023 saknas för "
                                                                "Vårgårda"),
    ([("samtal", 2023, "Herrljunga", float("nan")), ("samtal", 2023, "Vårgårda", 1)], None,
     "missing_value", "värde saknas för Herrljunga"),
    ([("samtal", 2023, "Tredje", 5)], None, "unknown_kommun", "\"Tredje\" finns inte i kommuner"),
    ([("anvandare", 2023, "Herrljunga", 0), ("anvandare", 2023, "Vårgårda", 0)], None,
     "zero_total", "värdena för anvandare 2023 summerar till noll"),
    ([("lika", 2023, "Herrljunga", 1), ("lika", 2023, "Vårgårda", 1)], None,
     "builtin_driver", "inbyggd fördelningsgrund"),
    (None, [{"name": "F", "driver": "fast", "andelar": {"Herrljunga": -10, "Vårgårda": 110}}],
     "negative", r"andelar\.Herrljunga: -10 är negativt"),
    (None, [{"name": "F", "driver": "fast", "andelar": {"Herrljunga": 40, "Vårgårda": 50}}],
     "share_sum", "andelarna summerar till 90 %, inte 100"),
    (None, [{"name": "F", "driver": "fast", "andelar": {"Herrljunga": 40, "Vårgårda": None}}],
     "missing_value", "värde saknas för Vårgårda"),
    (None, [{"name": "G", "driver": "lika", "grundavgift_procent": float("nan")}],
     "not_a_number", "grundavgift_procent: nan är inget tal"),
    (None, [{"name": " ", "driver": "lika"}], "name_missing", "namnet saknas"),
])
def test_compare_rejects_bad_values_with_one_line(ctx_2024, rows, models, reason, message):
    models = [rules.CURRENT_MODEL, *(models or [CALLS_MODEL])]
    with pytest.raises(rules.ModelError, match=message) as caught:
        rules.compare(ctx_2024.dataset, ctx_2024.period, rules.typed_models(models),
                      drivers=None if rows is None else drivers(rows))
    assert caught.value.reason == reason
    assert isinstance(caught.value, ParamError) and "\n" not in str(caught.value)


def test_compare_required_model_needs_its_driver_year(ctx_2023):
    """2023: calls counted in 2022 are not in the data."""
    models = [rules.CURRENT_MODEL, CALLS_MODEL]
    found = rules.compare(ctx_2023.dataset, ctx_2023.period, rules.typed_models(models))
    assert rows_of(found, "Växel efter samtal", 2023)["Kostnad"].isna().all()
    with pytest.raises(rules.ModelError, match="fördelningsgrunden samtal saknar värden för 2023 "
                                               r"\(uppgiftsår 2022\)") as caught:
        rules.compare(ctx_2023.dataset, ctx_2023.period, rules.typed_models(models),
                      required=["Växel efter samtal"])
    assert caught.value.details == {"driver": "samtal", "year": 2023, "data_year": 2022}


# ---------------------------------------------------------------- the checks can fail

def three_results() -> rules.Results:
    """TEST data (three_inputs) under two models; each kommun's costs sum to 700."""
    inputs = three_inputs()
    models = rules.model_specs(rules.typed_models([{"name": "Befolkning", "driver": "befolkning"},
                                                   {"name": "Lika", "driver": "lika"}]), inputs)
    return rules.Results(inputs, models, rules.compare_models(inputs, models), pd.DataFrame(),
                         pd.DataFrame(), 1)


def statuses(checks) -> dict:
    return {c.description: c.status for c in checks}


def test_model_checks_pass_on_consistent_figures():
    result = statuses(financing.model_checks(three_results(), 2024, "prognos", 700.0, 1.0))
    assert result == {
        "Befolkning: andelarna för IT 2024 summerar till 100 %": PASS,
        "Befolkning: andelarna för Växel 2024 summerar till 100 %": PASS,
        "Befolkning: kostnaden per kommun summerar till nettokostnaden (prognos 2024)": PASS,
        "Lika: andelarna för IT 2024 summerar till 100 %": PASS,
        "Lika: andelarna för Växel 2024 summerar till 100 %": PASS,
        "Lika: kostnaden per kommun summerar till nettokostnaden (prognos 2024)": PASS}


def test_model_checks_fail_when_the_statement_differs():
    """The resultaträkning says 710, the models' costs sum to 700: 10 > 3 × 1 tkr."""
    result = statuses(financing.model_checks(three_results(), 2024, "prognos", 710.0, 1.0))
    assert result["Lika: kostnaden per kommun summerar till nettokostnaden (prognos 2024)"] \
        == FAIL
    within = statuses(financing.model_checks(three_results(), 2024, "prognos", 702.0, 1.0))
    assert within["Lika: kostnaden per kommun summerar till nettokostnaden (prognos 2024)"] \
        == PASS     # 2 tkr: within the tolerance of 1 tkr per kommun


def test_model_checks_fail_when_shares_do_not_sum_to_100():
    found = three_results()
    rows = (found.comparison["Modell"] == "Lika") & (found.comparison["Kommun"] == "A")
    found.comparison.loc[rows, "Andel Växel"] = 0.344   # 34,4 + 33,3 + 33,3 = 101,0 %
    result = statuses(financing.model_checks(found, 2024, "prognos", 700.0, 1.0))
    assert result["Lika: andelarna för Växel 2024 summerar till 100 %"] == FAIL
    assert result["Lika: andelarna för IT 2024 summerar till 100 %"] == PASS


# ---------------------------------------------------------------- the embedded data

def test_2024_calls_model_and_current_model(ctx_2024):
    results = rules.results_for(ctx_2024)
    calls = rows_of(results, "Växeln efter samtal", 2024)
    assert calls["Andel Telefonväxel"].tolist() == [0.401, 0.599]     # 3 603 / 5 392
    assert calls["Andel IT Gemensamt"].tolist() == [0.436, 0.564]
    # 18 347 × 43,6 % + 624 × 40,1 % = 8 249,516 -> 8 250
    assert calls["Kostnad"].tolist() == [8250.0, 10721.0]
    assert calls["Skillnad mot nuvarande modell"].tolist() == [-21.0, 21.0]
    current = rows_of(results, "Nuvarande modell", 2024)
    assert current["Kostnad"].tolist() == [8271.0, 10700.0]
    assert current["Avvikelse"].tolist() == [907.0, -907.0]
    assert ("Med modellen Växeln efter samtal skulle Herrljunga betala "
            f"8{NBSP}250{NBSP}tkr, 21{NBSP}tkr mindre än med nuvarande modell.") \
        in financing.summary(ctx_2024)


def test_2025_budget_per_kommun_under_each_model(ctx_2024):
    results = rules.results_for(ctx_2024)
    split = results.next_year
    assert list(split["Modell"].unique()) == [m.name for m in results.models]
    assert not split["Budget 2025"].isna().any()
    # uppräkning 0 %: next year's budget is 2024's, 18 971, under every model
    assert (split.groupby("Modell")["Budget 2025"].sum() == 18971.0).all()
    current = split[split["Modell"] == "Nuvarande modell"]["Budget 2025"].tolist()
    assert current == [8271.0, 10700.0]     # 18 971 × 43,6 % (latest known key)
    notes = financing.next_year_notes(results, 2025)
    assert any("1/11 2023" in n and "1/11 2022" in n for n in notes)


def test_uprating_raises_next_years_budget(ctx_2024):
    ctx = with_params(ctx_2024, upprakning_procent={"default": 0,
                                                    "kontogrupper": {"Personalkostnader": 10}})
    results = rules.results_for(ctx)
    # personalkostnader 14 929 × 10 % = 1 492,9 more
    assert results.next_budget["Budget 2025"].sum() == pytest.approx(18971 + 1492.9)
    totals = results.next_year.groupby("Modell")["Budget 2025"].sum()
    assert (totals == 20464.0).all()


def test_2023_current_model_reproduces_record_and_calls_are_missing(ctx_2023):
    results = rules.results_for(ctx_2023)
    current = rows_of(results, "Nuvarande modell", 2023)
    assert current["Kostnad"].tolist() == [11603.0, 14827.0]
    # one figure, one value: the results of record (878 / −1 097), not 12 480 − 11 603 = 877
    assert current["Avvikelse"].tolist() == [878.0, -1097.0]
    calls = rows_of(results, "Växeln efter samtal", 2023)
    assert calls["Kostnad"].isna().all()       # no 2022 calls
    assert "Modellen Växeln efter samtal saknar underlag för 2023 (uppgift saknas)." \
        in financing.summary(ctx_2023)


def test_history_every_year_with_cumulative_difference(ctx_2024):
    history = financing.history_table(rules.results_for(ctx_2024))
    equal = history[(history["Modell"] == "Lika delar") & (history["Kommun"] == "Herrljunga")]
    assert equal["År"].tolist() == ["2021", "2022", "2023", "2024"]
    # 2022: 11 613 − 10 229 (of record) = 1 384; 2023: 13 215 − 11 603 = 1 612;
    # 2024: 9 486 − 8 271 = 1 215; cumulative 1 384, 2 996, 4 211
    assert equal["Ackumulerad skillnad mot nuvarande modell"].tolist()[1:] == [
        1384.0, 2996.0, 4211.0]
    assert equal["Avser"].tolist()[2:] == ["utfall", "prognos 2024-02"]


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_checks_page_lists_the_new_checks(period):
    ctx = report.open_report(period)
    checks = [c for c in report.gather(ctx)["checks"] if c.area == financing.AREA]
    descriptions = [c.description for c in checks]
    assert any("Nuvarande modell: andelarna för Telefonväxel" in d for d in descriptions)
    assert any("Nuvarande modell: kostnaden per kommun summerar" in d for d in descriptions)
    assert all(c.status == "pass" for c in checks)
    figures = report.gather(ctx)["key_figures"][financing.AREA]
    assert [f.name for f in figures] == [
        f"Största skillnad mellan finansieringsmodellerna, {k}" for k in KOMMUNER]


# ---------------------------------------------------------------- bad input

HEADER = "driver,year,kommun,value,source\n"


@pytest.mark.parametrize("rows, message", [
    ("samtal,2023,Tredje,5,test\n",
     r'fordelningsnycklar\.csv:2: kommun: "Tredje" finns inte i kommuner'),
    ("samtal,2023,Herrljunga,-5,test\n",
     r"fordelningsnycklar\.csv:2: value: -5 är mindre än det minsta tillåtna, 0"),
    ("anvandare,2023,Herrljunga,0,test\nanvandare,2023,Vårgårda,0,test\n",
     r"fordelningsnycklar\.csv:3: value: värdena för anvandare 2023 summerar till noll"),
    ("lika,2023,Herrljunga,1,test\n", r'fordelningsnycklar\.csv:2: driver: "lika" är en inbyggd'),
])
def test_bad_driver_table(data_dir, rows, message):
    (data_dir / "fordelningsnycklar.csv").write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


def test_driver_table_is_optional(data_dir):
    (data_dir / "fordelningsnycklar.csv").unlink()
    ctx = report.open_report("2024-02", data_dir=data_dir,
                             overrides={"financing_models": [{"name": "Nu",
                                                              "driver": "befolkning"}]})
    result = rules.report_year(rules.results_for(ctx), 2024)["Kostnad"].tolist()
    assert result == [8271.0, 10700.0]


# ---------------------------------------------------------------- the notebook

NOTEBOOK = "80-finansieringsmodell.ipynb"


@pytest.mark.slow
def test_notebook_2024_02(published_notebook):
    nb = published_notebook("2024-02", NOTEBOOK)
    text = notebook_text(nb)
    for number in ("40,1 %", "59,9 %", "43,6 %", "8 250", "10 721", "8 271", "10 700", "-21"):
        assert sv(number) in text, number
    for words in ("Växeln efter samtal", "antagande", "Budget 2025 per kommun och modell", "1/11 2022 (senast kända)",
                  "Förvaltningsberättelse 2023 (nya växeln från 2023-09-26)"):
        assert words in text, words
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1


@pytest.mark.slow
def test_notebook_2023_12(published_notebook):
    text = notebook_text(published_notebook("2023-12", NOTEBOOK))
    for number in ("11 603", "14 827", "43,9 %", "+878", "-1 097"):
        assert sv(number) in text, number
    assert sv("+877") not in text  # the result of record is shown, never the recomputed one
    assert "Uppgift saknas för 2023 för Växeln efter samtal" in text
    assert "uppgift saknas" in text


def test_deviation_of_record_only_where_the_cost_is_of_record():
    # rule: avvikelse = budget − cost between shown amounts, except where the shown cost is
    # the closed year's cost of record: then the result of record (one figure, one value)
    year = rules.YearCost(2023, "utfall", {"P": 26430.0}, np.zeros(2), np.array([12480.0, 13730.0]),
                          cost_of_record=np.array([11603.0, 14827.0]),
                          result_of_record=np.array([878.0, np.nan]))
    budget = np.array([12480.0, 13730.0])
    result = rules.deviation_shown(budget, np.array([11603.0, 14827.0]), year)
    expected = np.array([878.0, 13730.0 - 14827.0])  # Vårgårda: no result of record here
    np.testing.assert_array_equal(result, expected)
    other_model = rules.deviation_shown(budget, np.array([13215.0, 13215.0]), year)
    np.testing.assert_array_equal(other_model, budget - np.array([13215.0, 13215.0]))
