"""A staff comment exactly on its rule's boundary, as the figures are printed (one
decimal), fits the figures: 1,7 → 2,2 % is "samma nivå" (0,5 points), not 0,5000…04.

Rule: "samma nivå" ≤ 0,5 points; "något" ≤ max(0,5, a quarter of the previous level).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff
from itvt_lib.core.checks import PASS


@pytest.mark.parametrize(("claim", "previous", "current"), [
    ("samma_niva", 1.7, 2.2),
    ("samma_niva", 2.2, 1.7),
    ("samma_niva", 0.6, 1.1),
    ("samma_niva", 7.8, 8.3),
    ("okat_nagot", 2.4, 3.0),     # a quarter of 2,4 is 0,6
    ("okat_nagot", 4.8, 6.0),
    ("minskat_nagot", 3.2, 2.4),
    ("minskat_nagot", 5.2, 3.9),
])
def test_claim_on_the_boundary_holds(claim, previous, current):
    result = staff.claim_holds(claim, previous, current)
    assert result is True


@pytest.mark.parametrize(("claim", "previous", "current"), [
    ("samma_niva", 1.7, 2.3),
    ("okat_nagot", 2.4, 3.1),
    ("minskat_nagot", 3.2, 2.3),
])
def test_claim_just_beyond_the_boundary_fails(claim, previous, current):
    result = staff.claim_holds(claim, previous, current)
    assert result is False


def _with_sick_leave_2022(ctx, total: float):
    """The context with the total sick leave of Nov 2022 replaced."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == "2022-11") & (frame["measure"] == "sjukfranvaro") \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = total
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_samma_niva_at_half_a_point_has_no_note_and_passes(ctx_2023):
    # The annual report: "ligger på samma nivå"; figures 1,7 % → 2,2 % (+0,5 points).
    probe = _with_sick_leave_2022(ctx_2023, 1.7)
    _, notes = staff.comment_texts(probe)
    result = [c.status for c in staff.claim_checks(probe) if "sjukfrånvaro i" in c.description
              and "totalt" in c.description]
    expected = [PASS]
    assert not [n for n in notes if "om sjukfrånvaro (totalt)" in n]
    assert result == expected
