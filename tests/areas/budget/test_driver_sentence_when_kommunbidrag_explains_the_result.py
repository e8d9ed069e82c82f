"""The summary's driver sentence when the kommunbidrag's avvikelse explains the result.

A prognos may put the kommunbidrag above (or below) its budget, e.g. a tillägg the
controller expects. Rule: a line item is named as what the result "främst" depends on only
when the kommunbidrag's avvikelse in the same direction is smaller; otherwise no driver is
named (a kommunbidrag +300 tkr with intäkter +150 and övriga kostnader −150 tkr is not a
surplus "främst på högre intäkter").
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget


def _deviation(layout: pd.DataFrame, values: dict[str, float]) -> pd.DataFrame:
    """A statement whose last column (the avvikelse) holds `values`, 0 for the other rows."""
    column = pd.Series(0.0, index=layout.index)
    for key, value in values.items():
        column[key] = value
    return pd.DataFrame({"Budget": 0.0, "Avvikelse": column}, index=layout.index)


@pytest.mark.parametrize(("resultat", "values", "expected"), [
    (300.0, {"Kommunbidrag": 300.0, "Intäkter": 150.0, "Övriga kostnader": -150.0}, ""),
    (-300.0, {"Kommunbidrag": -300.0, "Personalkostnader": -100.0,
              "Intäkter": -200.0, "Övriga kostnader": 300.0}, ""),
    (300.0, {"Kommunbidrag": 150.0, "Intäkter": 150.0}, ""),
    (250.0, {"Kommunbidrag": 100.0, "Intäkter": 150.0},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+150 tkr)."),
    (450.0, {"Kommunbidrag": -100.0, "Intäkter": 550.0},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+550 tkr)."),
])
def test_driver_sentence_when_kommunbidrag_explains_the_result(dataset, resultat, values,
                                                               expected):
    layout = budget.statement_layout(dataset["kontogrupper"])
    result = budget._driver_sentence(_deviation(layout, values), layout, resultat, 1.0, False)
    assert result == expected
