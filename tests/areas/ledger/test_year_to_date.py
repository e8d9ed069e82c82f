"""Ledger area, year to date: the columns, the budget profile's months, the kostnadsställen
and the cumulative result against budget by each kontogrupp's profile, and the embedded
data without a ledger.

Budgets come from the committee's papers (annual report 2023, "Driftredovisning" and
"Organisatorisk fördelning"; monthly report per 2024-02-29, section 1). Without a
budgetprofil (the embedded data has none) the budget for months 1..P is the year's budget
× P / 12. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger
from itvt_lib.core.formatting import round_half_away
from itvt_lib.core.periods import Period

NAN = float("nan")


YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


CENTRES = ["IT Gemensamt", "Kommunspecifikt Vårgårda", "Kommunspecifikt Herrljunga",
           "Telefonväxel"]


TOTAL = "Summa SeN IT"  # params/defaults.yaml namnd_kort


def _profile(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "kontogrupp", "month", "andel_procent"])


def _budget_rows(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kostnadsstalle", "belopp"])


# ---------------------------------------------------------------- small rules


@pytest.mark.parametrize(("period", "expected"), [
    (YEAR_END, ["Budget 2023", "Budget jan–dec 2023", "Utfall jan–dec 2023", "Avvikelse"]),
    (MONTH, ["Budget 2024", "Budget jan–feb 2024", "Utfall jan–feb 2024", "Avvikelse"]),
    (Period(2024, 1), ["Budget 2024", "Budget jan 2024", "Utfall jan 2024", "Avvikelse"]),
])
def test_ytd_columns(period, expected):
    assert ledger.ytd_columns(period) == expected


def test_profile_shares_are_months_one_to_twelve():
    """Rule: a profile's percentages are made shares of the year, for months 1..12 (a month
    the profile leaves out is 0); without a profile 1/12 each."""
    profile = _profile([(2024, None, 1, 30.0), (2024, None, 2, 10.0)])
    result = ledger.profile_shares(profile, 2024, "Intäkter")
    expected = pd.Series([0.75, 0.25] + [0.0] * 10, index=range(1, 13))
    pd.testing.assert_series_equal(result, expected, check_names=False, check_index_type=False)
    result = ledger.profile_shares(_profile([]), 2024, "Intäkter")
    expected = pd.Series([1 / 12] * 12, index=range(1, 13))
    pd.testing.assert_series_equal(result, expected, check_index_type=False)


def _centres() -> pd.DataFrame:
    # listed out of order on purpose: the table follows `ordning` (A, B, C)
    return pd.DataFrame({"kostnadsstalle": ["B", "A", "C"], "ordning": [2, 1, 3]})


def _centre_profile() -> pd.DataFrame:
    """2024, all kontogrupper: 20 % in January, 30 % in February, 5 % a month after (= 50 %
    for jan–feb). A kontogrupp profile that shares A's name puts 100 % in January: a
    kostnadsställe never follows a kontogrupp's profile."""
    rows = [(2024, None, 1, 20.0), (2024, None, 2, 30.0)]
    rows += [(2024, None, m, 5.0) for m in range(3, 13)]
    rows += [(2024, "A", 1, 100.0)]
    return _profile(rows)


# ---------------------------------------------------------------- centre_ytd (pure)


def test_centre_ytd_by_the_profile_with_a_sum_row():
    """TEST figures. Budget 2024: A 1 200, B 600, C none (missing, not 0); jan–feb = 50 % of
    it. Utfall jan–feb 2024: A 100 + 50, B −20, C no rows = 0; March, 2023 and a centre not in
    kostnadsstallen (X) are not counted. Avvikelse = budget jan–feb − utfall. The sum row of a
    column with a missing figure (C's budget) is missing, not the sum of the others."""
    netto = _budget_rows([(2024, None, "budget", "A", 1200.0), (2024, None, "budget", "B", 600.0),
                          (2023, None, "budget", "A", 999.0)])
    monthly = pd.DataFrame(
        [(2024, 1, "A", 100.0), (2024, 2, "A", 50.0), (2024, 2, "B", -20.0),
         (2024, 3, "A", 1000.0), (2023, 1, "B", 7.0), (2024, 1, "X", 5.0)],
        columns=["year", "month", "kostnadsstalle", "belopp"])
    result = ledger.centre_ytd(monthly, netto, _centres(), _centre_profile(), MONTH, "Summa")
    expected = pd.DataFrame(
        {"Budget 2024": [1200.0, 600.0, NAN, NAN],
         "Budget jan–feb 2024": [600.0, 300.0, NAN, NAN],
         "Utfall jan–feb 2024": [150.0, -20.0, 0.0, 130.0],
         "Avvikelse": [450.0, 320.0, NAN, NAN]},
        index=pd.Index(["A", "B", "C", "Summa"], name="kostnadsstalle"))
    pd.testing.assert_frame_equal(result, expected)


def test_centre_ytd_sum_of_a_column_without_figures_is_missing():
    """Rule: a column with no figure at all sums to missing (not 0); one figure is its sum."""
    netto = _budget_rows([(2024, None, "budget", "B", 600.0)])
    monthly = pd.DataFrame([(2024, 1, "A", 5.0)],
                           columns=["year", "month", "kostnadsstalle", "belopp"])
    centres = pd.DataFrame({"kostnadsstalle": ["A"], "ordning": [1]})
    result = ledger.centre_ytd(monthly, netto, centres, _profile([]), MONTH, "Summa")
    expected = pd.DataFrame(
        {"Budget 2024": [NAN, NAN], "Budget jan–feb 2024": [NAN, NAN],
         "Utfall jan–feb 2024": [5.0, 5.0], "Avvikelse": [NAN, NAN]},
        index=pd.Index(["A", "Summa"], name="kostnadsstalle"))
    pd.testing.assert_frame_equal(result, expected)


def _groups() -> pd.DataFrame:
    return pd.DataFrame({"kontogrupp": ["Intäkter", "Personal", "Kommunbidrag"],
                         "ordning": [1, 2, 3], "typ": ["intakt", "kostnad", "kommunbidrag"]})


def _drift() -> pd.DataFrame:
    """TEST budgets: 2024 Intäkter −1 200, Personal 3 000 + tillägg 600, Kommunbidrag 2 400;
    2023 other figures (never used for 2024)."""
    rows = [(2024, None, "ursprunglig_budget", "Intäkter", -1200.0),
            (2024, None, "ursprunglig_budget", "Personal", 3000.0),
            (2024, None, "ursprunglig_budget", "Kommunbidrag", 2400.0),
            (2024, None, "tillagg", "Personal", 600.0),
            (2023, None, "budget", "Intäkter", -5.0), (2023, None, "budget", "Personal", 7.0)]
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kontogrupp", "belopp"])


# ---------------------------------------------------------------- cumulative_vs_budget (pure)


def test_cumulative_vs_budget_follows_each_kontogrupp_profile():
    """Rule: the planned nettokostnad of a month is Σ budget × the kontogrupp's share.
    Personal 2024 (3 600): 25 %, 25 %, then 5 % a month = 900, 900, 180 …; Intäkter (−1 200)
    has no profile of its own and none for 2024 (the profile of every year does not exist
    either): 1/12 = −100 a month. Planned: 800, 800, then 80 a month; cumulative 800, 1 600,
    1 680 … 2 400. Kommunbidrag is not part of the nettokostnad.
    Utfall (cumulative, months 1..2): jan −50 + 300 = 250, feb + 250 = 500; March, 2023 and
    Kommunbidrag are not counted; after February it is empty (a cost line without a
    budget row: test_cumulative_chart_without_a_budget.py)."""
    groups = _groups()
    profile = _profile([(2024, "Personal", 1, 25.0), (2024, "Personal", 2, 25.0)]
                       + [(2024, "Personal", m, 5.0) for m in range(3, 13)])
    monthly = pd.DataFrame(
        [(2024, 1, "Intäkter", -50.0), (2024, 1, "Personal", 300.0), (2024, 2, "Personal", 250.0),
         (2024, 3, "Personal", 999.0), (2024, 1, "Kommunbidrag", 1000.0),
         (2023, 2, "Personal", 77.0)],
        columns=["year", "month", "kontogrupp", "belopp"])
    result = ledger.cumulative_vs_budget(monthly, _drift(), groups, profile, MONTH)
    expected = pd.DataFrame(
        {"Budget 2024 (periodiserad)": [800.0, 1600.0] + [1600.0 + 80.0 * k for k in range(1, 11)],
         "Utfall 2024": [250.0, 500.0] + [NAN] * 10},
        index=MONTHS)
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("period", "utfall"), [
    (Period(2024, 1), [0.0] + [NAN] * 11),
    (MONTH, [0.0, 0.0] + [NAN] * 10),
    (Period(2024, 12), [0.0] * 12),
])
def test_cumulative_vs_budget_without_line_item_postings_is_zero_up_to_p(period, utfall):
    """Rule: a ledger without postings on intäkter or kostnader (here only Kommunbidrag) has
    utfall 0 for months 1..P, none after. Without a profile: (−1 200 + 3 600) / 12 = 200 a
    month."""
    monthly = pd.DataFrame([(2024, 1, "Kommunbidrag", 1000.0)],
                           columns=["year", "month", "kontogrupp", "belopp"])
    result = ledger.cumulative_vs_budget(monthly, _drift(), _groups(), _profile([]), period)
    expected = pd.DataFrame({"Budget 2024 (periodiserad)": [200.0 * m for m in range(1, 13)],
                             "Utfall 2024": utfall}, index=MONTHS)
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- the embedded data (no ledger)


@pytest.mark.parametrize(("period", "budget_year", "share", "span"), [
    # the papers: Budget 2023 IT 25 930, Växel 280, the kommunspecifika "-" (0), sum 26 210
    ("2023-12", [25930.0, 0.0, 0.0, 280.0, 26210.0], 12 / 12, "jan–dec 2023"),
    # the papers: Budget 2024 IT Gemensamt 18 347, Telefonväxel 624, Summa SeN IT 18 971
    ("2024-02", [18347.0, 0.0, 0.0, 624.0, 18971.0], 2 / 12, "jan–feb 2024"),
])
def test_centres_ytd_without_a_ledger_has_no_utfall(dataset, period, budget_year, share, span):
    """Rule: without a ledger every utfall is 0; the budget for months 1..P is
    budget × P / 12 and the avvikelse is all of it, as shown in whole tkr."""
    ctx = report.open_report(period, dataset=dataset)
    year = period[:4]
    spread = [value * share for value in budget_year]
    expected = pd.DataFrame({f"Budget {year}": budget_year, f"Budget {span}": spread,
                             f"Utfall {span}": [0.0] * 5,
                             "Avvikelse": [round_half_away(v) for v in spread]},
                            index=pd.Index(CENTRES + [TOTAL], name="kostnadsstalle"))
    pd.testing.assert_frame_equal(ledger.centres_ytd_for(ctx), expected)


@pytest.mark.parametrize(("period", "nettokostnad", "months"), [
    ("2023-12", 26210.0, 12),  # the papers: Summa Nettokostnader, Budget 2023
    ("2024-02", 18971.0, 2),   # the papers: Summa Nettokostnader, Budget 2024
])
def test_cumulative_without_a_ledger(dataset, period, nettokostnad, months):
    """Rule: nettokostnad budget × m / 12 at the end of month m; utfall 0 up to P."""
    ctx = report.open_report(period, dataset=dataset)
    year = period[:4]
    expected = pd.DataFrame(
        {f"Budget {year} (periodiserad)": [nettokostnad * m / 12 for m in range(1, 13)],
         f"Utfall {year}": [0.0] * months + [NAN] * (12 - months)}, index=MONTHS)
    pd.testing.assert_frame_equal(ledger.cumulative_for(ctx), expected)


# Rule: the utfall is "i nivå med" the periodised budget while the difference of the shown amounts
# (whole tkr) is within the tolerance; beyond it, lower or higher by the shown difference.
@pytest.mark.parametrize(("planned", "actual", "tolerance", "expected"), [
    (100.0, 100.4, 0.0, "i nivå med"),
    (100.0, 99.6, 0.0, "i nivå med"),
    (100.0, 99.5, 0.0, "i nivå med"),   # both shown 100
    (100.0, 98.5, 0.0, "1 tkr lägre än"),  # 100 and 99
    (100.0, 101.0, 1.0, "i nivå med"),
    (100.0, 1334.0, 1.0, "1\u00a0234 tkr högre än"),
])
def test_ytd_compared_by_the_shown_difference(planned, actual, tolerance, expected):
    result = ledger.ytd_compared(planned, actual, tolerance)
    assert result == expected
