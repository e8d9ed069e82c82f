"""A closed year's difference to the figure of record when two pools are equal in size.

Rule: of pools equal in |pool| the first in kostnadsställen order takes the difference
(a rule stated in the docstring; real pools are practically never equal).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas.financing import pools_of_record


@pytest.mark.parametrize(("pools", "record", "expected"), [
    ({"IT": 500.0, "Växel": 500.0}, 1001.0, {"IT": 501.0, "Växel": 500.0}),
    ({"Växel": 500.0, "IT": 500.0}, 1001.0, {"Växel": 501.0, "IT": 500.0}),
    ({"IT": 500.0, "Växel": -500.0}, 1.0, {"IT": 501.0, "Växel": -500.0}),
])
def test_pools_of_record_tied_in_size(pools, record, expected):
    result = pools_of_record(pools, record)
    assert result == expected
