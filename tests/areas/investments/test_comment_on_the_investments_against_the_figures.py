"""The controller's comment on page 05 (investeringar.kommentar) beside the avvikelse it
comments: params/2024-02.yaml says "Prognos enligt budget."; with the prognos of
Herrljunga's Reinvestering IT 2 100 (TEST, budget 2 500) page 05 printed "Prognosen för
investeringarna visar en positiv avvikelse mot budget med 400 tkr" above the comment
"Prognos enligt budget.", exit 0 and no check saying so. Now a warning on the checks page
names the comment's file and key; a comment that names the avvikelse or an exception is
no alarm. Fast: no notebook, no CLI."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import investments
from itvt_lib.areas.investment_notes import states_budget_followed
from itvt_lib.core.checks import WARN


@pytest.mark.parametrize(("comment", "expected"), [
    ("Prognos enligt budget.", True),
    ("Prognosen följer budget.", True),
    ("Investeringarna beräknas följa budget för 2024.", True),
    ("Ingen avvikelse mot budget.", True),
    # must pass: the comment names the avvikelse, an amount or an exception
    ("Prognos enligt budget för Nätverk; Reinvestering IT beräknas bli 400 tkr lägre.", False),
    ("Investeringarna beräknas följa budget utom Reinvestering IT, där upphandlingen "
     "förskjuts till 2025.", False),
    ("Prognosen är 400 tkr under budget då upphandlingen av servrar skjuts fram.", False),
    ("Prognos enligt budget, dock kan leveranserna av nätverksutrustning bli försenade.",
     False),
    ("IT har under året investerat i routrar och nya controllers för nätverk.", False),
    ("Investeringsbudgeten redovisar en positiv avvikelse med 3 199 tkr.", False),
    ("", False),
])
def test_a_comment_that_says_the_investments_follow_budget(comment, expected):
    result = states_budget_followed(comment)
    assert result == expected


def _with_prognos(ctx, amount):
    lines = ctx.dataset["investeringar"].copy()
    row = ((lines["period"] == "2024-02") & (lines["measure"] == "prognos")
           & (lines["projekt"] == "Reinvestering IT"))
    lines.loc[row, "belopp"] = amount
    return with_tables(ctx, investeringar=lines)


@pytest.mark.parametrize(("amount", "expected"), [
    (2500.0, []),
    (2500.4, []),                      # avvikelse −0,4 reads 0: follows budget
    (2100.0, [("enligt budget", "+400", WARN)]),
    (2501.0, [("enligt budget", "−1", WARN)]),
])
def test_follows_budget_beside_an_avvikelse_that_reads_otherwise(ctx_2024, amount, expected):
    ctx = _with_prognos(ctx_2024, amount)
    found = [c for c in investments.checks(ctx) if c.description.startswith("Kommentaren")]
    result = [(c.expected, c.actual, c.status) for c in found]
    assert result == expected
    assert all(c.note.startswith("params/2024-02.yaml: investeringar.kommentar: ")
               for c in found)
