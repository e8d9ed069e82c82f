"""params/2024-02.yaml's comment says "Sedan budgetbeslutet hösten 2023 har kommunbidraget
minskats med 24 tkr"; copied into a month whose tillägg to Kommunbidrag sum to −54 (TEST),
page 01 printed the summary's "kommunbidraget minskats med 54 tkr" above the comment's
"minskats med 24 tkr", exit 0, no warning. Now the checks page warns, naming the comment's
file and key. A kommun's own tillägg, or another subject, is no alarm."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget
from itvt_lib.areas.budget.comment_figures import stated_kommunbidrag_change

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("comment", "expected"), [
    ("Sedan budgetbeslutet hösten 2023 har kommunbidraget minskats med 24 tkr för minskade "
     "kapitalkostnader.", [("kommunbidraget minskats med 24 tkr", -24)]),
    ("Kommunbidraget har ökats med 1 150 tkr.", [("Kommunbidraget har ökats med 1 150 tkr",
                                                  1150)]),
    # must pass: a kommun's own figure; other subjects
    ("Vårgårdas kommunbidrag har minskats med 24 tkr.", []),
    ("Herrljunga kommun har sänkt kommunbidraget med 10 tkr.", []),
    ("Ramen har minskats med 24 tkr.", []),
    ("Kommunbidraget är oförändrat.", []),
    ("", []),
])
def test_the_change_a_comment_states(comment, expected):
    result = stated_kommunbidrag_change(comment, KOMMUNER)
    assert result == expected


def _with_tillagg(ctx, amount):
    drift = ctx.dataset["driftredovisning"].copy()
    row = ((drift["year"] == 2024) & (drift["measure"] == "tillagg")
           & (drift["kontogrupp"] == "Kommunbidrag"))
    drift.loc[row, "belopp"] = amount
    return with_tables(ctx, driftredovisning=drift)


@pytest.mark.parametrize(("amount", "expected"), [
    (-24.0, []),
    (-24.4, []),
    (-54.0, [("kommunbidraget minskats med 24 tkr", "−54\u00a0tkr")]),
    (24.0, [("kommunbidraget minskats med 24 tkr", "24\u00a0tkr")]),
])
def test_a_change_beside_tillagg_that_sum_otherwise(ctx_2024, amount, expected):
    found = [c for c in budget.checks(_with_tillagg(ctx_2024, amount))
             if c.description.startswith("Kommentarens ändring")]
    result = [(c.expected, c.actual) for c in found]
    assert result == expected
    assert all(c.note.startswith("params/2024-02.yaml: kommentar.driftredovisning: ")
               for c in found)


def test_the_real_comments_give_no_warning(ctx_2023, ctx_2024):
    result = [c for ctx in (ctx_2023, ctx_2024) for c in budget.checks(ctx)
              if c.description.startswith("Kommentar")]
    assert result == []
