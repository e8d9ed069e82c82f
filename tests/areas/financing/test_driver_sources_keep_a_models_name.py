"""The sources under the financing tables and in the Beslutsunderlag name a model's own
typed values by the model's name as written: "Egen X: angivna värden" read "Egen x:
angivna värden" (the driver's first letter raised, the rest of the name lowered)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import compare, driver_explanations, param_models

MODEL = ("financing_models:\n  - name: %s\n    driver: befolkning\n"
         "    pools: {Telefonväxel: samtal}\n"
         "    underlag: {fordelningsnyckel: samtal, ar: 2023, kalla: angivet, "
         "varden: {Herrljunga: 4000, Vårgårda: 5000}}\n")


@pytest.mark.parametrize("name", ["Egen X", "egen IT-modell", "SKL-modellen"])
def test_the_typed_values_source_names_the_model_as_written(data_dir, params, name):
    (params / "modeller.yaml").write_text(MODEL % name, encoding="utf-8")
    ctx = open_report("2024-02", data_dir, params)
    models = param_models(ctx.params)
    lines = driver_explanations(compare(ctx.dataset, ctx.period, [models[0], models[-1]]))
    result = [line for line in lines if "angivna värden" in line]
    expected = [f"Modellen {name}: angivna värden för samtal till växeln. "
                "Källa: angivet."]
    assert result == expected


def test_a_data_driver_is_still_written_with_a_capital(data_dir, params):
    ctx = open_report("2024-02", data_dir, params)
    models = {m.name: m for m in param_models(ctx.params)}
    lines = driver_explanations(compare(ctx.dataset, ctx.period,
                                        [models["Nuvarande modell"],
                                         models["Växeln efter samtal"]]))
    assert [line.split(":")[0] for line in lines if "året före" in line] == ["Samtal"]
