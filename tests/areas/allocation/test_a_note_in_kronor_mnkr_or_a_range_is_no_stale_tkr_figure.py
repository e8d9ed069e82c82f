"""A note of published.csv stating the shown prognos in another unit ("ger 8 271 000
kronor", "ger 8,3 mnkr") or as a range around it ("ger 8 200–8 300 tkr") was warned about
as a stale tkr figure ("ger 8 271 000", "ger 8,3", "ger 8 200"): a false alarm on a good
note. Such a figure is no tkr figure; a stale tkr figure beside it still warns."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget
from itvt_lib.areas.budget.published_notes import stale_figures
from itvt_lib.core.periods import Period

COLUMNS = budget.statement_columns(Period.parse("2024-02"), has_split=False)
TABLE = pd.DataFrame({"Bokslut 2023": [11603.0, 14827.0, 26430.0],
                      "Budget 2024": [9178.0, 9793.0, 18971.0],
                      "Prognos 2024": [8271.0, 10700.0, 18971.0],
                      "Avvikelse helår": [907.0, -907.0, 0.0]},
                     index=["Herrljunga", "Vårgårda", "Summa"])


def _stale(note):
    return stale_figures(note, "Herrljunga", COLUMNS[2], [7878.0, 11093.0], TABLE, COLUMNS,
                         1.0, [43.6, 56.4])


@pytest.mark.parametrize("note", [
    "Nyckeln 43,6 % ger 8 271 000 kronor",
    "Nyckeln 43,6 % ger 8,3 mnkr",
    "Nyckeln 43,6 % ger 8,3 mkr",
    "Nyckeln 43,6 % ger 8,3 miljoner kronor",
    "Nyckeln 43,6 % ger 8 200–8 300 tkr",
    "Nyckeln 43,6 % ger 8 200 – 8 300 tkr",
    "Nyckeln 43,6 % ger 8200-8300 tkr",
    "Nyckeln 43,6 % ger 8 271,40 kr per invånare",
    "Nyckeln 43,6 % ger 8 271 tkr, dvs. ca 8,3 mnkr",
])
def test_a_figure_in_another_unit_or_a_range_passes(note):
    result = _stale(note)
    assert result == []


@pytest.mark.parametrize(("note", "expected"), [
    ("Nyckeln 43,6 % ger 8 328 tkr (8,3 mnkr)", ["ger 8 328"]),
    ("Budget 9 278 − prognos 8 271 = 1 007", ["Budget 9 278", "= 1 007"]),
    ("Nyckeln 43,6 % ger 8 328, budgeten 9 178 tkr", ["ger 8 328"]),
])
def test_a_stale_tkr_figure_beside_them_still_warns(note, expected):
    result = _stale(note)
    assert result == expected
