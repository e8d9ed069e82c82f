"""The warning for a comment on page 05 that says the investments follow budget beside an
avvikelse (investment_notes.states_budget_followed) fired on comments that name an
exception or say the opposite: "Prognos enligt budget med undantag för servrar.",
"... exklusive nätverksprojektet", "... Vårgårda beräknas få ett överskott", "Prognosen
ligger inte i balans med budget." each beside the avvikelse they explain. Those are no
longer read as following budget; the plain wordings still are."""

from __future__ import annotations

import pytest

from itvt_lib.areas.investment_notes import states_budget_followed


@pytest.mark.parametrize("comment", [
    "Prognos enligt budget med undantag för servrar.",
    "Prognos enligt budget, exklusive nätverksprojektet.",
    "Prognos enligt budget exkl. Vårgårda.",
    "Prognos enligt budget i Herrljunga; Vårgårda beräknas få ett överskott.",
    "Prognos enligt budget för nätverk, underskott för servrar.",
    "Prognosen följer inte budget.",
    "Prognosen ligger inte i balans med budget.",
    "Prognos ej enligt budget.",
    "Prognosen är inte längre enligt budget.",
])
def test_a_comment_naming_an_exception_or_denying_budget_does_not_say_it_follows(comment):
    assert not states_budget_followed(comment)


@pytest.mark.parametrize("comment", [
    "Prognos enligt budget.",
    "Investeringarna följer budget.",
    "Prognosen ligger i balans med budget.",
    "Prognos enligt budget, förutsatt att leveranserna sker i tid.",
    "Prognos enligt budget inklusive tilläggsbudgeten.",
])
def test_a_plain_comment_still_says_it_follows(comment):
    assert states_budget_followed(comment)
