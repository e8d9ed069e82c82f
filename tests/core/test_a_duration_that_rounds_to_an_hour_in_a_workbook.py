"""A duration's Excel format follows the seconds the page shows: 3 599,5 s reads "1:00:00"
on the page, so its cell is [h]:mm:ss (under mm:ss it read "00:00", the hour dropped)."""

from __future__ import annotations

import pytest

from itvt_lib.core.formatting import DURATION_KIND


@pytest.mark.parametrize(("seconds", "expected"), [
    (3599.4, ("59:59", "mm:ss")),
    (3599.5, ("1:00:00", "[h]:mm:ss")),
    (3600, ("1:00:00", "[h]:mm:ss")),
    (59.5, ("01:00", "mm:ss")),
])
def test_the_format_shows_what_the_page_shows(seconds, expected):
    result = (DURATION_KIND.text(seconds), DURATION_KIND.xlsx_format(seconds))
    assert result == expected
