"""Where next year's budget is adopted in the data (budget 2024 at 2023-12), the memo states
each kontogrupp's change from this year's budget, signed, as "Förändring" (no uppräkning was
assumed): Intäkter −8 013 → −17 750 tkr is +121,5 %, Kapitalkostnader 5 812 → 5 436 is
−6,5 %; where it is not (2025 at 2024-02) it states the assumed "Uppräkning"."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo


def _lines(dataset, period: str) -> dict[str, str]:
    ctx = open_report(period, dataset=dataset)
    model = memo.chosen_model(ctx, "Lika delar")
    results = memo.memo_results(ctx, model)
    return dict(memo.assumption_lines(ctx, model, results, datetime(2026, 12, 3), "Test"))


@pytest.mark.parametrize(("what", "expected"), [
    ("Förändring 2024: Intäkter", "+121,5\u00a0% (budget 2024 enligt data)"),
    ("Förändring 2024: Kapitalkostnader", "\u22126,5\u00a0% (budget 2024 enligt data)"),
])
def test_an_adopted_budget_is_stated_as_its_change(dataset, what, expected):
    result = _lines(dataset, "2023-12")

    assert result[what] == expected
    assert not any(k.startswith("Uppräkning 2024") for k in result)


def test_an_assumed_budget_is_stated_as_its_uppräkning(dataset):
    result = _lines(dataset, "2024-02")

    assert result["Uppräkning 2025: Intäkter"] == "0,0\u00a0% (parametrarna)"
    assert not any(k.startswith("Förändring") for k in result)
