"""The controller's comment on page 01 (kommentar.driftredovisning) beside the resultat
it comments: params/2024-02.yaml says "prognostiserar en budget i balans"; with the
prognos Övriga kostnader 16 355,5 (TEST) the resultat reads 1 tkr and page 01 printed
"ett överskott på 1 tkr" above the comment "en budget i balans", no check saying so.
Now a warning on the checks page names the comment's file and key.
Fast: no notebook, no CLI."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget
from itvt_lib.core.checks import WARN


@pytest.mark.parametrize(("comment", "expected"), [
    ("IT prognostiserar en budget i balans, dock stora variationer", "i balans"),
    ("Nämnden redovisar ett Överskott på 300 tkr.", "ett överskott"),
    ("Ett underskott om 219 tkr.", "ett underskott"),
    ("Underskott för Herrljunga, överskott för Vårgårda.", None),
    ("IT-enheten redovisar ett negativt utfall om 219 tkr.", "ett underskott"),
    ("Ett negativt resultat för Vårgårda och ett positivt för Herrljunga.", None),
    ("Det negativa resultatet beror på högre personalkostnader.", "ett underskott"),
    ("", None),
])
def test_the_result_kind_a_comment_states(comment, expected):
    result = budget.report.stated_result_kind(comment, ["Herrljunga", "Vårgårda"])
    assert result == expected


def _with_prognos(ctx, amount):
    drift = ctx.dataset["driftredovisning"].copy()
    row = ((drift["period"] == "2024-02") & (drift["measure"] == "prognos")
           & (drift["kontogrupp"] == "Övriga kostnader"))
    drift.loc[row, "belopp"] = amount
    return with_tables(ctx, driftredovisning=drift)


@pytest.mark.parametrize(("amount", "expected"), [
    (16356.0, []),
    (16356.4, []),                     # resultat −0,4 reads 0: in balance
    (16355.5, [("i balans", "ett överskott", WARN)]),
    (16357.0, [("i balans", "ett underskott", WARN)]),
])
def test_a_comment_saying_balance_beside_a_resultat_that_reads_otherwise(ctx_2024, amount,
                                                                         expected):
    ctx = _with_prognos(ctx_2024, amount)
    found = [c for c in budget.checks(ctx) if c.description.startswith("Kommentaren")]
    result = [(c.expected, c.actual, c.status) for c in found]
    assert result == expected
    assert all(c.note.startswith("params/2024-02.yaml: kommentar.driftredovisning: ")
               for c in found)
