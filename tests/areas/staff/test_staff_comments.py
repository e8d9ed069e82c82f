"""Staff comments: each claim ("samma nivå", "ökat något", ...) against the figures by its
rule, the notes naming the change, and claims without figures.

Rule: "samma nivå" ≤ 0,5 points; "något" ≤ max(0,5, a quarter of the previous level).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff
from itvt_lib.core.checks import PASS, WARN

# ---------------------------------------------------------------- staff: the comments


# Rule: "samma nivå" ≤ 0,5 points; "något" ≤ max(0,5, a quarter of the previous level).
@pytest.mark.parametrize(("claim", "previous", "current", "expected"), [
    ("samma_niva", 2.2, 2.2, True),
    ("samma_niva", 2.0, 2.5, True),      # exactly 0,5 points
    ("samma_niva", 2.0, 1.5, True),
    ("samma_niva", 2.0, 2.6, False),
    ("samma_niva", 2.0, 1.4, False),
    ("okat_nagot", 0.0, 15.7, False),    # the source: 0,0 % → 15,7 % is not "något"
    ("okat_nagot", 0.0, 0.5, True),      # slight = max(0,5, 0) = 0,5
    ("okat_nagot", 0.0, 0.6, False),
    ("okat_nagot", 4.0, 5.0, True),      # slight = max(0,5, 1,0) = 1,0
    ("okat_nagot", 4.0, 5.1, False),
    ("okat_nagot", -4.0, -3.0, True),    # a quarter of |previous|
    ("okat_nagot", 4.0, 4.0, False),     # no change is not an increase
    ("okat_nagot", 4.0, 3.9, False),
    ("minskat_nagot", 4.0, 3.0, True),
    ("minskat_nagot", 4.0, 2.9, False),
    ("minskat_nagot", 4.0, 4.1, False),
    ("okat", 4.0, 40.0, True),
    ("okat", 4.0, 4.0, False),
    ("minskat", 4.0, 0.0, True),
    ("minskat", 4.0, 4.1, False),
])
def test_claim_holds(claim, previous, current, expected):
    assert staff.claim_holds(claim, previous, current) is expected


def test_staff_comment_notes_name_the_change(ctx_2023):
    texts, notes = staff.comment_texts(ctx_2023)
    assert texts == ["Den totala sjukfrånvaron ligger på samma nivå som föregående år.",
                     "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022."]
    # 0,0 % → 15,7 % is not "ökat något": one note, with the change +15,7 points
    assert notes == ["Anmärkning: texten om långtidssjukfrånvaro (totalt) stämmer inte med "
                     "siffrorna, 0,0\u00a0% → 15,7\u00a0% (+15,7 procentenheter)."]


def test_staff_claim_checks(ctx_2023):
    from itvt_lib.core.checks import Check

    # Source: sjukfrånvaro 2,2 → 2,2 % ("samma nivå" holds); långtid 0,0 → 15,7 % ("ökat
    # något" does not: 15,7 points is more than max(0,5, 0,0 / 4))
    assert staff.claim_checks(ctx_2023) == [
        Check("Personal", "Texten om sjukfrånvaro i förhållande till ordinarie arbetstid "
              "(totalt) mot siffrorna",
              "Den totala sjukfrånvaron ligger på samma nivå som föregående år.",
              "2,2\u00a0% → 2,2\u00a0%", 0.0, PASS, ""),
        Check("Personal", "Texten om långtidssjukfrånvaro (>60 dagar), andel av total "
              "sjukfrånvaro (totalt) mot siffrorna",
              "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022.",
              "0,0\u00a0% → 15,7\u00a0%", 0.0, WARN,
              "texten stämmer inte med siffrorna (0,0\u00a0% → 15,7\u00a0%, "
              "+15,7 procentenheter)")]


def _staff_probe(ctx, period: str, measure: str):
    """The context with one measure's total missing in one measurement month."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == period) & (frame["measure"] == measure) \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = float("nan")
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_claim_without_figures_is_left_out_and_the_rest_checked(ctx_2023):
    probe = _staff_probe(ctx_2023, "2022-11", "sjukfranvaro")
    result = staff.claim_checks(probe)
    assert [c.description[:30] for c in result] == ["Texten om långtidssjukfrånvaro"]


@pytest.mark.parametrize(("change", "expected"), [
    (0.04, "ligger på samma nivå som föregående år"),      # rounds to 0,0
    (-0.04, "ligger på samma nivå som föregående år"),
    (0.05, "har ökat med 0,1 procentenheter jämfört med föregående år"),  # half away
    (-0.05, "har minskat med 0,1 procentenheter jämfört med föregående år"),
])
def test_staff_direction_rounds_to_one_decimal(change, expected):
    assert staff._direction(change) == expected


def _staff_values(ctx, period: str, measure: str, values: dict):
    """The context with one measurement month's figures of one measure replaced."""
    frame = ctx.dataset["personal"].copy()
    for grupp, value in values.items():
        rows = (frame["period"] == period) & (frame["measure"] == measure) \
            & (frame["grupp"] == grupp)
        frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_comment_note_with_a_fall(ctx_2023):
    # Rule: the note gives now − before; 2,2 → 1,0 is −1,2 points, not "samma nivå"
    probe = _staff_values(ctx_2023, "2023-11", "sjukfranvaro",
                          {"total": 1.0, "kvinnor": 0.5, "män": 1.5})
    _, notes = staff.comment_texts(probe)
    assert notes[0].endswith("2,2\u00a0% → 1,0\u00a0% (−1,2 procentenheter).")
    checks = staff.claim_checks(probe)
    assert checks[0].note.endswith("(2,2\u00a0% → 1,0\u00a0%, −1,2 procentenheter)")


def test_staff_comment_without_a_previous_figure_has_no_note(ctx_2023):
    _, notes = staff.comment_texts(_staff_probe(ctx_2023, "2022-11", "sjukfranvaro"))
    assert len(notes) == 1 and notes[0].startswith("Anmärkning: texten om långtidssjuk")
