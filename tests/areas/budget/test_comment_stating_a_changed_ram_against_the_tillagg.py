"""The committee's monthly report follows "kommunbidraget minskats med 24 tkr" with
"Totalt har servicenämnden IT, växel och telefoni fått en minskad ram med 24 tkr under
2024". A comment written so, beside tillägg to Kommunbidrag that sum to −54 tkr, printed
"minskad ram med 24 tkr" under page 01's summary of −54 with no warning (only the
kommunbidrag sentence was read). Now that wording is read as the same change and warns
naming the comment's file and key; a kommun's ram, an investment ram or "Ramen har
minskats" (another subject) are no alarm."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget, open_report
from itvt_lib.areas.budget.comment_figures import stated_kommunbidrag_change

KOMMUNER = ["Herrljunga", "Vårgårda"]
RAM = ("Totalt har servicenämnden IT, växel och telefoni fått en minskad ram med 24 tkr "
       "under 2024.")


@pytest.mark.parametrize(("comment", "expected"), [
    (RAM, [("minskad ram med 24 tkr", -24)]),
    ("Nämnden har fått en utökad ram med 1 150 tkr.", [("utökad ram med 1 150 tkr", 1150)]),
    ("Sedan budgetbeslutet hösten 2023 har kommunbidraget minskats med 24 tkr för minskade "
     "kapitalkostnader. " + RAM,
     [("kommunbidraget minskats med 24 tkr", -24), ("minskad ram med 24 tkr", -24)]),
    # must pass: a kommun's ram, an investment ram, another subject
    ("Vårgårda har fått en minskad ram med 24 tkr.", []),
    ("Nämnden har fått en minskad investeringsram med 500 tkr.", []),
    ("Ramen har minskats med 24 tkr.", []),
    ("Budgeten ligger inom ram.", []),
])
def test_the_change_a_ram_sentence_states(comment, expected):
    result = stated_kommunbidrag_change(comment, KOMMUNER)
    assert result == expected


@pytest.mark.parametrize(("amount", "expected"), [
    (-24.0, []),
    (-54.0, [("minskad ram med 24 tkr", "−54\u00a0tkr")]),
])
def test_a_ram_sentence_beside_tillagg_that_sum_otherwise(dataset, params_dir, amount,
                                                         expected):
    path = params_dir / "2024-02.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("minskats med 24 tkr för minskade kapitalkostnader.",
                                 "minskats för minskade kapitalkostnader. " + RAM),
                    encoding="utf-8")
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    drift = ctx.dataset["driftredovisning"].copy()
    row = ((drift["year"] == 2024) & (drift["measure"] == "tillagg")
           & (drift["kontogrupp"] == "Kommunbidrag"))
    drift.loc[row, "belopp"] = amount
    found = [c for c in budget.checks(with_tables(ctx, driftredovisning=drift))
             if c.description.startswith("Kommentarens ändring")]
    result = [(c.expected, c.actual) for c in found]
    assert result == expected
    assert all(": kommentar.driftredovisning: kommentaren säger " in c.note for c in found)
