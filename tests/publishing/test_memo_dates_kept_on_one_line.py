"""The memo's Antaganden printed "Månadsrapport per 2024-02-29, med prognos per 2024-12-"
and "31)" on two lines of the PDF: a date in the assumptions table and in the driver
sources now stays on one line, as on the report's pages, and a value is still escaped."""

from __future__ import annotations

import re
from datetime import datetime

from itvt_lib.publishing import memo


def _assumptions(ctx, who: str) -> str:
    html = memo.memo_html(ctx, memo.chosen_model(ctx, "Budgetandel"), datetime(2026, 12, 4), who)
    return html[html.index("<h2>Antaganden"):html.index("Fördelningsgrunder")]


def test_dates_in_the_assumptions_do_not_break_across_lines(ctx_2024):
    result = re.findall(r'<span class="itvt-nowrap">([0-9-]+)</span>',
                        _assumptions(ctx_2024, "Test"))
    expected = ["2024-02", "2024-02-29", "2024-12-31", "2026-12-04"]
    assert result == expected


def test_an_assumption_value_is_still_escaped(ctx_2024):
    result = _assumptions(ctx_2024, "<b>Hanna</b> & 2024-03-06")
    assert "&lt;b&gt;Hanna&lt;/b&gt; &amp; <span class=\"itvt-nowrap\">2024-03-06</span>" in result


def test_dates_in_the_driver_sources_do_not_break_across_lines(ctx_2024):
    html = memo.memo_html(ctx_2024, memo.chosen_model(ctx_2024, "Budgetandel"),
                          datetime(2026, 12, 4), "Test")
    start = html.index("Fördelningsgrunder och källor</h2>")
    sources = html[start:html.index("</ul>", start)]
    result = re.findall(r'<span class="itvt-nowrap">([0-9-]+)</span>', sources)
    expected = ["2024-02-29"]
    assert result == expected
