"""Allocation's distribution key: the key table, the key history, population against
budget shares, and how shares and percentage points print, exact for both report periods.

Key figures come from the committee's papers (annual report 2023, "Fördelning 2023";
monthly report per 2024-02-29, "Fördelning mellan kommunerna") or from the rule stated
beside each case. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import sv, with_params, with_tables

from itvt_lib.areas import allocation

NAN = float("nan")


NBSP = "\u00a0"


KOMMUNER = ["Herrljunga", "Vårgårda"]


SOURCE_2021 = "Förvaltningsberättelse 2023, Fördelning 2023 (antal invånare 1/11 2021)"


SOURCE_2022 = ("Månadsrapport per 2024-02-29, Fördelning mellan kommunerna (andel anges, "
               "antal invånare anges inte)")


# Each formatter is known by what it prints for a share and for an amount (TEST values).
PROBES = (0.43649, -1234.56, 878.0)
YEARS = ("0", "-1234", "878")  # a year: the integer's digits, no grouping


def printed(formats: dict) -> dict:
    """What each column's formatter prints for PROBES."""
    return {column: tuple(f(value) for value in PROBES) for column, f in formats.items()}


def percent(decimals: int) -> tuple:
    """A share in percent with `decimals` decimals, NBSP before "%", U+2212 minus."""
    return {0: (sv("44 %"), sv("-123 456 %"), sv("87 800 %")),
            1: (sv("43,6 %"), sv("-123 456,0 %"), sv("87 800,0 %")),
            2: (sv("43,65 %"), sv("-123 456,00 %"), sv("87 800,00 %"))}[decimals]


SIGNED_POINTS = ("+0,4", sv("-1 234,6"), "+878,0")   # percentage points: signed, one decimal


# ---------------------------------------------------------------- share_formats


@pytest.mark.parametrize(("columns", "decimals", "expected"), [
    # the key table: "% fördelning" is a share, the counts are not
    (["Antal invånare 1/11 2021", "% fördelning"], 1,
     {"% fördelning": percent(1)}),
    # key history: "<kommun> andel" columns are shares, År a year (a number in a
    # workbook); Underlag, Källa are text
    (["År", "Nyckeldatum", "Herrljunga andel", "Vårgårda andel", "Underlag", "Källa"], 2,
     {"År": YEARS, "Herrljunga andel": percent(2),
      "Vårgårda andel": percent(2)}),
    # shares table: two shares, and the difference in signed percentage points
    (["Befolkningsandel", "Budgetandel", "Skillnad (procentenheter)"], 1,
     {"Befolkningsandel": percent(1),
      "Budgetandel": percent(1),
      "Skillnad (procentenheter)": SIGNED_POINTS}),
    # amounts only: no formatter (committee_table shows tkr)
    (["Budget", "Kostnad", "Avvikelse", "andel"], 0, {}),
    (["Andel", "Budget"], 0, {"Andel": percent(0)}),
])
def test_share_formats_exact(columns, decimals, expected):
    frame = pd.DataFrame(columns=columns)
    result = allocation.share_formats(frame, decimals)
    assert printed(result) == expected


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
