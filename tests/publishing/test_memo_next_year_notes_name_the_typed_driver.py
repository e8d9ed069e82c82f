"""The memo's note on next year's key named a model's typed values by their internal code
and year ("Underlaget för Fördelningsnyckel ”Egen: angivna värden” 2024 finns inte; det
senast kända underlaget (2023) används" for typed kommunbidrag of 2024): it now names the
driver the values stand for, in that driver's years."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egen"
BEFOLKNING = ("Befolkningen per 1/11 2023 (nyckeln för 2025) finns inte i underlaget; den "
              "senast kända nyckeln, per 1/11 2022, används.")


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 43.6, "Vårgårda": 56.4}, [BEFOLKNING]),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000},
     [BEFOLKNING, "Underlaget för budgetandel 2025 finns inte; det senast kända underlaget "
                  "(2024) används."]),
    ("samtal", {"Herrljunga": 4000, "Vårgårda": 5000},
     [BEFOLKNING, "Underlaget för samtal till växeln 2024 finns inte; det senast kända "
                  "underlaget (2023) används."]),
])
def test_next_years_key_of_typed_values_names_their_driver(dataset, params_dir, driver, varden,
                                                           expected):
    store.save_model({"name": NAME, "driver": driver,
                      "underlag": {"fordelningsnyckel": driver, "kalla": "test", "ar": 2023,
                                   "varden": varden}}, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    result = memo.next_year_lines(memo.memo_results(ctx, model), model, 2025)[1:]
    assert result == expected
