"""params/2024-02.yaml's comment on page 01 says "dock förekommer det stora variationer
mellan kommunerna"; with each kommun's budget following the key (Herrljunga 8 271,
Vårgårda 10 724 − 24, TEST) page 02 shows avvikelse 0 and 0 tkr and the comment still said
"stora variationer", exit 0, no warning. Now the checks page warns, naming the comment's
file and key. A negated or other-subject wording is no alarm."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import allocation
from itvt_lib.areas.allocation.comment import states_kommuner_differ


@pytest.mark.parametrize(("comment", "expected"), [
    ("IT/Växel/telefoni prognostiserar en budget i balans, dock förekommer det stora "
     "variationer mellan kommunerna.", "stora variationer mellan kommunerna"),
    ("Det finns betydande skillnader mellan kommunerna.", "betydande skillnader mellan kommunerna"),
    # must pass: negated, or about something else
    ("Budget i balans och inga stora variationer mellan kommunerna.", None),
    ("Det är inte stora skillnader mellan kommunerna i år.", None),
    ("Antalet ärenden visar stora variationer mellan kommunerna.", None),
    ("Sjukfrånvaron har stora variationer mellan kommunerna.", None),
    ("Variationer mellan kommunerna förekommer.", None),
    ("", None),
])
def test_a_comment_saying_the_kommuner_differ(comment, expected):
    result = states_kommuner_differ(comment)
    assert result == expected


def _notes(ctx):
    return [c for c in allocation.checks(ctx) if c.description.startswith("Kommentaren om")]


@pytest.mark.parametrize("fixture", ["ctx_2024", "ctx_2023"])
def test_the_real_comments_give_no_warning(fixture, request):
    result = _notes(request.getfixturevalue(fixture))
    assert result == []


def test_variations_beside_avvikelser_that_all_read_zero(ctx_2024):
    kommunbidrag = ctx_2024.dataset["kommunbidrag_kommun"].copy()
    rows = (kommunbidrag["year"] == 2024) & (kommunbidrag["measure"] == "ursprunglig_budget")
    kommunbidrag.loc[rows, "belopp"] = kommunbidrag.loc[rows, "kommun"].map(
        {"Herrljunga": 8271.0, "Vårgårda": 10724.0})
    found = _notes(with_tables(ctx_2024, kommunbidrag_kommun=kommunbidrag))
    result = [(c.expected, c.actual) for c in found]
    expected = [("stora variationer mellan kommunerna", "Herrljunga 0, Vårgårda 0")]
    assert result == expected
    assert found[0].note.startswith("params/2024-02.yaml: kommentar.driftredovisning: ")
