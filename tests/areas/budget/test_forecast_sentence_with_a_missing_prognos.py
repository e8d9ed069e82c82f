"""The forecast sentence when a month's prognos lacks a row (its resultat is missing).

Rule: a missing first or last prognostiserat resultat states that it cannot be given; no
"förbättrats"/"försämrats" and no "uppgift saknas tkr" (a direction nobody can know).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from itvt_lib.areas import budget
from itvt_lib.core.periods import Period

MISSING = "prognos saknas för en eller flera rader i driftredovisningen"


@pytest.mark.parametrize(("rows", "expected"), [
    ((("2024-02", "prognos", 0.0), ("2024-03", "prognos", math.nan)),
     "Prognosen för 2024 har gjorts 2 gånger. Det senaste prognostiserade resultatet kan "
     f"inte anges: {MISSING}."),
    ((("2024-02", "prognos", math.nan), ("2024-03", "prognos", -365.0)),
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet är \u2212365 tkr; "
     f"förändringen sedan februari kan inte anges: {MISSING}."),
    ((("2024-03", "prognos", math.nan),),
     f"Prognosen för 2024 har gjorts en gång (mars) men resultatet kan inte anges: {MISSING}."),
])
def test_forecast_sentence_with_a_missing_prognos(rows, expected):
    history = pd.DataFrame(list(rows), columns=["period", "kind", "resultat"])
    result = budget.forecast_sentence(history, Period(2024, 3))
    assert result == expected
    assert "uppgift saknas" not in result and "försämrats" not in result
