"""A joint amount split by the key into whole tkr by largest remainder breaks a tie in
order, also when float noise hides it: 1 125 × 56,4 % is 634,5 and 1 125 × 43,6 % is
490,5, a tie, so the first member gets the extra tkr (635 / 490). The product
634.4999999999999 gave it to the second (634 / 491). The amounts are taken to 15
significant digits (`core.checks.as_computed_by_hand`)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation
from itvt_lib.areas.financing import balanced_amounts


@pytest.mark.parametrize(("joint", "key", "expected"), [
    (1125.0, [0.564, 0.436], [635.0, 490.0]),    # 634,5 / 490,5: tie, first
    (1125.0, [0.436, 0.564], [491.0, 634.0]),    # 490,5 / 634,5: tie, first
    (2375.0, [0.564, 0.436], [1340.0, 1035.0]),  # 1 339,5 / 1 035,5
    (-24.0, [0.436, 0.564], [-10.0, -14.0]),     # no tie: −10,464 / −13,536
])
def test_key_split_breaks_a_tie_in_order(joint, key, expected):
    result = allocation.key_split(joint, pd.Series(key, index=["A", "B"]))
    expected = pd.Series(expected, index=["A", "B"])
    pd.testing.assert_series_equal(result, expected)


def test_a_sum_of_noise_is_its_decimal_value():
    result = allocation.round_to_total(pd.Series([634.9999999999999, 490.0000000000001]))
    expected = pd.Series([635.0, 490.0])
    pd.testing.assert_series_equal(result, expected)


def test_page_80s_balanced_amounts_break_the_tie_in_order():
    result = list(balanced_amounts([1125.0 * 0.564, 1125.0 * 0.436]))
    expected = [635.0, 490.0]
    assert result == expected
