"""Control steps that share no word with their risk: found from the data, marked on page
06 with a footnote, a warning on the checks page.

Source: the internal control plan 2023 (risk 5 "Autentisering till IT system" with step
"5. Alla inköp skall gå igenom utsedd roll innan inköp görs"). Risks "Backup" and
"Behörigheter" are test data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import control
from itvt_lib.core.checks import PASS, WARN, contradictions_of


def risks(steps: list[tuple[int, str, str]]) -> pd.DataFrame:
    return pd.DataFrame([(2023, nr, risk, step) for nr, risk, step in steps],
                        columns=["year", "nr", "risk", "kontrollmoment"])


FOLLOW_UP = pd.DataFrame([(2023, 2, 1, "Säkerhetskopior av behörighetslistor tas")],
                         columns=["year", "nr", "ordning", "text"])


@pytest.mark.parametrize(("step", "expected"), [
    ("Behörigheterna ses över", []),                       # shares a word with the risk
    ("Säkerhetskopiorna kontrolleras", []),                # with its follow-up
    ("Alla inköp skall gå igenom utsedd roll", [2]),       # shares none
    ("Ska det göras?", [2]),                               # short words are not compared
])
def test_a_step_sharing_no_word_with_its_risk_or_follow_up_is_unrelated(step, expected):
    plan = risks([(1, "Backup", "Backupen testas"), (2, "Behörigheter", step)])
    result = control.unrelated_steps(plan, FOLLOW_UP)["nr"].tolist()
    assert result == expected


def test_2023_steps_1_3_5_6_share_no_word_with_their_risk(ctx_2023):
    result = control.unrelated_steps_for(ctx_2023)
    assert result["nr"].tolist() == [1, 3, 5, 6]
    assert result.loc[2, ["risk", "kontrollmoment"]].tolist() == [
        "Autentisering till IT system", "Alla inköp skall gå igenom utsedd roll innan inköp görs"]


def test_2023_risk_table_marks_the_unrelated_steps_and_names_them_in_a_footnote(ctx_2023):
    table, note = control.marked_table_for(ctx_2023)
    marked = table[table["Kontrollmoment"].str.endswith(" 1)")]["Nr"].tolist()
    assert sorted(marked) == [1, 3, 5, 6]
    assert table["Nr"].tolist() == control.display_table(control.ranked_for(ctx_2023))["Nr"].tolist()
    assert note.startswith("1) Planens numrering och kontrollmoment återges som de trycktes.")
    assert ("5. \u201dAlla inköp skall gå igenom utsedd roll innan inköp görs\u201d under "
            "risken \u201dAutentisering till IT system\u201d") in note


@pytest.mark.parametrize(("steps", "expected"), [
    ([(1, "Backup", "Backupen testas")], (0.0, 0.0, PASS)),
    ([(1, "Backup", "Backupen testas"), (2, "Behörigheter", "Alla inköp granskas")],
     (0.0, 1.0, WARN)),
])
def test_step_check_warns_when_a_step_shares_no_word(steps, expected, ctx_2023):
    from conftest import with_tables

    plan = risks(steps).assign(sannolikhet=1, konsekvens=1, riskvarde_publicerat=1,
                               ansvar="x")
    ctx = with_tables(ctx_2023, internkontroll=plan)
    (check,) = [c for c in control.checks(ctx) if c.area == contradictions_of(control.AREA)]
    assert (check.expected, check.actual, check.status) == expected


def test_no_plan_no_step_check(ctx_2024):
    assert control.checks(ctx_2024) == []
