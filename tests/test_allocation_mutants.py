"""Allocation between the municipalities (allocation.py): the display tables, chart frame,
formats and footnote that only the notebook used to reach, exact for both report periods,
and the values the other fast tests leave open (the mutation run's survivors, issue 18).

Figures come from the committee's papers (annual report 2023, "Organisatorisk fördelning"
and "Fördelning 2023"; monthly report per 2024-02-29, "Fördelning mellan kommunerna";
"Över- och underskottshantering 2023") or from the rule stated beside each case.
Rows marked TEST data are made up to reach a branch the embedded data does not.
Every test is fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import allocation
from itvt_lib.core.checks import KeyFigure
from itvt_lib.core.errors import DataError
from itvt_lib.core.formatting import fmt_number, fmt_percent
from itvt_lib.core.periods import Period

NAN = float("nan")
NBSP = "\u00a0"
KOMMUNER = ["Herrljunga", "Vårgårda"]
TOTAL = "Summa SeN IT"            # namnd_kort of params/defaults.yaml
SOURCE_2021 = "Förvaltningsberättelse 2023, Fördelning 2023 (antal invånare 1/11 2021)"
SOURCE_2022 = ("Månadsrapport per 2024-02-29, Fördelning mellan kommunerna (andel anges, "
               "antal invånare anges inte)")


def described(formats: dict) -> dict:
    """A formats dict as comparable values: (function, args, keywords) per column."""
    return {column: (f.func, f.args, f.keywords) for column, f in formats.items()}


# ---------------------------------------------------------------- share_formats

@pytest.mark.parametrize(("columns", "decimals", "expected"), [
    # the key table: "% fördelning" is a share, the counts are not
    (["Antal invånare 1/11 2021", "% fördelning"], 1,
     {"% fördelning": (fmt_percent, (), {"decimals": 1})}),
    # key history: "<kommun> andel" columns are shares; År, Underlag, Källa are text
    (["År", "Nyckeldatum", "Herrljunga andel", "Vårgårda andel", "Underlag", "Källa"], 2,
     {"Herrljunga andel": (fmt_percent, (), {"decimals": 2}),
      "Vårgårda andel": (fmt_percent, (), {"decimals": 2})}),
    # shares table: two shares, and the difference in signed percentage points
    (["Befolkningsandel", "Budgetandel", "Skillnad (procentenheter)"], 1,
     {"Befolkningsandel": (fmt_percent, (), {"decimals": 1}),
      "Budgetandel": (fmt_percent, (), {"decimals": 1}),
      "Skillnad (procentenheter)": (fmt_number, (), {"decimals": 1, "signed": True})}),
    # amounts only: no formatter (committee_table shows tkr)
    (["Budget", "Kostnad", "Avvikelse", "andel"], 0, {}),
    (["Andel", "Budget"], 0, {"Andel": (fmt_percent, (), {"decimals": 0})}),
])
def test_share_formats_exact(columns, decimals, expected):
    frame = pd.DataFrame(columns=columns)
    result = allocation.share_formats(frame, decimals)
    assert described(result) == expected


def test_share_formats_default_decimals_and_what_they_print():
    frame = pd.DataFrame(columns=["Befolkningsandel", "Skillnad (procentenheter)", "Budget"])
    result = allocation.share_formats(frame)
    # 43,6 % (monthly report 2024-02); 48,4 − 43,6 = +4,8 percentage points
    assert result["Befolkningsandel"](0.436) == f"43,6{NBSP}%"
    assert result["Skillnad (procentenheter)"](4.8) == "+4,8"
    assert list(result) == ["Befolkningsandel", "Skillnad (procentenheter)"]


# ---------------------------------------------------------------- key table

@pytest.mark.parametrize("rows", ["as in the file", "Vårgårda first"])
def test_key_table_2023_as_in_the_annual_report(ctx_2023, rows):
    """"Fördelning 2023": 9 510 + 12 176 = 21 686 inhabitants, 43,9 % + 56,1 % = 100,0 %,
    the members in their display order (kommuner.csv) whatever the population file's row
    order (TEST data: the file reversed)."""
    ctx = ctx_2023
    if rows == "Vårgårda first":
        befolkning = ctx_2023.dataset["befolkning"].iloc[::-1].reset_index(drop=True)
        ctx = with_tables(ctx_2023, befolkning=befolkning)
    result = allocation.key_table_for(ctx)
    expected = pd.DataFrame({"Antal invånare 1/11 2021": [9510.0, 12176.0, 21686.0],
                             "% fördelning": [0.439, 0.561, 1.0]},
                            index=[*KOMMUNER, "Summa"])
    pd.testing.assert_frame_equal(result, expected)


def test_key_table_2024_states_shares_without_counts(ctx_2024):
    """The monthly report states 43,6 / 56,4 % and no counts: the counts stay missing."""
    result = allocation.key_table_for(ctx_2024)
    expected = pd.DataFrame({"Antal invånare 1/11 2022": [NAN, NAN, NAN],
                             "% fördelning": [0.436, 0.564, 1.0]},
                            index=[*KOMMUNER, "Summa"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- key history

def test_key_history_2023(ctx_2023):
    result = allocation.key_history(ctx_2023)
    expected = pd.DataFrame({"År": ["2023"], "Nyckeldatum": ["1/11 2021"],
                             "Herrljunga andel": [0.439], "Vårgårda andel": [0.561],
                             "Underlag": ["antal invånare"], "Källa": [SOURCE_2021]})
    pd.testing.assert_frame_equal(result, expected)


def test_key_history_2024_has_both_keys(ctx_2024):
    """The 2024 key is the stated shares of 1/11 2022; the 2023 key the counts of 2021."""
    result = allocation.key_history(ctx_2024)
    expected = pd.DataFrame({"År": ["2023", "2024"], "Nyckeldatum": ["1/11 2021", "1/11 2022"],
                             "Herrljunga andel": [0.439, 0.436],
                             "Vårgårda andel": [0.561, 0.564],
                             "Underlag": ["antal invånare", "angivna andelar"],
                             "Källa": [SOURCE_2021, SOURCE_2022]})
    pd.testing.assert_frame_equal(result, expected)


def test_key_history_joins_distinct_sources_once_each(ctx_2024):
    """TEST data: two sources for the 2022 key are joined by "; " in data order, and the
    key rounds with the share_decimals parameter (43,6 / 56,4 at 0 decimals: 44 / 56)."""
    befolkning = ctx_2024.dataset["befolkning"].copy()
    befolkning["source"] = ["A", "A", "B", "C"]
    ctx = with_params(with_tables(ctx_2024, befolkning=befolkning), share_decimals=0)
    result = allocation.key_history(ctx)
    expected = pd.DataFrame({"År": ["2023", "2024"], "Nyckeldatum": ["1/11 2021", "1/11 2022"],
                             "Herrljunga andel": [0.44, 0.44],
                             "Vårgårda andel": [0.56, 0.56],
                             "Underlag": ["antal invånare", "angivna andelar"],
                             "Källa": ["A", "B; C"]})
    pd.testing.assert_frame_equal(result, expected)


def test_key_history_shows_an_incomplete_earlier_key_as_missing(ctx_2024):
    """TEST data: the 2021 key without Vårgårda's row is incomplete, so 2023's shares are
    missing (not 100 % for Herrljunga); the 2024 key is unchanged."""
    befolkning = ctx_2024.dataset["befolkning"]
    incomplete = befolkning[~((befolkning["key_date"].astype(str) == "2021-11-01")
                              & (befolkning["kommun"] == "Vårgårda"))]
    assert len(incomplete) == 3
    result = allocation.key_history(with_tables(ctx_2024, befolkning=incomplete))
    expected = pd.DataFrame({"År": ["2023", "2024"], "Nyckeldatum": ["1/11 2021", "1/11 2022"],
                             "Herrljunga andel": [NAN, 0.436],
                             "Vårgårda andel": [NAN, 0.564],
                             "Underlag": ["antal invånare", "angivna andelar"],
                             "Källa": [SOURCE_2021, SOURCE_2022]})
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- shares

@pytest.mark.parametrize(("fixture", "key", "budget_share", "points"), [
    # 2023: key 43,9 / 56,1; budget 12 480 / 26 210 = 47,6 %, 13 730 / 26 210 = 52,4 %
    ("ctx_2023", [0.439, 0.561], [0.476, 0.524], [3.7, -3.7]),
    # 2024: key 43,6 / 56,4; budget 9 178 / 18 971 = 48,4 %, 9 793 / 18 971 = 51,6 %
    ("ctx_2024", [0.436, 0.564], [0.484, 0.516], [4.8, -4.8]),
])
def test_shares_population_vs_budget(request, fixture, key, budget_share, points):
    """Difference = budget share − population share in percentage points."""
    result = allocation.shares_for(request.getfixturevalue(fixture))
    expected = pd.DataFrame({"Befolkningsandel": key, "Budgetandel": budget_share,
                             "Skillnad (procentenheter)": points}, index=KOMMUNER)
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- history

HISTORY_COLUMNS = ["År", "Kommun", "Befolkningsandel", "Budget", "Utfall/prognos", "Avser",
                   "Avvikelse"]
# Organisatorisk fördelning, annual report 2023: nettokostnad of record per kommun; no
# key and no budget per kommun before 2023; 2023 budget 12 480 / 13 730, resultat 878 / −1 097
HISTORY_CLOSED = [
    ("2021", "Herrljunga", NAN, NAN, 7554.0, "utfall", NAN),
    ("2021", "Vårgårda", NAN, NAN, 12168.0, "utfall", NAN),
    ("2022", "Herrljunga", NAN, NAN, 10229.0, "utfall", NAN),
    ("2022", "Vårgårda", NAN, NAN, 13041.0, "utfall", NAN),
    ("2023", "Herrljunga", 0.439, 12480.0, 11603.0, "utfall", 878.0),
    ("2023", "Vårgårda", 0.561, 13730.0, 14827.0, "utfall", -1097.0),
]
# 2024 prognos: 18 971 × 43,6 % = 8 271,356 and × 56,4 % = 10 699,644 (not rounded here);
# avvikelse = budget − prognos: 9 178 − 8 271,356 = 906,644, 9 793 − 10 699,644 = −906,644
HISTORY_2024 = [
    ("2024", "Herrljunga", 0.436, 9178.0, 8271.356, "prognos 2024-02", 906.644),
    ("2024", "Vårgårda", 0.564, 9793.0, 10699.644, "prognos 2024-02", -906.644),
]


@pytest.mark.parametrize(("fixture", "rows"), [
    ("ctx_2023", HISTORY_CLOSED),
    ("ctx_2024", HISTORY_CLOSED + HISTORY_2024),
])
def test_history_exact(request, fixture, rows):
    result = allocation.history_for(request.getfixturevalue(fixture))
    expected = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_history_recomputes_a_closed_year_without_a_record(request, fixture):
    """TEST data: without 2023's per-kommun records the closed year is recomputed by the
    rule: joint utfall of record 26 430 × 43,9 % = 11 602,77 and × 56,1 % = 14 827,23;
    avvikelse 12 480 − 11 602,77 = 877,23 and 13 730 − 14 827,23 = −1 097,23."""
    ctx = request.getfixturevalue(fixture)
    totals = ctx.dataset["bokslut_totaler"]
    per_kommun_2023 = (totals["year"] == 2023) & totals["kommun"].notna()
    changed = with_tables(ctx, bokslut_totaler=totals[~per_kommun_2023])
    result = allocation.history_for(changed).set_index(["År", "Kommun"]).loc["2023"]
    expected = pd.DataFrame({"Befolkningsandel": [0.439, 0.561], "Budget": [12480.0, 13730.0],
                             "Utfall/prognos": [11602.77, 14827.23],
                             "Avser": ["utfall", "utfall"],
                             "Avvikelse": [877.23, -1097.23]},
                            index=pd.Index(KOMMUNER, name="Kommun"))
    pd.testing.assert_frame_equal(result, expected)


def test_history_starts_at_the_first_year_of_record(ctx_2023):
    """TEST data: an operating statement that starts in 2023 still leaves 2021 and 2022 in
    the history, from the per-kommun records of the annual report."""
    drift = ctx_2023.dataset["driftredovisning"]
    changed = with_tables(ctx_2023, driftredovisning=drift[drift["year"] >= 2023])
    result = allocation.history_for(changed)
    expected = pd.DataFrame(HISTORY_CLOSED, columns=HISTORY_COLUMNS)
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- history chart frame

def test_history_chart_frame_from_a_long_table():
    """Rule: one row per year, "<kommun> budget" and "<kommun> utfall/prognos" per member in
    the order the members first appear; missing stays missing."""
    history = pd.DataFrame([("2022", "B", NAN, 5.0), ("2022", "A", NAN, 6.0),
                            ("2023", "B", 1.0, 2.0), ("2023", "A", 3.0, 4.0)],
                           columns=["År", "Kommun", "Budget", "Utfall/prognos"])
    result = allocation.history_chart_frame(history)
    expected = pd.DataFrame({"B budget": [NAN, 1.0], "B utfall/prognos": [5.0, 2.0],
                             "A budget": [NAN, 3.0], "A utfall/prognos": [6.0, 4.0]},
                            index=pd.Index(["2022", "2023"], name="År"))
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("fixture", "years", "prognos"), [
    ("ctx_2023", ["2021", "2022", "2023"], []),
    ("ctx_2024", ["2021", "2022", "2023", "2024"], [(9178.0, 8271.356, 9793.0, 10699.644)]),
])
def test_history_chart_frame_of_the_report(request, fixture, years, prognos):
    # budget and utfall per kommun as in HISTORY_CLOSED (annual report 2023)
    rows = [(NAN, 7554.0, NAN, 12168.0), (NAN, 10229.0, NAN, 13041.0),
            (12480.0, 11603.0, 13730.0, 14827.0), *prognos]
    result = allocation.history_chart_frame(allocation.history_for(
        request.getfixturevalue(fixture)))
    expected = pd.DataFrame(rows, columns=["Herrljunga budget", "Herrljunga utfall/prognos",
                                           "Vårgårda budget", "Vårgårda utfall/prognos"],
                            index=pd.Index(years, name="År"))
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- allocation display

ALLOCATION_COLUMNS = ["Befolkningsandel", "Budget", "Budgetandel", "Gemensamma kostnader",
                      "Kommunspecifika", "Kostnad", "Avvikelse"]


@pytest.mark.parametrize(("fixture", "rows"), [
    # 2023: of record 11 603 / 14 827 (26 430), resultat 878 / −1 097 (−219); the joint
    # cost 26 430 × 43,9 / 56,1 % = 11 602,77 / 14 827,23 is shown 11 603 / 14 827
    ("ctx_2023", [(0.439, 12480.0, 0.476, 11603.0, 0.0, 11603.0, 878.0),
                  (0.561, 13730.0, 0.524, 14827.0, 0.0, 14827.0, -1097.0),
                  (1.0, 26210.0, 1.0, 26430.0, 0.0, 26430.0, -219.0)]),
    # 2024: 18 971 × 43,6 / 56,4 % = 8 271,356 / 10 699,644 → 8 271 / 10 700 (largest
    # remainder); avvikelse 9 178 − 8 271 = 907, 9 793 − 10 700 = −907, total 0
    ("ctx_2024", [(0.436, 9178.0, 0.484, 8271.0, 0.0, 8271.0, 907.0),
                  (0.564, 9793.0, 0.516, 10700.0, 0.0, 10700.0, -907.0),
                  (1.0, 18971.0, 1.0, 18971.0, 0.0, 18971.0, 0.0)]),
])
def test_allocation_display_exact(request, fixture, rows):
    result = allocation.allocation_display_for(request.getfixturevalue(fixture))
    expected = pd.DataFrame(rows, columns=ALLOCATION_COLUMNS, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- surplus / deficit

def test_surplus_deficit_2024_prognos_exact(ctx_2024):
    """2024: IB 0 resting on the proposed write-off; the year's result is the prognos drift
    907 / −907 (0); no decision yet ("–"), so IB 2025 is unknown."""
    result = allocation.surplus_deficit_for(ctx_2024)
    expected = pd.DataFrame({
        "IB 2024": [0.0, 0.0, 0.0],
        "IB 2024, förutsättning": ["förutsatt beslut om avskrivning"] * 2 + [""],
        "Årets resultat (prognos)": [907.0, -907.0, 0.0],
        "UB 2024": [907.0, -907.0, 0.0],
        "Beslut": ["–", "–", ""],
        "IB 2025": [NAN, NAN, NAN],
    }, index=[*KOMMUNER, "Totalt"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- labels and footnote

@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_total_labels(request, fixture):
    """The statement's total (namnd_kort), the key table's "Summa", the fund's "Totalt"."""
    assert allocation.total_labels(request.getfixturevalue(fixture)) == \
        ("Summa SeN IT", "Summa", "Totalt")


def test_total_labels_follow_namnd_kort(ctx_2024):
    assert allocation.total_labels(with_params(ctx_2024, namnd_kort="Summa nämnden")) == \
        ("Summa nämnden", "Summa", "Totalt")


FOOTNOTE = ("Belopp i tkr. Positiv avvikelse är bättre än budget. Andelarna avrundas till "
            "{places} i procent med största-restmetoden så att de summerar till exakt "
            "100\u00a0%. Avrundningsdifferenser kan förekomma.")


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_footnote_default_one_decimal(request, fixture):
    result = allocation.footnote_text(request.getfixturevalue(fixture))
    assert result == FOOTNOTE.format(places="1 decimal")


@pytest.mark.parametrize(("decimals", "places"), [
    (0, "heltal"), (1, "1 decimal"), (2, "2 decimaler"), (3, "3 decimaler"),
])
def test_footnote_follows_share_decimals(ctx_2024, decimals, places):
    result = allocation.footnote_text(with_params(ctx_2024, share_decimals=decimals))
    assert result == FOOTNOTE.format(places=places)


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
    assert result[-1] == ("Servicenämnd IT/Växel/Telefoni har beslutat att respektive kommun "
                          "ska skriva av 2023 års över- respektive underskott.")


def test_summary_transfer_proposed(ctx_2023):
    """TEST data: a proposed transfer (överföring, the agreement's default)."""
    fund = ctx_2023.dataset["resultatfond"].copy()
    fund.loc[fund["year"] == 2023, "beslut"] = "overforing"
    result = allocation.summary(with_tables(ctx_2023, resultatfond=fund))
    assert result[-1] == ("Servicenämnd IT/Växel/Telefoni föreslår att respektive kommun "
                          "ska föra över 2023 års över- respektive underskott.")


# ---------------------------------------------------------------- key figures

RULE = (f"grön inom ±1{NBSP}% av kommunens budget, gul inom ±5{NBSP}%, röd utanför")
# Drift per kommun, status by its size relative to the kommun's budget (params/defaults.yaml:
# green within 1 %, yellow within 5 %). 2023: |878| > 5 % of 12 480 = 624, |−1 097| > 5 % of
# 13 730 = 686,5: red. 2024: |907| > 5 % of 9 178 = 458,9, |−907| > 5 % of 9 793: red; the
# monthly report printed +1 300 / −1 300.
NOTE_2024 = ("Publicerat {} tkr i Månadsrapport per 2024-02-29; beräknat med "
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


# ---------------------------------------------------------------- the kommun statement

def test_statement_missing_budget_row_leaves_its_total_missing(ctx_2024):
    """TEST data: without Vårgårda's ursprunglig budget 2024 (9 817 in the monthly report)
    its budget and the totals are missing, not Herrljunga's 9 178 alone."""
    kb = ctx_2024.dataset["kommunbidrag_kommun"]
    kb = kb[~((kb["year"] == 2024) & (kb["measure"] == "ursprunglig_budget")
              & (kb["kommun"] == "Vårgårda"))]
    result = allocation.kommun_statement(with_tables(ctx_2024, kommunbidrag_kommun=kb))
    expected = pd.DataFrame({"Urspr. budget 2024": [9178.0, NAN, NAN],
                             "Tillägg 2024": [0.0, -24.0, -24.0],
                             "Budget 2024": [9178.0, NAN, NAN]}, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result[list(expected.columns)], expected)


def test_statement_total_result_of_record_stands(ctx_2023):
    """TEST data: without Vårgårda's resultat of record its avvikelse is recomputed from
    the figures of record (13 730 − 14 827 = −1 097); the total stays the annual report's
    −219 (not 26 210 − 26 430 = −220)."""
    totals = ctx_2023.dataset["bokslut_totaler"]
    totals = totals[~((totals["year"] == 2023) & (totals["post"] == "resultat")
                      & (totals["kommun"] == "Vårgårda"))]
    result = allocation.kommun_statement(with_tables(ctx_2023, bokslut_totaler=totals))
    expected = pd.DataFrame({"Budget 2023": [12480.0, 13730.0, 26210.0],
                             "Utfall 2023": [11603.0, 14827.0, 26430.0],
                             "Avvikelse": [878.0, -1097.0, -219.0]}, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result[list(expected.columns)], expected)


# ---------------------------------------------------------------- parameters and bad input

def population(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["key_date", "kommun", "invanare", "andel_procent",
                                       "source"])


def locate(i):
    return "befolkning.csv", i + 2     # row i is on line i + 2 (after the header)


def test_population_key_date_not_first_november_message():
    frame = population([(pd.Timestamp("2022-10-31").date(), "Herrljunga", 9510, None, "s")])
    with pytest.raises(DataError) as info:
        allocation._validate_population(frame, locate)
    assert str(info.value) == ("befolkning.csv:2: key_date: 2022-10-31 is not 1 November (the "
                               "key is the population on 1 November)")


@pytest.mark.parametrize(("counts", "message"), [
    ([1, 0], None),                  # TEST data: one inhabitant in all is a (tiny) key
    ([0, 0], "befolkning.csv:3: invanare: 2021-11-01: the counts sum to zero"),
])
def test_population_counts_must_sum_above_zero(counts, message):
    day = pd.Timestamp("2021-11-01").date()
    frame = population([(day, k, n, None, "s") for k, n in zip(KOMMUNER, counts, strict=True)])
    if message is None:
        allocation._validate_population(frame, locate)
        return
    with pytest.raises(DataError) as info:
        allocation._validate_population(frame, locate)
    assert str(info.value) == message


def test_missing_key_names_the_population_file_without_locations(ctx_2024, tmp_path,
                                                                 monkeypatch):
    """A dataset without file locations for befolkning (built in memory) names the
    default file, data_dir/befolkning.csv, shown relative to the working directory."""
    ds = ctx_2024.dataset
    befolkning = ds["befolkning"]
    only_2021 = befolkning[befolkning["key_date"].astype(str) == "2021-11-01"]
    locations = {k: v for k, v in ds.locations.items() if k != "befolkning"}
    changed = type(ds)(tmp_path, {**ds.tables, "befolkning": only_2021}, locations)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as info:
        allocation.validate_period(changed, Period(2024, 2))
    assert str(info.value) == ("befolkning.csv: no allocation key for 2024: add the population "
                               "of 2022-11-01 (key_date) for every kommun")
