"""A closed year whose rows are gone from kostnadsstalle_netto.csv (its bokslut totals
kept): page 80's "Modellerna över tid" left the year out, the current model's 2022 cost of
record (10 229 tkr for Herrljunga) with it, although the page says missing figures are
shown as missing. The year is now shown: the current model at its cost of record, every
other model "uppgift saknas" (no cost per kostnadsställe to split)."""

from __future__ import annotations

import math

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.areas import open_report


def history_without_year(data_dir, year: int):
    path = data_dir / "kostnadsstalle_netto.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(f"{year},")]
    assert len(kept) < len(lines)
    path.write_text("".join(kept), encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    table = rules.history_table(rules.report_results(ctx))
    return table[(table["År"].astype(str) == str(year)) & (table["Kommun"] == "Herrljunga")].set_index("Modell")


def test_closed_year_without_kostnadsstallen_keeps_the_cost_of_record(data_dir):
    result = history_without_year(data_dir, 2022).loc["Nuvarande modell", "Kostnad"]
    expected = 10229.0
    assert result == expected


@pytest.mark.parametrize("model", ["Budgetandel", "Lika delar"])
def test_closed_year_without_kostnadsstallen_is_missing_for_other_models(data_dir, model):
    result = history_without_year(data_dir, 2022).loc[model, "Kostnad"]
    assert math.isnan(result)
