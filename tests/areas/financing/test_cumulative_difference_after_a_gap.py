"""The cumulative difference from the current model is a sum over the years: after a year
a model has no figures for (a gap), the sum is not known, so it is missing, not the sum of
the other years (which read as the cumulative over every year)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from itvt_lib.areas.financing import rules

NAN = np.nan
DIFF = "Skillnad mot nuvarande modell"


def test_the_cumulative_difference_stops_at_a_gap():
    # TEST rule: model M, one kommun, years 2021–2024: no figure in 2021 (before its start)
    # and 2023 (a gap); 2022 +10, 2024 +5.
    frame = pd.DataFrame({"Modell": ["M"] * 4, "Kommun": ["A"] * 4,
                          "År": [2021, 2022, 2023, 2024], DIFF: [NAN, 10.0, NAN, 5.0]})
    result = rules.cumulative_difference(frame)
    expected = pd.Series([NAN, 10.0, NAN, NAN], name=DIFF)
    pd.testing.assert_series_equal(result, expected)


def test_the_cumulative_difference_without_a_gap_is_the_running_sum():
    # Two models, two kommuner, rows year by year (as compare_models gives them).
    frame = pd.DataFrame({"Modell": ["N", "N", "M", "M"] * 2, "Kommun": ["A", "B"] * 4,
                          "År": [2023] * 4 + [2024] * 4,
                          DIFF: [0.0, 0.0, 3.0, -3.0, 0.0, 0.0, 2.0, -2.0]})
    result = rules.cumulative_difference(frame)
    expected = pd.Series([0.0, 0.0, 3.0, -3.0, 0.0, 0.0, 5.0, -5.0], name=DIFF)
    pd.testing.assert_series_equal(result, expected)
