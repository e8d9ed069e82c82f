"""When the chosen model has no figures for the memo's report year, the summary said only
"ett underlag för året finns inte i data" while each closed year's line named the driver
and the data year it lacks. The summary now names them for the report year too."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import html_text

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo


@pytest.mark.parametrize(("period", "name", "expected"), [
    ("2023-12", "Växeln efter samtal",
     "Uppgift saknas för Växeln efter samtal 2023: underlaget för samtal till växeln 2022 "
     "finns inte i data."),
])
def test_the_report_years_missing_driver_is_named(params, period, name, expected):
    ctx = open_report(period, params_dir=params)
    page = memo.memo_html(ctx, memo.chosen_model(ctx, name), datetime(2026, 12, 4), "Test")
    summary = html_text(page).split("Sammanfattning", 1)[1].split("Rapportåret", 1)[0]
    assert expected in summary


@pytest.mark.parametrize(("period", "name"), [("2024-02", "Växeln efter samtal"),
                                              ("2023-12", "Lika delar")])
def test_no_such_line_when_the_report_year_has_figures(params, period, name):
    ctx = open_report(period, params_dir=params)
    page = memo.memo_html(ctx, memo.chosen_model(ctx, name), datetime(2026, 12, 4), "Test")
    summary = html_text(page).split("Sammanfattning", 1)[1].split("Rapportåret", 1)[0]
    assert "Uppgift saknas" not in summary
