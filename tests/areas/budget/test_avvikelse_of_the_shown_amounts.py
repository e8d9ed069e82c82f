"""A row's avvikelse is its shown budget − its shown prognos/utfall (`shown_avvikelse`):
on a .5 tkr edge the row budget 100, prognos 99 (98,5) reads avvikelse 1, not 2 (1,5
rounded), as page 01's year-to-date table already computes. Total rows keep the unrounded
sum of their line items and their avvikelse too is of their shown amounts; the key figure
"Avvikelse nettokostnad mot budget" says the table's figure.

Figures: the monthly report per 2024-02-29 with its prognos Övriga kostnader made
16 354,5 (TEST; budget 16 356, shown 16 355) and Personalkostnader 14 929,4 (TEST; budget
14 929). Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import budget

NAN = float("nan")


@pytest.mark.parametrize(("planned", "outcome", "klass", "expected"), [
    (100.0, 98.5, "kostnad", 1.0),
    (100.0, 99.5, "kostnad", 0.0),
    (-100.0, -98.5, "intakt", -1.0),
    (-100.5, -100.0, "intakt", -1.0),
    (0.4, 0.0, "kostnad", 0.0),
    (18971.0, 18970.5, "kommunbidrag", 0.0),
    (0.0, 1.5, "resultat", 2.0),
    (100.0, NAN, "kostnad", NAN),
])
def test_avvikelse_of_the_shown_amounts(planned, outcome, klass, expected):
    result = budget.shown_avvikelse(pd.Series([planned]), pd.Series([outcome]),
                                    pd.Series([klass]))
    pd.testing.assert_series_equal(result, pd.Series([expected]))


@pytest.fixture(scope="module")
def edge_ctx(ctx_2024):
    drift = ctx_2024.dataset["driftredovisning"].copy()
    for kontogrupp, amount in (("Övriga kostnader", 16354.5), ("Personalkostnader", 14929.4)):
        row = ((drift["period"] == "2024-02") & (drift["measure"] == "prognos")
               & (drift["kontogrupp"] == kontogrupp))
        drift.loc[row, "belopp"] = amount
    return with_tables(ctx_2024, driftredovisning=drift)


def test_statement_avvikelse_reads_as_the_shown_difference(edge_ctx):
    table = budget.statement_for(edge_ctx)
    result = table["Avvikelse helår"]
    expected = pd.Series({
        "Intäkter": 0.0, "Summa intäkter": 0.0, "Personalkostnader": 0.0,
        "Lokalkostnader, energi, VA": 0.0, "Övriga kostnader": 1.0,
        "Kapitalkostnader": 0.0, "Summa kostnader": 1.0, "Summa nettokostnader": 1.0,
        "Kommunbidrag": 0.0, "Resultat": 1.0}, name="Avvikelse helår")
    expected.index.name = "post"
    pd.testing.assert_series_equal(result, expected)


def test_key_figure_says_the_tables_avvikelse(edge_ctx):
    table = budget.statement_for(edge_ctx)
    result = budget.key_figures(edge_ctx)[2].value
    assert result == table.loc[budget.NETTOKOSTNAD, "Avvikelse helår"] == 1.0


def test_kostnadsstalle_avvikelse_reads_as_the_shown_difference(ctx_2024):
    """IT Gemensamt: budget 18 371 − 24 = 18 347, prognos 18 345,5 (TEST, shown 18 346):
    avvikelse 1, not 2 (1,5 rounded); the sum row too (18 971 − 18 969,5 shown 18 970)."""
    netto = ctx_2024.dataset["kostnadsstalle_netto"].copy()
    row = ((netto["period"] == "2024-02") & (netto["measure"] == "prognos")
           & (netto["kostnadsstalle"] == "IT Gemensamt"))
    netto.loc[row, "belopp"] = 18345.5
    ctx = with_tables(ctx_2024, kostnadsstalle_netto=netto)
    table = budget.kostnadsstallen_for(ctx)
    result = table.loc[["IT Gemensamt", table.index[-1]], "Avvikelse helår"].tolist()
    assert result == [1.0, 1.0]
