"""The operating statement's sentences at their boundaries: the result (i balans, överskott,
underskott), the line item that drives it, the change of kommunbidrag and the forecast's move.

Figures come from the committee's papers (annual report 2023; monthly report per 2024-02-29)
or from the rule stated beside each case; rows marked TEST are made up to reach a branch
the embedded data does not. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import sv, without_params

from itvt_lib.areas import budget
from itvt_lib.core.periods import Period

YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


# ---------------------------------------------------------------- the forecast sentence


def test_forecast_sentence_moves_from_a_first_forecast_other_than_zero():
    """Rule: the movement is last − first forecast: 150 − 100 = 50 tkr better."""
    history = pd.DataFrame([("2024-02", "prognos", 100.0), ("2024-05", "prognos", 150.0)],
                           columns=["period", "kind", "resultat"])
    result = budget.forecast_sentence(history, Period(2024, 5))
    assert result == ("Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet "
                      "har förbättrats med 50 tkr sedan februari, till 150 tkr.")


# ---------------------------------------------------------------- summary sentences


# Rule: the resultat as shown in whole tkr (rounded half away from zero) is "i balans" when
# it reads 0, an överskott above 0 and an underskott below; the tolerance is no word
# (test_balance_word_agrees_with_the_shown_resultat.py).
@pytest.mark.parametrize(("period", "resultat", "expected"), [
    (YEAR_END, -219.0, "V redovisar ett underskott på 219 tkr för budgetåret 2023."),
    (YEAR_END, 500.0, "V redovisar ett överskott på 500 tkr för budgetåret 2023."),
    (YEAR_END, 0.6, "V redovisar ett överskott på 1 tkr för budgetåret 2023."),
    (YEAR_END, -0.6, "V redovisar ett underskott på 1 tkr för budgetåret 2023."),
    (MONTH, 0.0, "V prognostiserar en budget i balans."),
    (MONTH, -500.0, "V prognostiserar ett underskott på 500 tkr för helåret 2024."),
    (MONTH, 1234.0, f"V prognostiserar ett överskott på {sv('1 234')} tkr för helåret 2024."),
    (MONTH, 0.6, "V prognostiserar ett överskott på 1 tkr för helåret 2024."),
    # the resultat as shown (whole tkr) is compared: −0,4 reads "0 tkr" (green), never "ett
    # underskott på – tkr"
    (MONTH, -0.4, "V prognostiserar en budget i balans."),
    (YEAR_END, 0.4, "V redovisar ett resultat i balans för budgetåret 2023."),
])
def test_result_sentence_boundaries(period, resultat, expected):
    assert budget._result_sentence("V", period, resultat) == expected


def _deviation(layout: pd.DataFrame, values: dict[str, float]) -> pd.DataFrame:
    """A statement whose last column (the avvikelse) holds `values` by kontogrupp, 0 for the
    other rows."""
    column = pd.Series(0.0, index=layout.index)
    for key, value in values.items():
        column[key] = value
    return pd.DataFrame({"Budget": 0.0, "Avvikelse": column}, index=layout.index)


# Rule: beyond the tolerance, the line item (intäkt or kostnad) with the largest avvikelse
# in the resultat's direction is named, if it lies in that direction and beyond the
# tolerance; "högre"/"lägre" follows its class (a cost is higher when its avvikelse < 0).
@pytest.mark.parametrize(("resultat", "tolerance", "year_end", "values", "expected"), [
    # the papers 2023: −219 tkr, Personalkostnader −1 344 tkr
    (-219.0, 1.0, True, {"Personalkostnader": -1344.0},
     "Det negativa resultatet beror främst på högre personalkostnader än budgeterat "
     f"({sv('-1 344')} tkr)."),
    (-1013.0, 1.0, True, {"Intäkter": -1013.0, "Personalkostnader": -10.0},
     "Det negativa resultatet beror främst på lägre intäkter än budgeterat "
     f"({sv('-1 013')} tkr)."),
    (300.0, 1.0, False, {"Övriga kostnader": 300.0, "Intäkter": 20.0},
     "Det positiva resultatet beror enligt prognosen främst på lägre övriga kostnader än "
     "budgeterat (+300 tkr)."),
    (0.6, 0.0, False, {"Intäkter": 5.0, "Personalkostnader": -3.0},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+5 tkr)."),
    (0.6, 0.0, False, {"Intäkter": 0.5},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+1 tkr)."),
    # within the tolerance (exactly 1 tkr): no driver
    (1.0, 1.0, False, {"Personalkostnader": 50.0}, ""),
    # only kommunbidrag explains it: not a line item, no driver
    (-500.0, 1.0, True, {"Kommunbidrag": -500.0}, ""),
    # every line item better than budget: none explains a deficit
    (-100.0, 1.0, True, {"Intäkter": 30.0, "Personalkostnader": 50.0,
                         "Lokalkostnader, energi, VA": 40.0, "Övriga kostnader": 20.0,
                         "Kapitalkostnader": 10.0}, ""),
    # the worst line item exactly at the tolerance: no driver
    (-100.0, 1.0, True, {"Personalkostnader": -1.0}, ""),
    # tolerance 0: a resultat or a line item that reads "–" (|x| < 0,5) names no driver
    (-0.4, 0.0, False, {"Övriga kostnader": -0.4}, ""),
    (-2.0, 0.0, True, {"Övriga kostnader": -0.4}, ""),
])
def test_driver_sentence_boundaries(dataset, resultat, tolerance, year_end, values, expected):
    layout = budget.statement_layout(dataset["kontogrupper"])
    table = _deviation(layout, values)
    assert budget._driver_sentence(table, layout, resultat, tolerance, year_end) == expected


def _tillagg(kommunbidrag: float | None) -> pd.DataFrame:
    """2024's amounts with the given tillägg to Kommunbidrag (None: no row) and −24 to
    Kapitalkostnader (not kommunbidrag: never stated)."""
    rows = [(2024, None, "ursprunglig_budget", "Kommunbidrag", 18995.0),
            (2024, None, "tillagg", "Kapitalkostnader", -24.0)]
    if kommunbidrag is not None:
        rows.append((2024, None, "tillagg", "Kommunbidrag", kommunbidrag))
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kontogrupp", "belopp"])


# Rule: a tillägg to kommunbidrag of at least 0,5 tkr (shown rounded) is stated, ökats
# when positive; only in a monthly report. The papers 2024-02: minskats med 24 tkr.
@pytest.mark.parametrize(("kommunbidrag", "period", "expected"), [
    (-24.0, MONTH, "Sedan budgetbeslutet har kommunbidraget minskats med 24 tkr."),
    (-24.0, Period(2024, 12), ""),
    (None, MONTH, ""),
    (0.0, MONTH, ""),
    (0.4, MONTH, ""),
    (0.5, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 1 tkr."),
    (1.0, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 1 tkr."),
    (-0.5, MONTH, "Sedan budgetbeslutet har kommunbidraget minskats med 1 tkr."),
    (2.0, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 2 tkr."),
])
def test_change_sentence_boundaries(dataset, kommunbidrag, period, expected):
    result = budget._change_sentence(_tillagg(kommunbidrag), dataset["kontogrupper"], period)
    assert result == expected


def test_summary_without_a_verksamhet_parameter_says_verksamheten(ctx_2024):
    """Rule: the name defaults to "Verksamheten"; the papers 2024-02: in balance, kommunbidrag
    −24 tkr, the frame −24 tkr."""
    result = budget.summary(without_params(ctx_2024, "verksamhet"))
    assert result == ["Verksamheten prognostiserar en budget i balans.",
                      "Sedan budgetbeslutet har kommunbidraget minskats med 24 tkr.",
                      "Totalt har nämnden fått en minskad ram med 24 tkr under 2024."]
