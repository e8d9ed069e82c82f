"""The previous month's export saved again with one new project of 0 hours and 0 kr was not
seen as a repeat, and the month showed 0 hours for every project without a word. A new
project without hours or kronor no longer hides the repeat."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import project_exports

MARCH = [("1", "Alfa", 10.0, 100.0), ("2", "Beta", 2.0, 50.0)]


def _frame(april: list[tuple]) -> pd.DataFrame:
    rows = [("2024-03", *r) for r in MARCH] + [("2024-04", *r) for r in april]
    return pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                       "belopp_kr"])


@pytest.mark.parametrize(("april", "expected"), [
    ([*MARCH, ("3", "Gamma", 0.0, 0.0)], True),
    ([("3", "Gamma", 0.0, 0.0), *MARCH], True),
    ([*MARCH, ("3", "Gamma", 1.0, 0.0)], False),
    ([*MARCH, ("3", "Gamma", 0.0, 40.0)], False),
    ([MARCH[0], ("2", "Beta", 0.0, 0.0)], False),
], ids=["new-empty-project", "new-empty-project-first", "new-with-hours", "new-with-kronor",
        "an-old-project-emptied"])
def test_a_new_project_without_hours_does_not_hide_a_repeat(april, expected):
    result = project_exports.same_as_previous(_frame(april), "2024-04")
    assert result == expected
