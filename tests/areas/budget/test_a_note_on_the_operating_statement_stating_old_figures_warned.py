"""published.csv's note on Personalkostnader, prognos 2024 says "Budgeten är 14 929 tkr ...
summa kostnader 36 721 tkr"; with the budget corrected to 15 029 (TEST) page 01's footnote
still said 14 929 beside the new figures, exit 0, no warning. Now the checks page warns,
naming published.csv and the note's line; the real notes of 2023-12 and 2024-02 pass."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget


def _notes(ctx):
    return [c for c in budget.checks(ctx)
            if c.description.startswith("Anteckningen i published.csv")]


@pytest.mark.parametrize("fixture", ["ctx_2024", "ctx_2023"])
def test_the_real_notes_give_no_warning(fixture, request):
    result = _notes(request.getfixturevalue(fixture))
    assert result == []


def test_a_corrected_budget_warns_on_the_note_stating_the_old_one(ctx_2024):
    drift = ctx_2024.dataset["driftredovisning"].copy()
    row = ((drift["year"] == 2024) & (drift["measure"] == "ursprunglig_budget")
           & (drift["kontogrupp"] == "Personalkostnader"))
    drift.loc[row, "belopp"] = 15029.0
    found = _notes(with_tables(ctx_2024, driftredovisning=drift))
    result = [c.note.replace("\xa0", " ").rsplit("/", 1)[-1].split(" säger ")
              for c in found]
    expected = [["published.csv:2: note: anteckningen till Personalkostnader, prognos 2024",
                 "\"Budgeten är 14 929\", men sidan visar Personalkostnader: bokslut 2023 "
                 "14 225, urspr. budget 2024 15 029, tillägg 2024 0, budget 2024 15 029, "
                 "prognos 2024 14 929, avvikelse helår 100 tkr; skriv om anteckningen eller "
                 "rätta underlaget"]]
    assert result == expected
