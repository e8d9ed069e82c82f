"""A staff total not between women and men is footnoted on page 07 and noted on the start
page's key figure (run 39d), but the summary, which stands on page 07 and on the start
page, said "Den totala sjukfrånvaron är 3,5 % … har ökat med 1,3 procentenheter" with no
word. A summary sentence built from such a total (now or a year earlier) says it is as
printed; a total between them gets no such sentence."""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff

NOTE = " Totalen visas som tryckt, men den ligger inte mellan kvinnor och män (se sidans fotnot)."


def _with_sick_leave_total(ctx, period: str, value: float):
    """The context with the total sick leave of `period` replaced."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == period) & (frame["measure"] == "sjukfranvaro") \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


@pytest.mark.parametrize(("period", "total", "noted"), [
    ("2023-11", 3.5, True),
    ("2023-11", 1.2, True),
    ("2022-11", 3.4, True),    # the year earlier: the change is built from it
    ("2023-11", 2.2, False),
    ("2023-11", 2.95, False),  # within 0,05 of men's 2,9 as printed
])
def test_summary_says_a_total_outside_the_groups_is_as_printed(ctx_2023, period, total,
                                                                noted):
    lines = staff.summary(_with_sick_leave_total(ctx_2023, period, total))
    result = [line.endswith(NOTE) for line in lines]
    expected = [noted, False, False]
    assert result == expected
