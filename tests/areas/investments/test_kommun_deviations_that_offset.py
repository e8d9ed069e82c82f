"""Investments: the summary names the avvikelse per kommun whenever a kommun's is not zero
as shown, also when the kommuner offset each other and the total follows budget (a member
300 tkr over its investment budget is not hidden behind "följer budget")."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from itvt_lib.areas import investments, open_report

NBSP = "\u00a0"
MINUS = "\u2212"


def _rows(herrljunga, vargarda):
    total = herrljunga + vargarda
    return pd.DataFrame({"label": ["IT Herrljunga", "IT Vårgårda", "Totalt"],
                         "level": ["kommun", "kommun", "total"],
                         "avvikelse": [herrljunga, vargarda, total]})


@pytest.mark.parametrize(("herrljunga", "vargarda", "expected"), [
    (300.0, -300.0, True),     # offsetting: total 0, each kommun not
    (2749.0, 450.0, True),
    (0.0, 0.0, False),
    (0.4, -0.4, False),        # each reads "–"
    (0.0, 1.0, False),         # within the tolerance of 1 tkr
    (0.0, 2.0, True),
])
def test_shows_kommun_deviations(herrljunga, vargarda, expected):
    result = investments.shows_kommun_deviations(_rows(herrljunga, vargarda), 1.0)
    assert result is expected


def test_one_kommun_is_never_listed_per_kommun():
    rows = _rows(300.0, -300.0).iloc[[0, 2]]
    assert investments.shows_kommun_deviations(rows, 1.0) is False


def test_summary_of_offsetting_kommuner_names_both(dataset):
    # 2024-02: Herrljunga's prognos 2 200 of budget 2 500, Vårgårda's 675 of budget 375.
    lines = dataset["investeringar"].copy()
    prognos = (lines["measure"] == "prognos") & (lines["period"] == "2024-02")
    lines.loc[prognos & (lines["kommun"] == "Herrljunga"), "belopp"] = 2200.0
    lines.loc[prognos & (lines["kommun"] == "Vårgårda"), "belopp"] = 675.0
    changed = dataclasses.replace(dataset, tables={**dataset.tables, "investeringar": lines})
    result = investments.summary(open_report("2024-02", dataset=changed))
    expected = ["Prognosen för investeringarna beräknas följa budget.",
                f"Per kommun: IT Herrljunga +300 tkr och IT Vårgårda {MINUS}300 tkr."]
    assert result == expected
