"""The memo's closed years showed "uppgift saknas" for Lika delar in 2021 with no line
saying why (no driver is missing: the year's cost per joint kostnadsställe is not in the
data). The line now names the kostnadsställen, as a missing driver year is named."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import html_text

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo

LIKA_2021 = ("Uppgift saknas för Lika delar 2021: kostnaden för IT Gemensamt och "
             "Telefonväxel 2021 finns inte i data.")


def _closed_years(params_dir, period: str, name: str) -> str:
    ctx = open_report(period, params_dir=params_dir)
    page = memo.memo_html(ctx, memo.chosen_model(ctx, name), datetime(2026, 12, 4), "Test")
    return html_text(page).split("Avslutade år", 1)[1].split("Budget ", 1)[0]


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_a_year_without_its_pools_is_explained(params, period):
    result = _closed_years(params, period, "Lika delar")
    assert LIKA_2021 in result
    assert "Lika delar 2022:" not in result


def test_no_pool_line_for_a_year_with_figures(params):
    result = _closed_years(params, "2024-02", "Växeln efter samtal")
    assert "kostnaden för IT Gemensamt och Telefonväxel 2022" not in result
    assert "kostnaden för IT Gemensamt och Telefonväxel 2021 finns inte i data." in result
