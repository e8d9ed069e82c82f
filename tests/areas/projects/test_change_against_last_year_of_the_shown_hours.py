"""The change table's "Förändring mot <last year>" is this year's shown YTD minus last
year's shown YTD (whole hours, half away from zero): 10,5 hours (reads 11) against 8,4
(reads 8) read a change of 2 (2,1) where a reader computes 11 − 8 = 3."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import projects


def _exports(rows):
    return pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                       "belopp_kr"])


@pytest.mark.parametrize(("now", "before", "expected"), [
    (10.5, 8.4, 3.0),    # 11 − 8, not 2,1 → 2
    (10.4, 8.5, 1.0),    # 10 − 9, not 1,9 → 2
    (8.4, 10.5, -3.0),   # 8 − 11
    (10.0, 8.0, 2.0),
])
def test_the_change_is_of_the_shown_hours(now, before, expected):
    frame = _exports([("2023-01", "1", "A", 1.0, None), ("2023-02", "1", "A", before, None),
                      ("2024-01", "1", "A", 1.0, None), ("2024-02", "1", "A", now, None)])
    table = projects.change_table(frame, "2024-02")
    result = table["Förändring mot 2023"].tolist()
    assert result == [expected, expected]  # the project and the Totalsumma
