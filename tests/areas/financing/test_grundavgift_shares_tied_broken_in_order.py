"""A grundavgift's mixed shares tied to the last decimal are a tie, broken in order (the
first member), never by float noise: 15 % + 70 % × 47,5 % is 48,25 %, beside 51,75 %."""

import numpy as np
import pytest

from itvt_lib.areas.financing import rules


@pytest.mark.parametrize(("weights", "grundavgift", "expected"), [
    ([47.5, 52.5], 0.3, [0.483, 0.517]),     # 48,25 / 51,75: the first member takes the unit
    ([2.5, 97.5], 0.3, [0.168, 0.832]),      # 16,75 / 83,25
    ([63.5, 36.5], 0.3, [0.595, 0.405]),     # 59,45 / 40,55
    ([7.2, 10.0, 12.6, 70.2], 0.25, [0.117, 0.137, 0.157, 0.589]),   # 11,65 and 13,75 tie
    ([43.6, 56.4], 0.3, [0.455, 0.545]),     # no tie: as before
])
def test_grundavgift_tie_goes_to_the_first_member(weights, grundavgift, expected):
    result = rules.pool_share(np.array(weights), grundavgift, 1)
    np.testing.assert_array_equal(result, np.array(expected))
