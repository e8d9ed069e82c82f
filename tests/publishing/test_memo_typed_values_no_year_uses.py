"""The memo's Antaganden listed a saved model's typed driver values ("Egna värden för samtal
till växeln: Herrljunga 100 och Vårgårda 300") also when no year of the memo uses them
(their year `ar` before or after every year shown, or no year at all): the figures then
rest on the data's values (the same −21 tkr as "Växeln efter samtal") while the memo said
they rested on the typed ones. Such values are now said to be unused."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egna samtal"
WHAT = "Egna värden för samtal till växeln"
TYPED = "Herrljunga 100 och Vårgårda 300 (test)"
UNUSED = "; används inte: "


def _memo(dataset, params_dir, period: str, year):
    underlag = {"fordelningsnyckel": "samtal", "kalla": "test",
                "varden": {"Herrljunga": 100, "Vårgårda": 300}}
    if year is not None:
        underlag["ar"] = year
    store.save_model({"name": NAME, "driver": "befolkning", "pools": {"Telefonväxel": "samtal"},
                      "underlag": underlag}, params_dir)
    ctx = open_report(period, params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    results = memo.memo_results(ctx, model)
    return dict(memo.assumption_lines(ctx, model, results, datetime(2026, 12, 4), "Test"))


@pytest.mark.parametrize(("period", "year", "expected"), [
    ("2024-02", 1999, TYPED + UNUSED + "värdena för 1999 ger inget av beslutsunderlagets år "
                                       "sin fördelningsgrund, siffrorna bygger på underlaget i data"),
    ("2024-02", 2030, TYPED + UNUSED + "värdena för 2030 ger inget av beslutsunderlagets år "
                                       "sin fördelningsgrund, siffrorna bygger på underlaget i data"),
    ("2024-02", None, TYPED + UNUSED + "värdena saknar år, siffrorna bygger på underlaget i data"),
])
def test_typed_values_no_year_of_the_memo_uses_are_said_to_be_unused(dataset, params_dir,
                                                                      period, year, expected):
    result = _memo(dataset, params_dir, period, year)[WHAT]
    assert result == expected


@pytest.mark.parametrize(("period", "year"), [
    ("2024-02", 2023),   # the report year's key (samtal the year before)
    ("2024-02", 2024),   # next year's budget (the latest known)
    ("2023-12", 2022),   # the report year 2023
    ("2023-12", 2023),   # next year's budget 2024
])
def test_typed_values_a_year_of_the_memo_uses_are_stated_as_typed(dataset, params_dir,
                                                                  period, year):
    result = _memo(dataset, params_dir, period, year)[WHAT]
    assert result == TYPED
