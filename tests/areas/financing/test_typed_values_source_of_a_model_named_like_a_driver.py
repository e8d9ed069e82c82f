"""A saved model named "samtal" with typed samtal: page 80's and the memo's sources read
"Samtal: antal per kommun året före budgetåret. Källa: Förvaltningsberättelse 2023" and
"Samtal: angivna värden för samtal till växeln. Källa: test", two lines headed by the
driver's name, the second a model's typed values read as the driver's. A model's typed
values are now headed by the model, its name as written: "Modellen samtal: …"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import compare, driver_explanations, param_models

MODEL = ("financing_models:\n  - name: %s\n    driver: befolkning\n"
         "    pools: {Telefonväxel: samtal}\n"
         "    underlag: {fordelningsnyckel: samtal, ar: 2023, kalla: test, "
         "varden: {Herrljunga: 4000, Vårgårda: 5000}}\n")


@pytest.mark.parametrize("name", ["samtal", "Samtal", "befolkningsandel"])
def test_typed_values_are_headed_by_the_model(data_dir, params, name):
    (params / "modeller.yaml").write_text(MODEL % name, encoding="utf-8")
    ctx = open_report("2024-02", data_dir, params)
    models = {m.name: m for m in param_models(ctx.params)}
    lines = driver_explanations(compare(ctx.dataset, ctx.period, [
        models["Nuvarande modell"], models["Växeln efter samtal"], models[name]]))
    result = [line.split(":")[0] for line in lines if "året före" in line or "angivna" in line]
    expected = ["Samtal", f"Modellen {name}"]
    assert result == expected
