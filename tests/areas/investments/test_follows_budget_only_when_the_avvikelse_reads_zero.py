"""Investments: the summary says the investments follow budget only when the avvikelse
reads 0 in whole tkr; −1 or +1 within the tolerance (tolerance_tkr, for rounding in sums)
beside the key figure "Avvikelse investeringar mot budget: −1 tkr" is a negative or
positive avvikelse of 1 tkr.

Figures: the monthly report per 2024-02-29 (Vårgårda's Nätverk, budget 375) and the annual
report 2023 with a prognos or utfall changed by 1 tkr (TEST). Fast: no notebook, no CLI.
"""

from __future__ import annotations

import dataclasses

import pytest

from itvt_lib.areas import investments, open_report


@pytest.mark.parametrize(("deviation", "expected"), [
    (0.0, ""),
    (-0.0, ""),
    (0.49, ""),
    (-0.49, ""),
    (0.5, "positiv"),
    (-0.5, "negativ"),
    (1.0, "positiv"),
    (-1.0, "negativ"),
])
def test_deviation_kind_by_the_avvikelse_as_shown(deviation, expected):
    assert investments.deviation_kind(deviation) == expected


@pytest.mark.parametrize(("prognos", "expected"), [
    (375.0, "Prognosen för investeringarna beräknas följa budget."),
    (376.0, "Prognosen för investeringarna visar en negativ avvikelse mot budget med 1 tkr."),
    (374.0, "Prognosen för investeringarna visar en positiv avvikelse mot budget med 1 tkr."),
])
def test_summary_beside_the_key_figure_of_the_avvikelse(dataset, prognos, expected):
    lines = dataset["investeringar"].copy()
    row = ((lines["measure"] == "prognos") & (lines["period"] == "2024-02")
           & (lines["kommun"] == "Vårgårda"))
    lines.loc[row, "belopp"] = prognos
    changed = dataclasses.replace(dataset, tables={**dataset.tables, "investeringar": lines})
    ctx = open_report("2024-02", dataset=changed)
    shown = round(investments.key_figures(ctx)[-1].value)
    result = investments.summary(ctx)[0]
    assert shown == round(375.0 - prognos)
    assert result == expected
