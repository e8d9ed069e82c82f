"""The controller's comment on page 01 states the result's amount: "prognostiserar ett
underskott på 300 tkr" (TEST) beside a new month's prognos whose resultat reads −400 tkr,
or 2023's "ett negativt utfall om 219 tkr" beside a corrected resultat: page 01 printed
both figures, exit 0, no warning (the kind was checked, not the amount; "negativt utfall"
was not read as an underskott at all). Now a warning names the comment's file and key.
A figure of a kommun, another year, the fund, an earlier forecast or the budget is no
alarm."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget, open_report
from itvt_lib.areas.budget.comment_figures import stated_result_amounts

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("comment", "expected"), [
    ("IT-enheten redovisar ett negativt utfall om 219 tkr för budgetåret 2023.",
     [("negativt utfall om 219 tkr", 219)]),
    ("Nämnden redovisar ett Överskott på 1 322 tkr.", [("Överskott på 1 322 tkr", 1322)]),
    ("Ett underskott om ca 219 tkr.", [("underskott om ca 219 tkr", 219)]),
    # must pass: figures of something else
    ("Herrljunga redovisar ett underskott på 500 tkr, Vårgårda ett överskott.", []),
    ("Under 2022 redovisades ett underskott på 1 100 tkr.", []),
    ("Det ackumulerade underskottet på 1 100 tkr skrevs av; fonden har ett underskott "
     "på 219 tkr.", []),
    ("Prognosen i oktober visade ett underskott på 719 tkr.", []),
    ("Budgeten innehöll ett underskott på 100 tkr.", []),
    ("Det negativa resultatet beror på högre personalkostnader än budgeterat.", []),
    ("Utfallet är 500 tkr bättre än prognosen per oktober.", []),
    ("", []),
])
def test_the_result_amount_a_comment_states(comment, expected):
    result = stated_result_amounts(comment, 2023, KOMMUNER, year_end=True)
    assert result == expected


def test_the_real_comments_give_no_warning(ctx_2023, ctx_2024):
    result = [c for ctx in (ctx_2023, ctx_2024) for c in budget.checks(ctx)
              if c.description.startswith("Kommentar")]
    assert result == []


@pytest.mark.parametrize(("amount", "expected"), [
    (16656.0, []),                                                  # resultat −300
    (16756.0, [("underskott på 300 tkr", "−400\u00a0tkr")]),
    (16056.0, [("ett underskott", "ett överskott")]),             # +300: the kind
])
def test_an_amount_beside_a_resultat_that_reads_otherwise(dataset, params_dir, amount,
                                                         expected):
    path = params_dir / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "prognostiserar en budget i balans, dock förekommer det stora",
        "prognostiserar ett underskott på 300 tkr för helåret, dock förekommer det stora"),
        encoding="utf-8")
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    drift = ctx.dataset["driftredovisning"].copy()
    row = ((drift["period"] == "2024-02") & (drift["measure"] == "prognos")
           & (drift["kontogrupp"] == "Övriga kostnader"))
    drift.loc[row, "belopp"] = amount
    found = [c for c in budget.checks(with_tables(ctx, driftredovisning=drift))
             if c.description.startswith("Kommentar")]
    result = [(c.expected, c.actual) for c in found]
    assert result == expected
    assert all(": kommentar.driftredovisning: kommentaren säger " in c.note for c in found)
