"""A printed avvikelse is judged against budget − kostnad between the amounts as the page
shows them (whole tkr, half away from zero), as the footnote states it. Budget 12 479,6
and kostnad 11 602,4 read 12 480 and 11 602: 878 as printed holds, yet it was flagged
with the footnote "blir 12 480 − 11 602 = 877, inte de tryckta 878"."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation

NAN = float("nan")


def series(values) -> pd.Series:
    return pd.Series(values, index=["A", "B"], dtype="float64")


@pytest.mark.parametrize(("budget", "cost", "printed", "expected"), [
    (12479.6, 11602.4, 878.0, []),                              # 12 480 − 11 602 = 878
    (12480.0, 11602.5, 877.0, []),                              # 12 480 − 11 603 = 877
    (12480.0, 11602.5, 878.0, [("A", 12480.0, 11602.5, 878.0, 877.0)]),
    (12480.4, 11602.6, 878.0, [("A", 12480.4, 11602.6, 878.0, 877.0)]),
    (12480.0, 11603.0, 877.4, []),                              # printed reads 877
])
def test_avvikelse_is_judged_between_the_amounts_as_shown(budget, cost, printed, expected):
    result = allocation.deviation_contradictions(series([budget, 13730.0]),
                                                 series([cost, 14827.0]),
                                                 series([printed, -1097.0]))
    expected = pd.DataFrame(expected, columns=["kommun", "budget", "kostnad", "printed",
                                               "computed"])
    pd.testing.assert_frame_equal(result, expected, check_dtype=False, check_index_type=False)


def test_the_footnote_adds_up_as_printed():
    found = allocation.deviation_contradictions(series([12480.4, 13730.0]),
                                                series([11602.6, 14827.0]),
                                                series([878.0, -1097.0]))
    result = allocation.deviation_note(found)
    assert "blir 12\u00a0480 − 11\u00a0603 = 877, inte de tryckta 878" in result


def test_a_missing_amount_is_skipped():
    result = allocation.deviation_contradictions(series([NAN, 13730.0]),
                                                 series([11602.4, 14827.0]),
                                                 series([878.0, -1096.0]))
    assert list(result["kommun"]) == ["B"]
