"""A comment "ökat/minskat något" is held against a quarter of the previous level as
printed (one decimal): 2,38 → 2,96 % reads 2,4 → 3,0 %, +0,6 points, a quarter of 2,4, so
it fits; a quarter of 2,38 (0,595) warned beside figures that say it fits."""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff


@pytest.mark.parametrize(("claim", "previous", "current", "expected"), [
    ("okat_nagot", 2.38, 2.96, True),      # 2,4 → 3,0: +0,6 = 2,4 / 4
    ("minskat_nagot", 3.18, 2.35, True),   # 3,2 → 2,4 (2,35 reads 2,4): −0,8 = 3,2 / 4
    ("okat_nagot", 2.44, 3.05, False),     # 2,4 → 3,1: +0,7 > 0,6
    ("okat_nagot", 2.35, 2.96, True),      # 2,4 → 3,0 (2,35 reads 2,4)
])
def test_slight_change_against_a_quarter_of_the_printed_level(claim, previous, current,
                                                              expected):
    result = staff.claim_holds(claim, previous, current)
    assert result is expected
