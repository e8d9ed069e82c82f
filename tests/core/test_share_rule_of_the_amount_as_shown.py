"""A colour rule's share is taken of its base as shown (whole tkr): 1 % of a budget
12 499,6, shown 12 500, is 125, so an avvikelse of 125 is on the green edge."""

from __future__ import annotations

import pytest

from itvt_lib.core.checks import band_light, share_of_shown, traffic_light


@pytest.mark.parametrize(("share", "base", "expected"), [
    (0.01, 12_499.6, 125.0), (0.01, 12_500.4, 125.0), (-0.01, 18_999.6, -190.0),
    (0.05, 9_178.0, 458.9), (0.01, 12_499.5, 125.0), (0.01, -12_499.5, -125.0),
])
def test_the_share_of_the_base_as_shown(share, base, expected):
    result = share_of_shown(share, base)
    assert result == pytest.approx(expected, abs=1e-9)


def test_an_avvikelse_on_the_edge_of_the_shown_budget_is_green():
    result = band_light(125, share_of_shown(0.01, 12_499.6), share_of_shown(0.05, 12_499.6))
    expected = "green"
    assert result == expected


def test_a_resultat_on_the_edge_of_the_shown_nettokostnad_is_yellow():
    result = traffic_light(-190, 0, share_of_shown(-0.01, 18_999.6))
    expected = "yellow"
    assert result == expected
