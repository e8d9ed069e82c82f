"""Financing models, the page (notebook 80): the report year's table, the chart frame,
missing figures, formats, the history, next year, the driver explanations and the
footnote, exact for both report periods.

Figures come from the committee's papers (annual report 2023: "Organisatorisk fördelning",
"Fördelning 2023" 43,9 % / 56,1 %, budget 2023 47,6 % / 52,4 %; monthly report per
2024-02-29, section 1: pools IT Gemensamt 18 347 and Telefonväxel 624, budget 9 178 /
9 793, befolkning 43,6 % / 56,4 %, budget 48,4 % / 51,6 %; calls 2023 3 603 / 5 392) or
from the rule stated beside each case. Rules used throughout: a pool share is grundavgift /
members + (1 − grundavgift) × the driver's share, rounded to 0,1 % by largest remainder;
cost = Σ pool × share, rounded to whole tkr by largest remainder (ties to the first
kommun); avvikelse = budget − cost; the difference is cost − the current model's cost.
Fast: no notebook, no CLI.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import financing
from itvt_lib.areas import financing as rules
from itvt_lib.core.formatting import NBSP

NAN = float("nan")


H, V = "Herrljunga", "Vårgårda"


NOW, CALLS, BUDGET, EQUAL, BASE = ("Nuvarande modell", "Växeln efter samtal", "Budgetandel",
                                   "Lika delar", "Grundavgift 30 % och befolkning")


DIFF, CUM = "Skillnad mot nuvarande modell", "Ackumulerad skillnad mot nuvarande modell"


IT, TEL = "Andel IT Gemensamt", "Andel Telefonväxel"


CALLS_SPEC = {"name": "Växel efter samtal", "driver": "befolkning",
              "pools": {"Telefonväxel": "samtal"}}


@pytest.fixture(scope="module")
def results(ctx_2023, ctx_2024):
    """The report's results per period (params/defaults.yaml models)."""
    return {"2023-12": rules.results_for(ctx_2023), "2024-02": rules.results_for(ctx_2024)}


def frame(rows, columns) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


REPORT_COLUMNS = ["Modell", "Kommun", IT, TEL, "Kostnad", "Budget", "Avvikelse", DIFF]


REPORT_ROWS = {
    # 2023, utfall: pools 25 975 + 454 = 26 430; budget 12 480 / 13 730.
    "2023-12": [
        # of record: cost 11 603 / 14 827 and resultat 878 / −1 097 (one figure, one value)
        (NOW, H, 0.439, 0.439, 11603.0, 12480.0, 878.0, 0.0),
        (NOW, V, 0.561, 0.561, 14827.0, 13730.0, -1097.0, 0.0),
        # calls counted in 2022 are not in the data: missing, the budget still shown
        (CALLS, H, NAN, NAN, NAN, 12480.0, NAN, NAN),
        (CALLS, V, NAN, NAN, NAN, 13730.0, NAN, NAN),
        # 26 430 × 47,6 % = 12 580,68 -> 12 581; 13 849,32 -> 13 849
        (BUDGET, H, 0.476, 0.476, 12581.0, 12480.0, -101.0, 978.0),
        (BUDGET, V, 0.524, 0.524, 13849.0, 13730.0, -119.0, -978.0),
        # 13 215 each
        (EQUAL, H, 0.5, 0.5, 13215.0, 12480.0, -735.0, 1612.0),
        (EQUAL, V, 0.5, 0.5, 13215.0, 13730.0, 515.0, -1612.0),
        # 0,15 + 0,7 × 43,9 % = 45,73 % -> 45,7 %; 26 430 × 45,7 % = 12 078,51 -> 12 079
        (BASE, H, 0.457, 0.457, 12079.0, 12480.0, 401.0, 476.0),
        (BASE, V, 0.543, 0.543, 14351.0, 13730.0, -621.0, -476.0),
    ],
    # 2024, prognos 2024-02: pools 18 347 + 624 = 18 971; budget 9 178 / 9 793.
    "2024-02": [
        # 18 971 × 43,6 % = 8 271,356 -> 8 271
        (NOW, H, 0.436, 0.436, 8271.0, 9178.0, 907.0, 0.0),
        (NOW, V, 0.564, 0.564, 10700.0, 9793.0, -907.0, 0.0),
        # 18 347 × 43,6 % + 624 × 40,1 % = 8 249,516 -> 8 250
        (CALLS, H, 0.436, 0.401, 8250.0, 9178.0, 928.0, -21.0),
        (CALLS, V, 0.564, 0.599, 10721.0, 9793.0, -928.0, 21.0),
        # 18 971 × 48,4 % = 9 181,964 -> 9 182
        (BUDGET, H, 0.484, 0.484, 9182.0, 9178.0, -4.0, 911.0),
        (BUDGET, V, 0.516, 0.516, 9789.0, 9793.0, 4.0, -911.0),
        # 9 485,5 each: the tied tkr to the first kommun
        (EQUAL, H, 0.5, 0.5, 9486.0, 9178.0, -308.0, 1215.0),
        (EQUAL, V, 0.5, 0.5, 9485.0, 9793.0, 308.0, -1215.0),
        # 0,15 + 0,7 × 43,6 % = 45,52 % -> 45,5 %; 18 971 × 45,5 % = 8 631,805 -> 8 632
        (BASE, H, 0.455, 0.455, 8632.0, 9178.0, 546.0, 361.0),
        (BASE, V, 0.545, 0.545, 10339.0, 9793.0, -546.0, -361.0),
    ],
}


YEAR = {"2023-12": 2023, "2024-02": 2024}


# ---------------------------------------------------------------- the report year's table


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_report_table(results, period):
    result = financing.report_table(results[period], YEAR[period])
    expected = frame(REPORT_ROWS[period], REPORT_COLUMNS)
    pd.testing.assert_frame_equal(result, expected)


CHART = {
    # models without figures left out: 2023 has no calls model
    "2023-12": {NOW: [11603.0, 14827.0], BUDGET: [12581.0, 13849.0],
                EQUAL: [13215.0, 13215.0], BASE: [12079.0, 14351.0]},
    "2024-02": {NOW: [8271.0, 10700.0], CALLS: [8250.0, 10721.0],
                BUDGET: [9182.0, 9789.0], EQUAL: [9486.0, 9485.0], BASE: [8632.0, 10339.0]},
}


def wide(data: dict, kommuner) -> pd.DataFrame:
    """Kommun (rows) × model (columns), both in the given order."""
    return pd.DataFrame(data, index=pd.Index(list(kommuner), name="Kommun"),
                        columns=pd.Index(list(data), name="Modell"))


# ---------------------------------------------------------------- the chart


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_chart_frame(results, period):
    result = financing.chart_frame(results[period], YEAR[period])
    pd.testing.assert_frame_equal(result, wide(CHART[period], [H, V]))


def test_chart_frame_keeps_the_order_of_kommuner_and_models():
    """abc_results: members C, A, B and models Nu, Lika, neither alphabetical."""
    result = financing.chart_frame(abc_results(), 2024)
    expected = wide({"Nu": [300.0, 150.0, 150.0], "Lika": [200.0, 200.0, 200.0]},
                    ["C", "A", "B"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- missing figures


@pytest.mark.parametrize("period, expected", [
    ("2023-12", ["Uppgift saknas för 2023 för Växeln efter samtal: underlaget för året "
                 "finns inte bland indata."]),       # calls counted in 2022 are not in the data
    ("2024-02", []),                           # calls 2023 are: every model has figures
])
def test_missing_lines(results, period, expected):
    assert financing.missing_lines(results[period], YEAR[period]) == expected


def test_missing_lines_names_every_model_without_figures(ctx_2023):
    """2023: two models with a pool after calls, neither has figures (no 2022 calls)."""
    models = [rules.CURRENT_MODEL, CALLS_SPEC,
              {"name": "IT efter samtal", "driver": "befolkning",
               "pools": {"IT Gemensamt": "samtal"}}]
    found = rules.compare(ctx_2023.dataset, ctx_2023.period, rules.typed_models(models))
    result = financing.missing_lines(found, 2023)
    assert result == ["Uppgift saknas för 2023 för Växel efter samtal och IT efter samtal: "
                      "underlaget för året finns inte bland indata."]


# Each formatter is known by what it prints for a share and for an amount (TEST values).
PROBES = (0.43649, -1234.56, 878.0)


def printed(formats: dict) -> dict:
    """What each column's formatter prints for PROBES."""
    return {column: tuple(f(value) for value in PROBES) for column, f in formats.items()}


def percent(decimals: int) -> tuple:
    """A share in percent with `decimals` decimals, NBSP before "%", U+2212 minus."""
    return {1: ("43,6\u00a0%", "\u2212123\u00a0456,0\u00a0%", "87\u00a0800,0\u00a0%"),
            2: ("43,65\u00a0%", "\u2212123\u00a0456,00\u00a0%", "87\u00a0800,00\u00a0%")}[decimals]


PERCENT1 = percent(1)
IN_PERCENT1 = ("0,4\u00a0%", "\u22121\u00a0234,6\u00a0%", "878,0\u00a0%")  # already in percent
CHANGE1 = ("+0,4\u00a0%", "\u22121\u00a0234,6\u00a0%", "+878,0\u00a0%")     # a change: signed
SIGNED = ("–", "\u22121\u00a0235", "+878")   # whole tkr, signed: 0 shows as "–"
YEARS = ("0", "-1234", "878")  # a year: the integer's digits, no grouping


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
@pytest.mark.parametrize("decimals", [1, 2])
def test_formats_of_the_report_table(results, period, decimals):
    """Shares as percent with the share decimals; avvikelse and difference signed."""
    table = financing.report_table(results[period], YEAR[period])
    result = printed(financing.formats(table, decimals))
    share = percent(decimals)
    assert result == {IT: share, TEL: share, "Avvikelse": SIGNED, DIFF: SIGNED}


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_formats_of_history_next_budget_and_split(results, period):
    """The notebook's calls: history and next budget without decimals (default 1); the
    uppräkning, held in percent (0 in the params), is printed in percent, not as a share."""
    found = results[period]
    history = printed(financing.formats(financing.history_table(found)))
    assert history == {"År": YEARS, "Avvikelse": SIGNED, CUM: SIGNED}
    next_budget = printed(financing.formats(found.next_budget))
    expected = {"2023-12": {"Förändring %": CHANGE1},   # budget 2024 adopted: its change
                "2024-02": {"Uppräkning % (antagande)": IN_PERCENT1}}[period]
    assert next_budget == expected
    split = financing.next_year_table(found, YEAR[period] + 1)
    assert printed(financing.formats(split, found.decimals)) == {IT: PERCENT1, TEL: PERCENT1}


def test_formats_render_the_papers_way():
    """43,6 % with one decimal; signed amounts: +878, −1 097; a table without such columns
    has no formats."""
    table = pd.DataFrame({"Andel X": [0.436], "Avvikelse": [878.0], DIFF: [-1097.0],
                          "Kostnad": [1.0]})
    result = {c: f(table[c].iloc[0]) for c, f in financing.formats(table).items()}
    assert result == {"Andel X": f"43,6{NBSP}%", "Avvikelse": "+878",
                      DIFF: f"\u22121{NBSP}097"}
    assert financing.formats(pd.DataFrame({"Kostnad": [1.0]})) == {}


MISSING = (NAN, NAN, NAN, NAN)


# per model: (year, avser, Herrljunga, Vårgårda) with (Kostnad, Budget, Avvikelse,
# Ackumulerad skillnad). 2021: the papers give no pools per kostnadsställe; 2022: no key
# (population 1/11 2020) and no budget per kommun, but the pools (22 160 + 323) and the
# kommunspecifika (371 / 416): lika 11 241,5 + 371 -> 11 613, 11 241,5 + 416 -> 11 657.
# The current model of a closed year is the cost of record per kommun (page 02's "Bokslut
# 2021" 7 554 / 12 168, "Bokslut 2022" 10 229 / 13 041), so lika differs by 11 613 − 10 229
# = 1 384 in 2022, cumulative 1 384 + 1 612 = 2 996 in 2023.
HISTORY_2023 = {
    NOW: [(2021, "utfall", (7554.0, NAN, NAN, 0.0), (12168.0, NAN, NAN, 0.0)),
          (2022, "utfall", (10229.0, NAN, NAN, 0.0), (13041.0, NAN, NAN, 0.0)),
          (2023, "utfall", (11603.0, 12480.0, 878.0, 0.0), (14827.0, 13730.0, -1097.0, 0.0))],
    CALLS: [(2021, "utfall", MISSING, MISSING), (2022, "utfall", MISSING, MISSING),
            (2023, "utfall", (NAN, 12480.0, NAN, NAN), (NAN, 13730.0, NAN, NAN))],
    BUDGET: [(2021, "utfall", MISSING, MISSING), (2022, "utfall", MISSING, MISSING),
             (2023, "utfall", (12581.0, 12480.0, -101.0, 978.0),
              (13849.0, 13730.0, -119.0, -978.0))],
    EQUAL: [(2021, "utfall", MISSING, MISSING),
            (2022, "utfall", (11613.0, NAN, NAN, 1384.0), (11657.0, NAN, NAN, -1384.0)),
            (2023, "utfall", (13215.0, 12480.0, -735.0, 2996.0),
             (13215.0, 13730.0, 515.0, -2996.0))],
    BASE: [(2021, "utfall", MISSING, MISSING), (2022, "utfall", MISSING, MISSING),
           (2023, "utfall", (12079.0, 12480.0, 401.0, 476.0),
            (14351.0, 13730.0, -621.0, -476.0))],
}


# 2024 adds the report year; cumulative = 2023's difference + 2024's (calls: 2023 adds
# nothing): 978 + 911 = 1 889, 2 996 + 1 215 = 4 211, 476 + 361 = 837.
PROGNOS = "prognos 2024-02"


HISTORY_2024 = {
    NOW: (2024, PROGNOS, (8271.0, 9178.0, 907.0, 0.0), (10700.0, 9793.0, -907.0, 0.0)),
    CALLS: (2024, PROGNOS, (8250.0, 9178.0, 928.0, -21.0), (10721.0, 9793.0, -928.0, 21.0)),
    BUDGET: (2024, PROGNOS, (9182.0, 9178.0, -4.0, 1889.0), (9789.0, 9793.0, 4.0, -1889.0)),
    EQUAL: (2024, PROGNOS, (9486.0, 9178.0, -308.0, 4211.0), (9485.0, 9793.0, 308.0, -4211.0)),
    BASE: (2024, PROGNOS, (8632.0, 9178.0, 546.0, 837.0), (10339.0, 9793.0, -546.0, -837.0)),
}


def history_expected(blocks: dict) -> pd.DataFrame:
    """Rule of the page: models in the params' order, then years, then kommuner in order."""
    rows = [(name, str(year), kommun, avser, *figures)
            for name, years in blocks.items() for year, avser, h, v in years
            for kommun, figures in ((H, h), (V, v))]
    return frame(rows, ["Modell", "År", "Kommun", "Avser", "Kostnad", "Budget", "Avvikelse",
                        CUM])


# ---------------------------------------------------------------- history


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_history_table(results, period):
    blocks = {name: years + ([HISTORY_2024[name]] if period == "2024-02" else [])
              for name, years in HISTORY_2023.items()}
    result = financing.history_table(results[period])
    pd.testing.assert_frame_equal(result, history_expected(blocks))


NEXT_COLUMNS = ["Modell", "Kommun", IT, TEL]


KEY_2022 = "befolkning 1/11 2022"       # the key of 2024: population 1/11 2022


LATE = " (senast kända)"


NEXT = {
    # from 2023-12: budget 2024 is adopted and in the data, 18 971 (IT 18 347, Växel 624),
    # used as it is (not budget 2023 raised). Every key of 2024 is known.
    "2023-12": ("Budget 2024", [
        (NOW, H, 0.436, 0.436, 8271.0, KEY_2022),          # 18 971 × 43,6 % = 8 271,36
        (NOW, V, 0.564, 0.564, 10700.0, KEY_2022),
        # 18 347 × 43,6 % + 624 × 40,1 % = 8 249,52 -> 8 250; calls of 2023 for 2024
        (CALLS, H, 0.436, 0.401, 8250.0, f"{KEY_2022}, samtal till växeln 2023"),
        (CALLS, V, 0.564, 0.599, 10721.0, f"{KEY_2022}, samtal till växeln 2023"),
        (BUDGET, H, 0.484, 0.484, 9182.0, "budget 2024"),
        (BUDGET, V, 0.516, 0.516, 9789.0, "budget 2024"),
        (EQUAL, H, 0.5, 0.5, 9486.0, "lika delar"),
        (EQUAL, V, 0.5, 0.5, 9485.0, "lika delar"),
        (BASE, H, 0.455, 0.455, 8632.0, KEY_2022),
        (BASE, V, 0.545, 0.545, 10339.0, KEY_2022),
    ]),
    # from 2024-02: budget 2025 = budget 2024, 18 971 (IT 18 347, Växel 624). The key of
    # 2025 (1/11 2023), calls of 2024 and budget 2025 are not in the data: the latest
    # known are used, so the amounts are the report year's.
    "2024-02": ("Budget 2025", [
        (NOW, H, 0.436, 0.436, 8271.0, KEY_2022 + LATE),
        (NOW, V, 0.564, 0.564, 10700.0, KEY_2022 + LATE),
        (CALLS, H, 0.436, 0.401, 8250.0, f"{KEY_2022}{LATE}, samtal till växeln 2023{LATE}"),
        (CALLS, V, 0.564, 0.599, 10721.0, f"{KEY_2022}{LATE}, samtal till växeln 2023{LATE}"),
        (BUDGET, H, 0.484, 0.484, 9182.0, "budget 2024" + LATE),
        (BUDGET, V, 0.516, 0.516, 9789.0, "budget 2024" + LATE),
        (EQUAL, H, 0.5, 0.5, 9486.0, "lika delar"),
        (EQUAL, V, 0.5, 0.5, 9485.0, "lika delar"),
        (BASE, H, 0.455, 0.455, 8632.0, KEY_2022 + LATE),
        (BASE, V, 0.545, 0.545, 10339.0, KEY_2022 + LATE),
    ]),
}


# ---------------------------------------------------------------- next year


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_next_year_table(results, period):
    budget, rows = NEXT[period]
    result = financing.next_year_table(results[period], YEAR[period] + 1)
    expected = frame(rows, [*NEXT_COLUMNS, budget, "Nyckel"])
    pd.testing.assert_frame_equal(result, expected)
    assert "Underlag" in results[period].next_year.columns     # the results are untouched


ASSUMPTION = ("Budget {y} är ett antagande: budget {p} per kontogrupp uppräknad med "
              "uppräkningen i parametrarna, fördelad på kostnadsställen som budget {p}.")


ADOPTED = ("Budget 2024 är den antagna budgeten i data; förändringen per "
           "kontogrupp är räknad mot budget 2023.")


@pytest.mark.parametrize("period, expected", [
    ("2023-12", [ADOPTED]),                 # budget 2024 adopted; every key of 2024 known
    ("2024-02", [ASSUMPTION.format(y=2025, p=2024),
                 "Befolkningen per 1/11 2023 (nyckeln för 2025) finns inte i underlaget; den "
                 "senast kända nyckeln, per 1/11 2022, används.",
                 "Underlaget för samtal till växeln 2024 finns inte; det senast kända underlaget (2023) "
                 "används.",
                 "Underlaget för budgetandel 2025 finns inte; det senast kända underlaget "
                 "(2024) används."]),
])
def test_next_year_notes(results, period, expected):
    assert financing.next_year_notes(results[period], YEAR[period] + 1) == expected


@pytest.mark.parametrize("used, year, expected", [
    ({"befolkning": 2025}, 2025, "befolkning 1/11 2023"),        # the key of 2025
    ({"befolkning": 2024}, 2025, "befolkning 1/11 2022 (senast kända)"),
    ({"budgetandel": 2025}, 2025, "budget 2025"),
    ({"budgetandel": 2024}, 2025, "budget 2024 (senast kända)"),
    ({"anvandare": 2024}, 2025, "användare 2024"),                # counts: the year before
    ({"anvandare": 2023}, 2025, "användare 2023 (senast kända)"),
    ({"lika": None, "samtal": 2023}, 2024, "lika delar, samtal till växeln 2023"),
    ({"fast": None}, 2024, "fasta andelar"),
    ({}, 2024, ""),
])
def test_basis_text(used, year, expected):
    assert financing.basis_text(used, year) == expected


@pytest.mark.parametrize("driver, expected", [
    ("befolkning", "befolkningsandel"), ("budgetandel", "budgetandel"),
    ("lika", "lika delar"), ("fast", "fasta andelar"),
    ("samtal", "samtal till växeln"),         # a driver of the data: its Swedish name
    ("x_ny", "Fördelningsnyckel ”x_ny”"),     # one not named: its code, quoted
])
def test_driver_label(driver, expected):
    assert financing.driver_label(driver) == expected


POPULATION = ("Befolkningsandel: antal invånare den 1 november två år före budgetåret "
              "(nuvarande modell). Källa: Förvaltningsberättelse 2023, Fördelning 2023 (antal "
              "invånare 1/11 2021); Månadsrapport per 2024-02-29, Fördelning mellan kommunerna "
              "(andel anges, antal invånare anges inte).")


# ---------------------------------------------------------------- explanations and footnote


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_driver_explanations(results, period):
    """Each driver once, in the order the models first use it, with its source if the data
    names one; then each model's grundavgift."""
    result = financing.driver_explanations(results[period])
    assert result == [
        POPULATION,
        "Samtal: antal per kommun året före budgetåret. Källa: Förvaltningsberättelse 2023 "
        "(nya växeln från 2023-09-26).",
        "Budgetandel: kommunens kommunbidrag delat med det totala kommunbidraget.",
        "Lika delar: samma andel för varje medlem.",
        "Grundavgift 30 % och befolkning: 30 % av varje kostnadspool fördelas lika "
        "(grundavgift), resten efter befolkningsandel.",
    ]


def test_driver_explanations_of_fixed_shares(ctx_2024):
    """Two models with fixed shares (percent with one decimal, a zero share as "0"), one
    with grundavgift 50 %."""
    models = [rules.CURRENT_MODEL,
              {"name": "Fasta A", "driver": "fast", "andelar": {H: 0, V: 100},
               "grundavgift_procent": 50},
              {"name": "Fasta B", "driver": "fast", "andelar": {H: 43.6, V: 56.4}}]
    found = rules.compare(ctx_2024.dataset, ctx_2024.period, rules.typed_models(models))
    result = financing.driver_explanations(found)
    assert result == [
        POPULATION,
        "Fasta andelar: andelar angivna i parametrarna (Fasta A: Herrljunga 0 % och "
        "Vårgårda 100,0 %; Fasta B: Herrljunga 43,6 % och Vårgårda 56,4 %).",
        "Fasta A: 50 % av varje kostnadspool fördelas lika (grundavgift), resten efter "
        "fasta andelar.",
    ]


def test_footnote_text():
    assert financing.footnote_text() == (
        "Belopp i tkr, beräknade oavrundade och avrundade en gång; beloppen per kommun "
        "balanseras med största-restmetoden så att raderna summerar. Andelar avrundas som "
        "fördelningsnycklar. Avrundningsdifferenser kan förekomma.")


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
