"""The memo said why a year of a model with typed values lacks figures by the typed driver's
internal code and its internal year ("underlaget för Fördelningsnyckel ”Egen: angivna
värden” 2020" for budget year 2021 of typed befolkning shares): it now names the driver the
values stand for, with that driver's data year ("befolkningsandel 2021")."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egen"


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 43.6, "Vårgårda": 56.4},
     ["Uppgift saknas för Egen 2021: underlaget för befolkningsandel 2021 finns inte i data.",
      "Uppgift saknas för Egen 2022: underlaget för befolkningsandel 2022 finns inte i data."]),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000},
     ["Uppgift saknas för Egen 2021: underlaget för budgetandel 2021 finns inte i data.",
      "Uppgift saknas för Egen 2022: underlaget för budgetandel 2022 finns inte i data."]),
    ("samtal", {"Herrljunga": 4000, "Vårgårda": 5000},
     ["Uppgift saknas för Egen 2021: underlaget för samtal till växeln 2020 finns inte i data.",
      "Uppgift saknas för Egen 2022: underlaget för samtal till växeln 2021 finns inte i data.",
      "Uppgift saknas för Egen 2023: underlaget för samtal till växeln 2022 finns inte i "
      "data."]),
])
def test_a_year_without_the_typed_drivers_data_names_that_driver(dataset, params_dir, driver,
                                                                  varden, expected):
    store.save_model({"name": NAME, "driver": driver,
                      "underlag": {"fordelningsnyckel": driver, "kalla": "test", "ar": 2023,
                                   "varden": varden}}, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    results = memo.memo_results(ctx, model)
    lines = memo.missing_year_lines(results, [2021, 2022, 2023])
    result = [line for line in lines if "underlaget för" in line]
    assert result == expected
