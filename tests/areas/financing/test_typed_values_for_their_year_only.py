"""A saved model's typed driver values stand for their year only (8c7d976): a model typed
in 2023-12 with its own calls for 2022 (the data had none) read "uppgift saknas" for 2024
in 2024-02, though the data has the calls of 2023, and split budget 2025 by the typed
2022 calls as "det senast kända underlaget (2022)"; every other year uses the data of the
replaced driver, as the same model without typed values does."""

from __future__ import annotations

import pandas as pd

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import compare, param_models, report_year

MODEL = ("financing_models:\n  - name: Växel 2022\n    driver: befolkning\n"
         "    pools: {Telefonväxel: samtal}\n"
         "    underlag: {fordelningsnyckel: samtal, ar: %d, kalla: angivet, "
         "varden: {Herrljunga: 4000, Vårgårda: 5000}}\n")


def _figures(data_dir, params, ar: int):
    (params / "modeller.yaml").write_text(MODEL % ar, encoding="utf-8")
    ctx = open_report("2024-02", data_dir, params)
    models = {m.name: m for m in param_models(ctx.params)}
    found = compare(ctx.dataset, ctx.period, [models["Nuvarande modell"],
                                              models["Växeln efter samtal"],
                                              models["Växel 2022"]])
    now = report_year(found, 2024).set_index(["Modell", "Kommun"])["Kostnad"]
    following = found.next_year.set_index(["Modell", "Kommun"])["Budget 2025"]
    return now, following


def test_values_typed_for_an_earlier_year_leave_the_datas_later_years(data_dir, params):
    now, following = _figures(data_dir, params, 2022)
    for figures in (now, following):
        result = figures["Växel 2022"]
        expected = figures["Växeln efter samtal"]   # by the data's calls of 2023
        pd.testing.assert_series_equal(result, expected)
        assert result.notna().all()


def test_values_typed_for_the_years_data_replace_it(data_dir, params):
    now, following = _figures(data_dir, params, 2023)
    # Telefonväxel 624 tkr by 4 000 / 5 000 calls: 44,4 % instead of the data's 40,1 %.
    result = now["Växel 2022"] - now["Växeln efter samtal"]
    expected = pd.Series({"Herrljunga": 26.0, "Vårgårda": -26.0}, name="Kostnad")
    expected.index.name = "Kommun"
    pd.testing.assert_series_equal(result, expected)
    assert (following["Växel 2022"] != following["Växeln efter samtal"]).all()
