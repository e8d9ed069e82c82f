"""The neutral budget's "Förändring" is the shown budget by the key minus today's shown
budget: 10 700 beside a budget of 9 792,5 (reads 9 793) read +908 (907,5) where a reader
computes 907, in the table and in the summary's sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas.allocation.amounts import shown_neutral_budget


@pytest.mark.parametrize(("today", "by_key", "expected"), [
    (9792.5, 10700.0, 907.0),    # 10 700 − 9 793, not 907,5 → 908
    (9178.5, 8271.0, -908.0),    # 8 271 − 9 179
    (9792.4, 10700.0, 908.0),    # 10 700 − 9 792
])
def test_the_change_is_of_the_shown_budgets(today, by_key, expected):
    table = pd.DataFrame({"Budget": [today], "Budget enligt nyckeln": [by_key],
                          "Förändring": [by_key - today]}, index=["A"])
    result = shown_neutral_budget(table).loc["A", "Förändring"]
    assert result == expected
