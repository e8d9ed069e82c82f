"""A key figure exactly on its rule's edge takes the colour the rule states, also where
the share × amount is not exact in binary (0.009 × 12 000 = 107.99999999999999)."""

from __future__ import annotations

import pytest

from itvt_lib.core.checks import band_light, traffic_light


@pytest.mark.parametrize("deviation, share, budget", [
    (108, 0.009, 12_000),    # 0,9 % of 12 000
    (-189, 0.018, 10_500),   # 1,8 % of 10 500
    (1, 0.01, 100),
])
def test_drift_exactly_on_the_green_edge_is_green(deviation, share, budget):
    result = band_light(deviation, share * budget, 0.05 * budget)
    expected = "green"
    assert result == expected


@pytest.mark.parametrize("resultat, share, netto", [
    (-108, -0.009, 12_000),  # −0,9 % of 12 000
    (-189, -0.018, 10_500),
    (-442, -0.017, 26_000),
])
def test_resultat_exactly_on_the_yellow_edge_is_yellow(resultat, share, netto):
    result = traffic_light(resultat, 0, share * netto)
    expected = "yellow"
    assert result == expected


@pytest.mark.parametrize("value, expected", [(109, "yellow"), (107, "green")])
def test_just_beside_the_edge_keeps_its_colour(value, expected):
    result = band_light(value, 0.009 * 12_000, 0.05 * 12_000)
    assert result == expected
