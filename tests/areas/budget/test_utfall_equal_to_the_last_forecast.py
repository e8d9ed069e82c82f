"""The year-end sentence on the utfall against the last forecast of record: the words
match the sign of the difference as shown in whole tkr, and a difference that rounds to
0 tkr reads "i nivå med", never "0 tkr bättre"."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget
from itvt_lib.areas.budget.forecast import compared_with_forecast
from itvt_lib.core.periods import Period


@pytest.mark.parametrize(("better_by", "expected"), [
    (500.0, "500 tkr bättre än"),
    (-500.0, "500 tkr sämre än"),
    (0.0, "i nivå med"),
    (-0.0, "i nivå med"),
    (0.4, "i nivå med"),
    (-0.4, "i nivå med"),
    (0.5, "1 tkr bättre än"),
    (-0.5, "1 tkr sämre än"),
])
def test_compared_with_forecast(better_by, expected):
    result = compared_with_forecast(better_by)
    assert result == expected


@pytest.mark.parametrize(("better_by", "expected"), [
    (0.0, "Utfallet blev −219 tkr, i nivå med sista prognosen."),
    (-0.3, "Utfallet blev −219 tkr, i nivå med sista prognosen."),
    (-500.0, "Utfallet blev −219 tkr, 500 tkr sämre än sista prognosen."),
])
def test_forecast_sentence_with_an_utfall_equal_to_the_last_forecast(better_by, expected):
    history = pd.DataFrame({"kind": ["utfall"], "resultat": [-219.0], "period": ["2023-12"]})
    result = budget.forecast_sentence(history, Period.parse("2023-12"),
                                      (-219.0 - better_by, better_by))
    assert result.endswith(expected)
