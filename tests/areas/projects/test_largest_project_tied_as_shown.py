"""Page 03's "Störst är" names every project tied as the table shows them (whole hours and
the share of the hours to one decimal): 2 000,4 and 2 000,2 hours both read "2 000" and
"33,3 %", so naming 1 A alone contradicted three identical rows."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import projects

NB = "\u00a0"


def _export(hours: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"period": ["2024-02"] * len(hours),
                         "projektnummer": [str(i) for i in range(1, len(hours) + 1)],
                         "projekt": list("ABC"[:len(hours)]),
                         "timmar": hours, "belopp_kr": [1.0] * len(hours)})


@pytest.mark.parametrize(("hours", "expected"), [
    ([2000.4, 2000.2, 2000.0], ["1 A", "2 B", "3 C"]),   # all read 2 000 and 33,3 %
    ([2000.4, 2000.2, 1000.0], ["1 A", "2 B"]),          # both 2 000 and 40,0 %
    ([20.4, 20.2, 1000.0], ["3 C"]),
    ([20.4, 19.6, 1.0], ["1 A"]),                        # 20 and 20, but 49,8 % vs 47,8 %
])
def test_the_largest_are_those_tied_as_shown(hours, expected):
    result = list(projects.largest_projects(_export(hours)).index)
    assert result == expected


def test_the_sentence_names_every_project_tied_as_shown():
    result = projects.largest_sentence(_export([2000.4, 2000.2, 1000.0]))
    expected = (f"Störst, lika stora, är 1 A och 2 B med 2{NB}000 timmar vardera "
                f"(40,0{NB}% av timmarna).")
    assert result == expected
