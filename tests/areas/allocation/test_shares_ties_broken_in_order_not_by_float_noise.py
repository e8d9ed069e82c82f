"""Shares from weights (fixed shares typed in percent, budgets, inhabitants) are rounded
by largest remainder with a tie broken in order, also when the float sum of the weights
hides it: 6,55 and 0,95 of 100 (summed as 100,00000000000001) both leave ,5 of a tenth,
so the first is 6,6 % and the second 0,9 %; it was 6,5 and 1,0 %. The weights are taken
as written (15 significant digits) and divided exactly."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation


@pytest.mark.parametrize(("weights", "decimals", "expected"), [
    ([0.29, 31.15, 6.55, 46.43, 14.63, 0.95], 1, [0.003, 0.312, 0.066, 0.464, 0.146, 0.009]),
    ([10.09, 43.44, 30.84, 8.90, 6.73], 1, [0.101, 0.435, 0.308, 0.089, 0.067]),
    ([19.04, 44.08, 24.24, 12.64], 1, [0.191, 0.441, 0.242, 0.126]),
    ([43.5, 56.5], 0, [0.44, 0.56]),                     # a plain tie: the first
    ([28704, 1887, 12713], 1, [0.663, 0.044, 0.293]),    # inhabitants, an exact tie
    ([12480, 13730], 1, [0.476, 0.524]),                 # no tie
])
def test_a_tie_is_broken_in_order(weights, decimals, expected):
    result = allocation.shares_from_weights(pd.Series(weights, dtype="float64"), decimals)
    expected = pd.Series(expected)
    pd.testing.assert_series_equal(result, expected)
    assert round(float(result.sum()), 12) == 1.0


def test_a_missing_weight_leaves_every_share_missing():
    result = allocation.shares_from_weights(pd.Series([1.0, float("nan")]))
    assert result.isna().all()
