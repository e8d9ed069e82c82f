"""A closed year's difference to the joint net cost of record goes to the largest pool in
size, also when that pool is a surplus (negative): not to the smallest one."""

from __future__ import annotations

import pytest

from itvt_lib.areas.financing import pools_of_record


@pytest.mark.parametrize(("pools", "record", "expected"), [
    ({"IT": -25975.0, "Växel": 454.0}, -25520.0, {"IT": -25974.0, "Växel": 454.0}),
    ({"IT": 25975.0, "Växel": 454.0}, 26430.0, {"IT": 25976.0, "Växel": 454.0}),
    ({"IT": -100.0, "Växel": -10.0}, -111.0, {"IT": -101.0, "Växel": -10.0}),
])
def test_the_difference_goes_to_the_largest_pool_in_size(pools, record, expected):
    result = pools_of_record(pools, record)
    assert result == expected
