"""The checks page's "Risk n har uppföljning": the count of follow-up points is a number
(shown "3", a number in tabeller.xlsx), not the text "3" a spreadsheet cannot sum or sort."""

from __future__ import annotations

from itvt_lib.areas import control
from itvt_lib.core.formatting import VALUE_KIND


def test_the_follow_up_count_is_a_number(ctx_2023):
    checks = [c for c in control.checks(ctx_2023) if c.description.endswith("har uppföljning")]
    result = [(type(c.actual), VALUE_KIND.text(c.actual), VALUE_KIND.xlsx_value(c.actual))
              for c in checks[:2]]
    expected = [(float, "3", 3.0), (float, "5", 5.0)]
    assert checks and result == expected
