"""Kinds of value (docs/ARCHITECTURE.md, "Kinds of value"): what a page shows and what the
workbook stores agree, and a kind's defaults are the ones the committee's papers print."""

from __future__ import annotations

import pytest

from itvt_lib.core.formatting import points, share

NB, MINUS = "\u00a0", "\u2212"


@pytest.mark.parametrize(("value", "decimals", "text", "stored"), [
    (0.4364, 1, f"43,6{NB}%", 0.436),     # rounded to the page's 43,6 %, not 0.4364
    (0.43649, 1, f"43,6{NB}%", 0.436),
    (0.43651, 1, f"43,7{NB}%", 0.437),
    (0.12345, 0, f"12{NB}%", 0.12),
    (-0.0874, 1, f"{MINUS}8,7{NB}%", -0.087),
])
def test_a_share_is_stored_as_the_page_shows_it(value, decimals, text, stored):
    kind = share(decimals)
    result = (kind.text(value), kind.xlsx_value(value))
    expected = (text, stored)
    assert result == expected


@pytest.mark.parametrize(("value", "expected"), [
    (4.83, "+4,8"), (-4.85, f"{MINUS}4,9"), (0.04, "–"), (12.0, "+12,0")])
def test_points_show_one_decimal_signed_by_default(value, expected):
    assert points().text(value) == expected


@pytest.mark.parametrize(("kind", "value", "expected"), [
    (points(), 4.83, f"+4,8{NB}procentenheter"),
    (points(0), -2.4, f"{MINUS}2{NB}procentenheter"),
])
def test_a_key_figure_in_points_names_its_unit(kind, value, expected):
    assert kind.figure(value) == expected
