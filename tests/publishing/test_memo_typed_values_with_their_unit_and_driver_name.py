"""The memo's Antaganden printed typed befolkning shares (typed in percent in the form,
"43,6") without "%", as if inhabitants, and named the driver of a pool with typed values by
its internal code ("Fördelningsnyckel ”Egen: angivna värden”") where the export and the form
name the driver ("samtal till växeln"). Shares now carry "%", a typed kommunbidrag "tkr",
and each pool its driver's Swedish name."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egen"


def _assumptions(dataset, params_dir, spec: dict) -> dict[str, str]:
    """The memo's Antaganden lines of the model `spec`, saved to `params_dir`, for 2024-02."""
    store.save_model({"name": NAME, **spec}, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    results = memo.memo_results(ctx, model)
    return dict(memo.assumption_lines(ctx, model, results, datetime(2026, 12, 4), "Test"))


def _typed(driver: str, varden: dict, ar: int | None = 2023) -> dict:
    return {"fordelningsnyckel": driver, "kalla": "test", "ar": ar, "varden": varden}


@pytest.mark.parametrize(("driver", "varden", "ar", "expected"), [
    ("befolkning", {"Herrljunga": 43.6, "Vårgårda": 56.4}, 2023,
     "Herrljunga 43,6\u00a0% och Vårgårda 56,4\u00a0% (test)"),
    ("befolkning", {"Herrljunga": 43.55, "Vårgårda": 56.4}, 2023,   # 99,95: the form's ± 0,1
     "Herrljunga 43,55\u00a0% och Vårgårda 56,4\u00a0%, som fördelningsnyckel avrundade till "
     "Herrljunga 43,6\u00a0% och Vårgårda 56,4\u00a0% (test)"),
    ("befolkning", {"Herrljunga": 43.6, "Vårgårda": 56.4}, None,
     "Herrljunga 43,6\u00a0% och Vårgårda 56,4\u00a0% (test); används inte: värdena saknar år, "
     "siffrorna bygger på underlaget i data"),
    ("befolkning", {"Herrljunga": 9600, "Vårgårda": 12300}, 2023,
     "Herrljunga 9\u00a0600 och Vårgårda 12\u00a0300 (test)"),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000}, 2023,
     "Herrljunga 9\u00a0000 tkr och Vårgårda 10\u00a0000 tkr (test)"),
])
def test_typed_values_are_stated_in_their_unit(dataset, params_dir, driver, varden, ar,
                                               expected):
    lines = _assumptions(dataset, params_dir, {"driver": driver,
                                               "underlag": _typed(driver, varden, ar)})
    (result,) = [v for w, v in lines.items() if w.startswith("Egna värden för")]
    assert result == expected


@pytest.mark.parametrize(("spec", "expected"), [
    ({"driver": "befolkning", "pools": {"Telefonväxel": "samtal"},
      "underlag": _typed("samtal", {"Herrljunga": 4000, "Vårgårda": 5000})},
     {"IT Gemensamt": "befolkningsandel", "Telefonväxel": "samtal till växeln"}),
    ({"driver": "befolkning", "underlag": _typed("befolkning", {"Herrljunga": 43.6,
                                                               "Vårgårda": 56.4})},
     {"IT Gemensamt": "befolkningsandel", "Telefonväxel": "befolkningsandel"}),
    ({"driver": "budgetandel", "underlag": _typed("budgetandel", {"Herrljunga": 9000,
                                                                 "Vårgårda": 10000})},
     {"IT Gemensamt": "budgetandel", "Telefonväxel": "budgetandel"}),
])
def test_each_pool_names_its_drivers_swedish_name(dataset, params_dir, spec, expected):
    lines = _assumptions(dataset, params_dir, spec)
    result = {w.removeprefix("Fördelas efter: "): v for w, v in lines.items()
              if w.startswith("Fördelas efter: ")}
    assert result == expected
