"""The operating statement's forecast sentence and history: how far the prognos moved, the
outcome at year end, and the result rule's documented defaults.

Rules: the resultat as shown (whole tkr) unchanged is "oförändrat", otherwise förbättrats
(> 0) / försämrats by the shown difference; the outcome, when there is one, follows;
without a prognos the last forecast of record (annual report) is used, "bättre"/"sämre"
by the difference shown in whole tkr, "i nivå med" when it shows as 0 tkr.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_params, without_params


def _history(*rows) -> pd.DataFrame:
    """Forecast history rows (period, kind, resultat) as budget.forecast_history gives them."""
    return pd.DataFrame(list(rows), columns=["period", "kind", "resultat"])


# ---------------------------------------------------------------- budget: the forecast sentence


# Rules: the shown (whole tkr) resultat unchanged is "oförändrat", otherwise förbättrats
# (> 0) / försämrats by the shown difference; the outcome, when there is one, follows;
# without a prognos the last forecast of record (annual report) is used, "bättre"/"sämre"
# by the difference shown in whole tkr, "i nivå med" when it shows as 0 tkr.
# The single forecast 2024-02 with resultat 0 tkr is the papers' (meeting 6 March 2024).
@pytest.mark.parametrize(("rows", "last", "expected"), [
    ((), None, "Underlaget har ingen prognos för 2024."),
    ((("2024-12", "utfall", 0.0),), None,
     "Underlaget har ingen prognos för 2024. Utfallet blev 0 tkr."),
    ((("2024-02", "prognos", 0.0),), None,
     "Prognosen för 2024 har gjorts en gång (februari) och visar ett resultat på 0 tkr."),
    ((("2024-05", "prognos", -30.0), ("2024-12", "utfall", 1234.5)), (5.0, 1.0),
     "Prognosen för 2024 har gjorts en gång (maj) och visar ett resultat på \u221230 tkr. "
     "Utfallet blev 1\u00a0235 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", 0.4)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet är oförändrat "
     "sedan februari, till 0 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -0.4)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet är oförändrat "
     "sedan februari, till 0 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", 0.5)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet har förbättrats "
     "med 1 tkr sedan februari, till 1 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -0.5)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet har försämrats "
     "med 1 tkr sedan februari, till \u22121 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -30.0), ("2024-08", "prognos", 100.0),
      ("2024-12", "utfall", -1500.0)), None,
     "Prognosen för 2024 har gjorts 3 gånger. Det prognostiserade resultatet har förbättrats "
     "med 100 tkr sedan februari, till 100 tkr. Utfallet blev \u22121\u00a0500 tkr."),
    ((), (-719.0, 0.0),
     "Sista budgetprognosen för 2024 visade ett resultat på \u2212719 tkr (enligt "
     "förvaltningsberättelsen)."),
    ((("2024-12", "utfall", -1219.0),), (-719.0, -500.0),
     "Sista budgetprognosen för 2024 visade ett resultat på \u2212719 tkr (enligt "
     "förvaltningsberättelsen). Utfallet blev \u22121\u00a0219 tkr, 500 tkr sämre än sista "
     "prognosen."),
    ((("2024-12", "utfall", 0.0),), (0.0, 0.0),
     "Sista budgetprognosen för 2024 visade ett resultat på 0 tkr (enligt "
     "förvaltningsberättelsen). Utfallet blev 0 tkr, i nivå med sista prognosen."),
])
def test_budget_forecast_sentence(rows, last, expected):
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    result = budget.forecast_sentence(_history(*rows), Period(2024, 12), last)
    assert result == expected


def test_budget_forecast_history_has_the_outcome_only_at_year_end(ctx_2023):
    """Rule: the utfall row comes only at year end (the papers: utfall 2023 = −219 tkr of
    record); in November 2023 the same data give no utfall row."""
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    ds = ctx_2023.dataset
    args = (budget.drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"])
    result = budget.forecast_history(*args, Period(2023, 12))
    assert result[result["kind"] == "utfall"][["period", "resultat"]].values.tolist() == [
        ["2023-12", -219.0]]
    assert "utfall" not in budget.forecast_history(*args, Period(2023, 11))["kind"].tolist()


def test_budget_result_rule_defaults_are_the_documented_ones(ctx_2023):
    """Rule: without a `status.resultat` rule in the parameters the key figure uses the
    documented defaults (params/defaults.yaml: green at 0 tkr, yellow down to −1 % of
    nettokostnad): 2023's −219 tkr against nettokostnad 26 430 tkr is yellow."""

    from itvt_lib.areas import budget

    expected = budget.key_figures(ctx_2023)[0]
    for ctx in (without_params(ctx_2023, "status"), with_params(ctx_2023, status={})):
        result = budget.key_figures(ctx)[0]
        assert (result.value, result.status, result.rule) == (
            expected.value, expected.status, expected.rule)
    assert (expected.value, expected.status) == (-219.0, "yellow")
    assert [k.unit for k in budget.key_figures(ctx_2023)] == ["tkr", "tkr", "tkr"]
    assert expected.rule == ("grön vid resultat ≥ 0 tkr, gul ned till \u22121 % av "
                             "nettokostnaden, röd därunder")


# Rule: the sentence's movement is the difference of the resultat as the history table
# shows them (rounded to whole tkr): −0,4 → 0,4 both read "–", so it is "oförändrat";
# 0,4 → 0,6 reads "–" → "1", so it has improved by 1 tkr.
@pytest.mark.parametrize(("first", "last", "expected"), [
    (-0.4, 0.4, "är oförändrat sedan februari, till 0 tkr."),
    (0.4, 0.6, "har förbättrats med 1 tkr sedan februari, till 1 tkr."),
    (0.6, 0.4, "har försämrats med 1 tkr sedan februari, till 0 tkr."),
    (-1.5, -2.4, "är oförändrat sedan februari, till \u22122 tkr."),
])
def test_budget_forecast_sentence_moves_as_the_shown_resultat(first, last, expected):
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    history = _history(("2024-02", "prognos", first), ("2024-05", "prognos", last))
    result = budget.forecast_sentence(history, Period(2024, 12))
    assert result == ("Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade "
                      f"resultatet {expected}")


# Rule: the history's "Förändring av resultatet" is the difference of the shown (rounded)
# resultat, so two rows both reading "–" never show a change of "+1" between them.
@pytest.mark.parametrize(("resultat", "expected"), [
    ([-0.4, 0.4], [None, 0.0]),
    ([0.4, 0.6], [None, 1.0]),
    ([-44.0, 0.0, 12.5], [None, 44.0, 13.0]),
    ([0.0, None, 2.0], [None, None, None]),
])
def test_budget_forecast_change_is_between_the_shown_resultat(resultat, expected):
    from itvt_lib.areas import budget

    result = budget.shown_changes(pd.Series(resultat, dtype="float64"))
    pd.testing.assert_series_equal(result, pd.Series(expected, dtype="float64"))
