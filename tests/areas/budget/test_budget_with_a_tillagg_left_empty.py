"""Hostile budget rows (areas/budget/amounts.py): a tillägg row whose belopp is left empty
(not yet known; "-" is 0) was filled with 0 like a kontogrupp without a tillägg row, so
Budget = ursprunglig budget was published (5 460 for Kapitalkostnader, an avvikelse of 24
tkr) beside a Tillägg column saying "uppgift saknas", with every check ok. An empty tillägg
now leaves the budget missing; no tillägg row still adds 0."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import budget, open_report

ROW = "2024,,tillagg,Kapitalkostnader,-24"


@pytest.mark.parametrize(("tillagg", "expected"), [
    ([-24.0], 5436.0),
    ([np.nan], np.nan),
    ([], 5460.0),
], ids=["tillagg", "tillagg-empty", "no-tillagg-row"])
def test_budget_is_ursprunglig_plus_a_known_tillagg(tillagg, expected):
    frame = pd.DataFrame({"year": 2024, "period": None,
                          "measure": ["ursprunglig_budget", *["tillagg"] * len(tillagg)],
                          "kontogrupp": "Kapitalkostnader", "belopp": [5460.0, *tillagg]})
    result = budget.budget_amounts(frame, "kontogrupp", 2024)["Kapitalkostnader"]
    assert result == expected or (np.isnan(result) and np.isnan(expected))


def test_statement_budget_is_missing_where_its_tillagg_is(data_dir):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, ROW[:-3], 1), encoding="utf-8")
    statement = budget.statement_for(open_report("2024-02", data_dir))
    result = statement.loc[["Personalkostnader", "Kapitalkostnader"], "Budget 2024"]
    expected = pd.Series([14929.0, np.nan], index=result.index, name="Budget 2024")
    pd.testing.assert_series_equal(result, expected)
