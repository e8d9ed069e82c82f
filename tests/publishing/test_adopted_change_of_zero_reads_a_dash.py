"""An adopted next-year budget's unchanged kontogrupp reads "– %" in 'Förändring %' on page
80, its sheet and the memo, as in the workbench's form and as every zero of the packet:
Lokalkostnader, energi, VA budgeted 0 in 2023 and 2024 read "0,0 %" on the page and in the
memo beside the workbench's "– %"."""

from __future__ import annotations

from datetime import datetime

from itvt_lib.areas import financing, open_report
from itvt_lib.publishing import memo

GROUP = "Lokalkostnader, energi, VA"


def test_page_80_change_of_an_unchanged_budget(dataset):
    table = financing.report_results(open_report("2023-12", dataset=dataset)).next_budget
    kind = financing.formats(table)[financing.CHANGE_COLUMN]
    result = kind.text(table.loc[GROUP, financing.CHANGE_COLUMN])
    assert result == "–\u00a0%"


def test_memo_change_of_an_unchanged_budget(dataset):
    ctx = open_report("2023-12", dataset=dataset)
    model = memo.chosen_model(ctx, "Lika delar")
    lines = dict(memo.assumption_lines(ctx, model, memo.memo_results(ctx, model),
                                       datetime(2026, 12, 3), "Test"))
    result = lines[f"Förändring 2024: {GROUP}"]
    assert result == "–\u00a0% (budget 2024 enligt data)"
