"""Staff's change in percentage points is the difference of the values as printed (one
decimal), so the table's change column, the summary's sentence and the comment checks
agree with the two percentages a reader sees: 2,0 % → 2,2 % is +0,2, 2,1 % → 2,1 % is
±0,0 ("samma nivå"), whatever further decimals the source has.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff


def _with_sick_leave(ctx, previous: float, current: float):
    """The context with the total sick leave of Nov 2022 and Nov 2023 replaced."""
    frame = ctx.dataset["personal"].copy()
    for period, value in (("2022-11", previous), ("2023-11", current)):
        rows = (frame["period"] == period) & (frame["measure"] == "sjukfranvaro") \
            & (frame["grupp"] == "total")
        frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


@pytest.mark.parametrize(("previous", "current", "expected"), [
    (2.05, 2.14, "±0,0"),
    (2.14, 2.05, "±0,0"),
    (2.04, 2.15, "+0,2"),
    (2.15, 2.04, "−0,2"),
    (1.7, 2.2, "+0,5"),
])
def test_change_column_is_the_difference_of_the_printed_values(ctx_2023, previous, current,
                                                                expected):
    table = staff.table_for(_with_sick_leave(ctx_2023, previous, current))
    result = staff.fmt_points(table.loc[("sjukfranvaro", "total"), staff.CHANGE])
    assert result == expected


@pytest.mark.parametrize(("previous", "current", "expected"), [
    (2.05, 2.14, "ligger på samma nivå som föregående år"),
    (2.04, 2.15, "har ökat med 0,2 procentenheter"),
    (2.15, 2.04, "har minskat med 0,2 procentenheter"),
])
def test_summary_states_the_printed_change(ctx_2023, previous, current, expected):
    result = staff.summary(_with_sick_leave(ctx_2023, previous, current))[0]
    assert expected in result


@pytest.mark.parametrize(("claim", "previous", "current", "expected"), [
    ("samma_niva", 2.05, 2.54, True),    # 2,1 → 2,5: 0,4
    ("samma_niva", 2.05, 2.56, True),    # 2,1 → 2,6: 0,5 printed, 0,51 unrounded
    ("samma_niva", 2.04, 2.55, False),   # 2,0 → 2,6: 0,6 printed
    ("okat", 2.05, 2.14, False),         # 2,1 → 2,1: no rise as printed
])
def test_claim_is_judged_on_the_printed_change(claim, previous, current, expected):
    result = staff.claim_holds(claim, previous, current)
    assert result is expected


def test_missing_previous_value_has_no_change(ctx_2023):
    table = staff.table_for(_with_sick_leave(ctx_2023, float("nan"), 2.2))
    result = table.loc[("sjukfranvaro", "total"), staff.CHANGE]
    assert result != result
