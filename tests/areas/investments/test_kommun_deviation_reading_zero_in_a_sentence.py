"""Investments: in the summary's avvikelse per kommun, a kommun whose avvikelse reads zero
as shown is "0 tkr", as a sentence writes an amount (`fmt_tkr`), never the tables' "–"
("– tkr")."""

from __future__ import annotations

import dataclasses

import pytest

from itvt_lib.areas import investments, open_report


@pytest.mark.parametrize(("vargarda", "expected"), [
    (375.0, "IT Vårgårda 0 tkr"),       # prognos = budget: 0
    (375.4, "IT Vårgårda 0 tkr"),       # −0,4 reads 0
    (374.6, "IT Vårgårda 0 tkr"),       # +0,4 reads 0
])
def test_a_kommun_deviation_reading_zero_is_0_tkr(dataset, vargarda, expected):
    lines = dataset["investeringar"].copy()
    prognos = (lines["measure"] == "prognos") & (lines["period"] == "2024-02")
    lines.loc[prognos & (lines["kommun"] == "Herrljunga"), "belopp"] = 2200.0
    lines.loc[prognos & (lines["kommun"] == "Vårgårda"), "belopp"] = vargarda
    changed = dataclasses.replace(dataset, tables={**dataset.tables, "investeringar": lines})
    result = investments.summary(open_report("2024-02", dataset=changed))[-1]
    assert result == f"Per kommun: IT Herrljunga +300 tkr och {expected}."
