"""A staff total not between women and men is footnoted on page 07 and noted on the start
page's key figure (run 39d), but the summary, which stands on page 07 and on the start
page, said "Den totala sjukfrånvaron är 3,5 % … har ökat med 1,3 procentenheter" with no
word. A summary sentence built from such a total (now or a year earlier) says so; a total
between them gets no such sentence. The key figure (the latest measurement) was noted
also where only the year earlier's total was contradicted: now only for its own."""

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


EARLIER = (" Förändringen utgår från totalen för Nov 2022, som inte ligger mellan kvinnor "
           "och män (se sidans fotnot).")


@pytest.mark.parametrize(("period", "total", "note"), [
    ("2023-11", 3.5, NOTE),
    ("2023-11", 1.2, NOTE),
    ("2022-11", 3.4, EARLIER),   # the year earlier: the change is built from it, not 2,2
    ("2023-11", 2.2, ""),
    ("2023-11", 2.95, ""),       # within 0,05 of men's 2,9 as printed
])
def test_summary_says_a_total_outside_the_groups_is_as_printed(ctx_2023, period, total,
                                                                note):
    lines = staff.summary(_with_sick_leave_total(ctx_2023, period, total))
    result = [line.endswith(NOTE) or line.endswith(EARLIER) for line in lines]
    assert result == [bool(note), False, False]
    assert not note or lines[0].endswith(note)


@pytest.mark.parametrize(("period", "total", "expected"), [
    ("2023-11", 3.5, "som tryckt; totalen ligger inte mellan kvinnor och män, se sidans fotnot"),
    ("2022-11", 3.4, ""),   # the key figure is Nov 2023's 2,2 %, between 1,3 and 2,9
])
def test_key_figure_noted_only_for_its_own_total(ctx_2023, period, total, expected):
    (figure,) = staff.key_figures(_with_sick_leave_total(ctx_2023, period, total))
    result = figure.note
    assert result == expected
