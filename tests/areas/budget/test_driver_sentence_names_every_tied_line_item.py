"""The summary's driver sentence when two line items have the same avvikelse as shown.

Rule: every line item whose avvikelse in the result's direction is the largest as shown in
whole tkr is named, in statement order, with "vardera"; a single item is named alone. Row
order must not pick one of two equal items (−100 and −100, or −100,4 and −99,6).
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
    (-200.0, {"Personalkostnader": -100.0, "Övriga kostnader": -100.0},
     "Det negativa resultatet beror enligt prognosen främst på högre personalkostnader och "
     "högre övriga kostnader än budgeterat (\u2212100 tkr vardera)."),
    (-200.0, {"Personalkostnader": -99.6, "Övriga kostnader": -100.4},
     "Det negativa resultatet beror enligt prognosen främst på högre personalkostnader och "
     "högre övriga kostnader än budgeterat (\u2212100 tkr vardera)."),
    (-200.0, {"Intäkter": -100.0, "Övriga kostnader": -100.0},
     "Det negativa resultatet beror enligt prognosen främst på lägre intäkter och "
     "högre övriga kostnader än budgeterat (\u2212100 tkr vardera)."),
    (300.0, {"Intäkter": 150.0, "Personalkostnader": 150.0},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter och "
     "lägre personalkostnader än budgeterat (+150 tkr vardera)."),
    (-201.0, {"Personalkostnader": -101.0, "Övriga kostnader": -100.0},
     "Det negativa resultatet beror enligt prognosen främst på högre personalkostnader än "
     "budgeterat (\u2212101 tkr)."),
])
def test_driver_sentence_names_every_tied_line_item(dataset, resultat, values, expected):
    layout = budget.statement_layout(dataset["kontogrupper"])
    result = budget._driver_sentence(_deviation(layout, values), layout, resultat, 1.0, False)
    assert result == expected
