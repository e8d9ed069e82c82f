"""Hostile investment totals (areas/investments.py): the annual report 2023's total row
typed with avvikelse 3 201 beside budget 3 750 and utfall 551. Of record, the row showed
3 750 | 551 | 3 201, the summary said "positiv avvikelse med 3 201 tkr", and every check
was green (2 tkr is within tolerance × 4 lines). A printed avvikelse is checked against
budget − utfall as its row shows them; beyond tolerance the source contradicts itself:
a warning in "Investeringar: motsägelser i underlaget", the figure kept as printed."""

from __future__ import annotations

import pytest

from itvt_lib.areas import investments, open_report

ROW = "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,,3199\n"


@pytest.mark.parametrize(("printed", "expected"), [
    ("3199", "pass"),
    ("3200", "pass"),   # within tolerance: an avrundningsdifferens
    ("3201", "warn"),
    ("3197", "warn"),
])
def test_printed_total_avvikelse_against_budget_minus_utfall(data_dir, printed, expected):
    totals = data_dir / "investeringar_totaler.csv"
    text = totals.read_text(encoding="utf-8")
    assert ROW in text
    totals.write_text(text.replace(ROW, ROW.replace("3199", printed)), encoding="utf-8")
    checks = investments.checks(open_report("2023-12", data_dir))
    found = [c for c in checks if c.area == "Investeringar: motsägelser i underlaget"
             and c.description.startswith("TOTALA INVESTERINGAR")]
    result = [(c.status, c.expected, c.actual) for c in found]
    assert result == [(expected, float(printed), 3199.0)]


def test_monthly_report_has_no_such_check(dataset):
    checks = investments.checks(open_report("2024-02", dataset=dataset))
    result = [c for c in checks if "motsägelser" in c.area]
    assert result == []
