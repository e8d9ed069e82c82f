"""The result sentence's word agrees with the resultat shown beside it (the key figure
"Resultat (prognos 2024): −1 tkr", yellow): "i balans" only for a resultat that reads 0 in
whole tkr, never for −1 or +1 within the tolerance (tolerance_tkr is for rounding in sums).

Figures: the monthly report per 2024-02-29 with its prognos Personalkostnader made 1 tkr
higher (TEST), so the prognos resultat is −1 tkr. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget
from itvt_lib.core.periods import Period


@pytest.mark.parametrize(("resultat", "expected"), [
    (0.0, "i balans"),
    (-0.0, "i balans"),
    (0.49, "i balans"),
    (-0.49, "i balans"),
    (0.5, "ett överskott"),
    (-0.5, "ett underskott"),
    (1.0, "ett överskott"),
    (-1.0, "ett underskott"),
    (-1.4, "ett underskott"),
])
def test_result_kind_by_the_resultat_as_shown(resultat, expected):
    assert budget.result_kind(resultat) == expected


@pytest.mark.parametrize(("period", "resultat", "expected"), [
    (Period(2024, 2), -1.0, "V prognostiserar ett underskott på 1 tkr för helåret 2024."),
    (Period(2024, 2), 1.0, "V prognostiserar ett överskott på 1 tkr för helåret 2024."),
    (Period(2023, 12), -1.0, "V redovisar ett underskott på 1 tkr för budgetåret 2023."),
    (Period(2023, 12), 1.4, "V redovisar ett överskott på 1 tkr för budgetåret 2023."),
])
def test_result_sentence_of_one_tkr_is_no_balance(period, resultat, expected):
    assert budget._result_sentence("V", period, resultat) == expected


def test_summary_beside_a_resultat_key_figure_of_minus_one(ctx_2024):
    drift = ctx_2024.dataset["driftredovisning"].copy()
    row = ((drift["period"] == "2024-02") & (drift["measure"] == "prognos")
           & (drift["kontogrupp"] == "Personalkostnader"))
    drift.loc[row, "belopp"] = drift.loc[row, "belopp"].astype(float) + 1
    ctx = with_tables(ctx_2024, driftredovisning=drift)
    figure = budget.key_figures(ctx)[0]
    result = budget.summary(ctx)[0]
    assert round(figure.value) == -1
    assert result == ("IT, växel och telefoni prognostiserar ett underskott på 1 tkr för "
                      "helåret 2024.")
