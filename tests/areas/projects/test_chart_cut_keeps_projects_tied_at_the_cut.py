"""Page 03's chart of hours per project: the top projects and one bar "Övriga (n projekt)".

Rule: a tie in whole hours (as the chart shows them) is never cut: projects tied across
the `top`-th place all go to "Övriga", so the chart keeps at most `top` bars and never
names one of two equal projects while hiding the other; when every bar would be tied, all
the tied projects stay.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import projects


def _export(hours: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"period": ["2024-02"] * len(hours),
                         "projektnummer": [str(i) for i in range(1, len(hours) + 1)],
                         "projekt": list("ABCDE"[:len(hours)]),
                         "timmar": hours, "belopp_kr": [1.0] * len(hours)})


@pytest.mark.parametrize(("hours", "top", "expected"), [
    ([10.0, 3.0, 3.0, 1.0], 2, {"1 A": 10.0, "Övriga (3 projekt)": 7.0}),
    ([10.0, 3.4, 2.6, 1.0], 2, {"1 A": 10.0, "Övriga (3 projekt)": 7.0}),   # 3 and 3 shown
    ([10.0, 3.0, 3.0], 2, {"1 A": 10.0, "Övriga (2 projekt)": 6.0}),
    ([3.0, 3.0, 3.0, 1.0], 2, {"1 A": 3.0, "2 B": 3.0, "3 C": 3.0, "Övriga (1 projekt)": 1.0}),
    ([10.0, 4.0, 3.0, 1.0, 1.0], 2, {"1 A": 10.0, "2 B": 4.0, "Övriga (3 projekt)": 5.0}),
])
def test_chart_cut_keeps_projects_tied_at_the_cut(hours, top, expected):
    result = projects.hours_by_project(_export(hours), top=top).to_dict()
    assert result == expected
