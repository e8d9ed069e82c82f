"""The memo's summary sentence per kommun: the change in percent in parentheses, with the
sign of the change; left out (not "(uppgift saknas)") where the current cost is 0. Units after a no-break space."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.publishing import memo


@pytest.mark.parametrize(("current", "chosen", "expected"), [
    (0.0, 642.0, "A skulle betala 642\N{NO-BREAK SPACE}tkr mer med Egen än med nuvarande modell (prognos 2024)."),
    (-8271.0, -9182.0, "A skulle betala 911\N{NO-BREAK SPACE}tkr mindre (−11,0\N{NO-BREAK SPACE}%) med Egen än med nuvarande "
                       "modell (prognos 2024)."),
    (8271.0, 9182.0, "A skulle betala 911\N{NO-BREAK SPACE}tkr mer (+11,0\N{NO-BREAK SPACE}%) med Egen än med nuvarande "
                     "modell (prognos 2024)."),
])
def test_the_summary_sentence(current, chosen, expected):
    diff = chosen - current
    rel = np.nan if current == 0 else diff / abs(current)
    table = pd.DataFrame({"Kommun": ["A"], "Nu": [current], "Egen": [chosen],
                          "Skillnad (tkr)": [diff], "Skillnad (%)": [rel]})
    result = memo.summary_lines(table, "Egen", 2024, "prognos")
    assert result == [expected]
