"""A negative amount split by the key (a tillägg that lowers the ram) is rounded by
largest remainder on its size, so a tie goes to the first member as for a positive one:
−1 100 at 47,5 / 52,5 % is −522,5 / −577,5 → −523 / −577 (was −522 / −578)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("amount", "key", "expected"), [
    (-1100.0, [0.475, 0.525], [-523.0, -577.0]),
    (1100.0, [0.475, 0.525], [523.0, 577.0]),
    (-1125.0, [0.564, 0.436], [-635.0, -490.0]),
    (-1.0, [0.5, 0.5], [-1.0, 0.0]),
    (-24.0, [0.436, 0.564], [-10.0, -14.0]),     # no tie: as before
])
def test_a_negative_split_mirrors_the_positive_one(amount, key, expected):
    result = allocation.key_split(amount, pd.Series(key, index=KOMMUNER))
    pd.testing.assert_series_equal(result, pd.Series(expected, index=KOMMUNER))
