"""Twelve months to the end of February (2022-03-01–2023-02-28 and 2023-03-01–2024-02-29)
are the same months a year apart, but the later range was read as a different period and
the checks page warned that the change compared different periods. The last day of
February a year on is now the last day of February."""

from __future__ import annotations

from datetime import date

import pytest

from itvt_lib.areas import staff


@pytest.mark.parametrize(("before", "now", "expected"), [
    ((date(2022, 3, 1), date(2023, 2, 28)), (date(2023, 3, 1), date(2024, 2, 29)), True),
    ((date(2023, 3, 1), date(2024, 2, 29)), (date(2024, 3, 1), date(2025, 2, 28)), True),
    ((date(2022, 3, 1), date(2023, 2, 28)), (date(2023, 3, 1), date(2024, 2, 28)), False),
    ((date(2022, 12, 1), date(2023, 11, 30)), (date(2023, 12, 1), date(2024, 11, 30)), True),
    ((date(2023, 2, 1), date(2023, 2, 27)), (date(2024, 2, 1), date(2024, 2, 27)), True),
], ids=["into-a-leap-year", "out-of-a-leap-year", "leap-day-left-out", "november",
        "not-a-month-end"])
def test_comparable_ranges_at_february_end(before, now, expected):
    result = staff.comparable_ranges(before, now)
    assert result == expected


@pytest.mark.parametrize(("day", "expected"), [
    (date(2023, 2, 28), date(2024, 2, 29)),
    (date(2024, 2, 29), date(2025, 2, 28)),
    (date(2023, 11, 30), date(2024, 11, 30)),
    (date(2023, 2, 27), date(2024, 2, 27)),
])
def test_a_year_on(day, expected):
    result = staff.a_year_on(day).date()
    assert result == expected
