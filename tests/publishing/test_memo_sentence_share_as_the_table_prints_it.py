"""The memo's summary sentence gives the change in percent as its table prints it: a
change the table prints "– %" (under 0,05 % in size) is left out of the sentence, never
"(0,0 %)" beside the table's "– %"; at 0,05 % it is "+0,1 %" in both."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas.financing import decision
from itvt_lib.publishing import memo

NB = "\N{NO-BREAK SPACE}"


@pytest.mark.parametrize(("current", "chosen", "expected"), [
    (8271.0, 8272.0, f"A skulle betala 1{NB}tkr mer med Egen än med nuvarande modell "
                     "(prognos 2024)."),
    (10700.0, 10699.0, f"A skulle betala 1{NB}tkr mindre med Egen än med nuvarande modell "
                       "(prognos 2024)."),
    (2000.0, 2001.0, f"A skulle betala 1{NB}tkr mer (+0,1{NB}%) med Egen än med nuvarande "
                     "modell (prognos 2024)."),
    (2000.0, 1999.0, f"A skulle betala 1{NB}tkr mindre (−0,1{NB}%) med Egen än med "
                     "nuvarande modell (prognos 2024)."),
])
def test_the_sentence_share_is_the_tables(current, chosen, expected):
    diff = chosen - current
    rel = decision.relative_change(pd.Series([diff]), pd.Series([current]))[0]
    table = pd.DataFrame({"Kommun": ["A"], "Nu": [current], "Egen": [chosen],
                          decision.DIFFERENCE_TKR: [diff], decision.DIFFERENCE_SHARE: [rel]})
    result = memo.summary_lines(table, "Egen", 2024, "prognos")
    assert result == [expected]


@pytest.mark.parametrize("rel", [0.00012, -0.0004, 0.0005, -0.0005, 0.0025, 0.146899])
def test_the_sentence_share_matches_the_printed_cell(rel):
    result = memo.sentence_share(rel)
    printed = decision.CHANGE_SHARE.text(rel)
    expected = "" if printed == decision.CHANGE_SHARE.text(0.0) else f" ({printed})"
    assert result == expected
