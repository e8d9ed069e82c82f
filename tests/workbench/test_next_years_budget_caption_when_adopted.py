"""The workbench captioned next year's budget per kontogrupp "uppräkning som antagande"
also at 2023-12, where budget 2024 is the adopted budget in the data (its note and column
say so: "Förändring %"). The caption now names the year and unit only; the column says
whether the change is an assumption ("Uppräkning % (antagande)") or the adopted one."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import results


@pytest.mark.parametrize(("period", "column"), [("2023-12", "Förändring %"),
                                                ("2024-02", "Uppräkning % (antagande)")])
def test_caption_and_column_agree(params, period, column):
    session = results.Session(params_dir=params)
    outcome = results.compute(session, results.Scenario(period=period, compare=[]))
    year = int(period[:4]) + 1
    caption = results.captions(period)[results.BUDGET]
    assert caption == f"Budget {year} per kontogrupp (tkr)"
    assert column in outcome.tables[results.BUDGET].columns
