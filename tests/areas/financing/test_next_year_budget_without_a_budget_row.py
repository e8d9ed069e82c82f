"""Hostile budget rows (areas/financing): a kontogrupp whose ursprunglig_budget row is gone
from driftredovisning.csv (its tillägg row left) is "uppgift saknas" on page 01, but page
80 read it as a budget of 0 (shown "–") and, with an uppräkning per kontogrupp, took next
year's factor over the other kontogrupper alone: every kommun's Budget 2025 was published
7 % higher (8 883 for 8 564 tkr) with `itvt check` ok. Next year's budget now reads the
absent row as the operating statement does: missing, so Budget 2025 is missing too."""

from __future__ import annotations

import math

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.areas import open_report

ROW = "2024,,ursprunglig_budget,Personalkostnader,14929\n"
UPPRAKNING = {"default": 3.0, "kontogrupper": {"Intäkter": 2.0, "Personalkostnader": 2.5}}


def results_without(data_dir, row: str):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    assert row in text
    path.write_text(text.replace(row, "", 1), encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    return rules.compare(ctx.dataset, ctx.period, None, UPPRAKNING)


def test_budget_base_reads_an_absent_budget_row_as_missing(data_dir):
    result = results_without(data_dir, ROW).next_budget.loc["Personalkostnader"]
    assert math.isnan(result["Budget 2024"])
    assert math.isnan(result["Budget 2025"])


@pytest.mark.parametrize("kommun", ["Herrljunga", "Vårgårda"])
def test_next_year_split_is_missing_without_a_budget_row(data_dir, kommun):
    table = rules.next_year_table(results_without(data_dir, ROW), 2025)
    result = table.loc[table["Kommun"] == kommun, "Budget 2025"].iloc[0]
    assert math.isnan(result)
