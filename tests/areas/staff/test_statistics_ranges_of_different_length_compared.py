"""The staff table compares a measurement month with the same month a year earlier. When
the two statistics ranges differ (six months of sick leave against a year's), the change
was published as if the figures compared, with every check green; now a warning."""

from __future__ import annotations

from datetime import date

import pytest

from itvt_lib.areas import open_report, staff

ROWS_2022 = "2022-11,,,"


@pytest.mark.parametrize(("earlier", "expected"), [
    ("2022-06-01,2022-11-30", [("warn", "Nov 2022 2022-06-01–2022-11-30",
                                "Nov 2023 2022-12-01–2023-11-30")]),
    ("2021-12-01,2022-11-30", [("pass", "Nov 2022 2021-12-01–2022-11-30",
                                "Nov 2023 2022-12-01–2023-11-30")]),
    (",", []),
], ids=["half-a-year", "a-year-earlier", "not-stated"])
def test_ranges_of_the_compared_months(data_dir, earlier, expected):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    assert ROWS_2022 in text
    path.write_text(text.replace(ROWS_2022, f"2022-11,{earlier},"), encoding="utf-8")
    ctx = open_report("2023-12", data_dir)
    result = [(c.status, c.expected, c.actual) for c in staff.checks(ctx)
              if c.description.startswith("Statistikperioden")]
    assert result == expected


@pytest.mark.parametrize(("before", "now", "expected"), [
    ((date(2022, 12, 1), date(2023, 11, 30)), (date(2023, 12, 1), date(2024, 11, 30)), True),
    ((date(2023, 6, 1), date(2023, 11, 30)), (date(2023, 12, 1), date(2024, 11, 30)), False),
    ((date(2023, 3, 1), date(2024, 2, 29)), (date(2024, 3, 1), date(2025, 2, 28)), True),
])
def test_comparable_ranges(before, now, expected):
    result = staff.comparable_ranges(before, now)
    assert result == expected
