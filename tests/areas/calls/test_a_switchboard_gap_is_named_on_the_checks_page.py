"""A switchboard total left missing because a member has no row for part of its range
("uppgift saknas" on page 04 and the start page) is named on the checks page: which member
and the first day without a row, as a warning, so the controller knows what to add. A
covered range has no such line."""

from __future__ import annotations

import pytest
from test_switchboard_total_with_a_month_missing import (
    HOLE_BESIDE_A_WHOLE_ROW,
    JAN_MAR,
    ONE_KOMMUN_SHORT,
    ONE_MEMBER_ONLY,
    WHOLE,
    report_with,
)

from itvt_lib.areas import calls

DESCRIPTION = "Växel 2024-01-01–2024-03-31: en rad för varje medlem och dag"


def gap_checks(ctx):
    return [c for c in calls.checks(ctx) if c.description.endswith("medlem och dag")]


@pytest.mark.parametrize("rows, expected", [
    (JAN_MAR, "Herrljunga saknar 2024-02-01"),
    (ONE_KOMMUN_SHORT, "Vårgårda saknar 2024-02-01"),
    (HOLE_BESIDE_A_WHOLE_ROW, "Herrljunga saknar 2024-02-01"),
    (ONE_MEMBER_ONLY, "Vårgårda saknar 2024-01-01"),
])
def test_the_first_member_and_day_without_a_row_is_a_warning(data_dir, rows, expected):
    result = gap_checks(report_with(data_dir, rows))

    assert [(c.description, c.actual, c.status) for c in result] == [
        (DESCRIPTION, expected, "warn")]


def test_a_covered_range_has_no_gap_line(data_dir):
    result = gap_checks(report_with(data_dir, WHOLE))

    assert result == []
