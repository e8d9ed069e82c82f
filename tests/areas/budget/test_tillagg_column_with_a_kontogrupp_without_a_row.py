"""Hostile budget rows (areas/budget/amounts.py): a kontogrupp of a split year with an
ursprunglig budget but no tillägg row adds 0 to its budget and to the frame's change (the
summary said "Totalt har nämnden fått en minskad ram med 25 tkr"), yet page 01's Tillägg
column showed its cell, Summa kostnader and Summa nettokostnader as missing: the sentence
stated a figure the table beside it did not show. The column now shows 0 there too."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import budget, open_report
from itvt_lib.core.formatting import fmt_number


@pytest.mark.parametrize(("rows", "expected"), [
    ({"Personal": 100.0, "Kapital": -24.0}, {"Personal": 100.0, "Kapital": -24.0}),
    ({"Kapital": -24.0}, {"Kapital": -24.0, "Personal": 0.0}),
    ({"Kapital": np.nan}, {"Kapital": np.nan, "Personal": 0.0}),
], ids=["both", "personal-no-row", "kapital-empty"])
def test_tillagg_amounts_give_a_kontogrupp_without_a_row_zero(rows, expected):
    original = pd.DataFrame({"year": 2024, "period": None, "measure": "ursprunglig_budget",
                             "kontogrupp": ["Personal", "Kapital"], "belopp": [10.0, 20.0]})
    added = pd.DataFrame({"year": 2024, "period": None, "measure": "tillagg",
                          "kontogrupp": list(rows), "belopp": list(rows.values())})
    drift = pd.concat([original, added], ignore_index=True)
    result = budget.measure_amounts(drift, "kontogrupp", 2024, "tillagg").sort_index()
    pd.testing.assert_series_equal(result, pd.Series(expected).sort_index(),
                                   check_names=False, check_index_type=False)


def test_frame_sentence_states_the_nettokostnad_tillagg_the_table_shows(data_dir):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    for old, new in (("2024,,tillagg,Personalkostnader,-\n", ""),
                     ("2024,,tillagg,Övriga kostnader,-", "2024,,tillagg,Övriga kostnader,-0.3"),
                     ("2024,,tillagg,Kapitalkostnader,-24",
                      "2024,,tillagg,Kapitalkostnader,-24.4")):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    shown = budget.statement_for(ctx).loc[budget.NETTOKOSTNAD, "Tillägg 2024"]
    result = [line for line in budget.summary(ctx) if "ram" in line]
    expected = [f"Totalt har nämnden fått en minskad ram med {fmt_number(abs(shown))} tkr "
                "under 2024."]
    assert result == expected
    assert fmt_number(shown) == "−25"
