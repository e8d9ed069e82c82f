"""The memo's Antaganden said typed values of a year no figure uses are "värdena för
2024", the year of the model's internal driver: typed befolkning saved at 2023-12 with
`ar: 2024` are the key of budget year 2025 (as every other line names befolkning's years),
and "2024" read as next year's key, which the memo does use. The year is now that of the
driver the values stand for (`financing.stands_for`)."""

from __future__ import annotations

import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egen"


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 40, "Vårgårda": 60}, "värdena för 2025 ger inget"),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000}, "värdena för 2025 ger inget"),
    ("samtal", {"Herrljunga": 4000, "Vårgårda": 5000}, "värdena för 2024 ger inget"),
])
def test_unused_typed_values_named_in_their_drivers_year(dataset, params_dir, driver, varden,
                                                         expected):
    pools = {} if driver != "samtal" else {"pools": {"Telefonväxel": "samtal"}}
    store.save_model({"name": NAME, "driver": "befolkning" if pools else driver, **pools,
                      "underlag": {"fordelningsnyckel": driver, "kalla": "test", "ar": 2024,
                                   "varden": varden}}, params_dir)
    ctx = open_report("2023-12", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    lines = dict(memo.assumption_lines(ctx, model, memo.memo_results(ctx, model),
                                       datetime.datetime(2026, 12, 5), "x"))
    result = next(v for k, v in lines.items() if k.startswith("Egna värden"))
    assert expected in result
