"""Page 03's shares of the hours (areas/project_shares.py): each share was rounded on its
own, so the shipped 2023-12 export showed project shares summing to 100,1 % beside a
Totalsumma of 100,0 %. Shown shares of a whole are balanced by largest remainder, the rule
of the allocation key and the financing split (`allocation.round_shares`)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from itvt_lib.areas import open_report, projects
from itvt_lib.areas.project_shares import shown_shares


def _shown_percent(values) -> list[float]:
    """Shares as the page prints them: a percent to one decimal."""
    return [round(v * 1000) / 10 for v in values]


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_the_page_s_shares_sum_to_its_100_percent(dataset, period):
    table = projects.table_for(open_report(period, dataset=dataset))
    shares = _shown_percent(table[projects.ANDEL])
    result = round(sum(shares[:-1]), 1)
    expected = shares[-1]
    assert (result, expected) == (100.0, 100.0)


@pytest.mark.parametrize(("hours", "expected"), [
    ([1.0, 1.0, 1.0], [33.4, 33.3, 33.3]),            # ties go to the first
    ([223.0, 11.0, 766.0], [22.3, 1.1, 76.6]),        # exact: nothing to balance
    ([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], [14.3, 14.3, 14.3, 14.3, 14.3, 14.3, 14.2]),
])
def test_shown_shares_by_largest_remainder(hours, expected):
    result = _shown_percent(shown_shares(pd.Series(hours)))
    assert result == expected
    assert math.isclose(sum(result), 100.0)


def test_no_whole_to_balance_against():
    result = shown_shares(pd.Series([0.0, 0.0]))
    assert result.isna().all()
    result = shown_shares(pd.Series([3.0, float("nan"), 1.0]))
    assert result.isna().tolist() == [False, True, False]


@pytest.mark.parametrize(("hours", "expected"), [
    ([100.0, 100.0, 100.0], "(33,4\xa0%, 33,3\xa0% och 33,3\xa0% av timmarna)"),
    ([100.0, 100.0, 50.0], "(40,0\xa0% av timmarna)"),
])
def test_largest_projects_tied_quote_their_shares_as_shown(hours, expected):
    export = pd.DataFrame({"period": "2024-02", "projektnummer": [1, 2, 3][:len(hours)],
                           "projekt": ["A", "B", "C"][:len(hours)], "timmar": hours,
                           "belopp_kr": 1.0})
    result = projects.largest_sentence(export)
    assert result.endswith(expected + ".")
