"""With more models than the palette's ten (up to MAX_MODELS and the own model), each
model kept a colour by its place modulo ten: "Nuvarande modell" and the 11th model were
drawn in the same blue, so a bar in the chart could be read as another model's. Every
model has a colour of its own now."""

from __future__ import annotations

import pytest

from itvt_lib.core.settings import MAX_MODELS
from itvt_lib.workbench import decision


@pytest.mark.parametrize("count", [11, 20, MAX_MODELS + 1])
def test_no_two_models_share_a_colour(count):
    colors = decision.model_colors([f"Modell {i}" for i in range(count)])
    result = len(set(colors.values()))
    expected = count
    assert result == expected


def test_the_first_ten_keep_the_palette():
    colors = decision.model_colors([f"Modell {i}" for i in range(MAX_MODELS + 1)])
    result = list(colors.values())[:len(decision.COLORS)]
    expected = list(decision.COLORS)
    assert result == expected


def test_a_chart_of_the_most_models_draws_each_in_its_own_colour(params, tmp_path):
    import yaml

    from itvt_lib.workbench import open_workbench

    models = params / "modeller.yaml"
    extra = [{"name": f"Modell {i:02d}", "driver": "befolkning", "grundavgift_procent": i}
             for i in range(1, 40)]
    models.write_text(yaml.safe_dump({"financing_models": extra}, allow_unicode=True),
                      encoding="utf-8")
    bench = open_workbench("2024-02", params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    result = len(set(bench.painter.colors.values()))
    expected = len(bench.painter.models)
    assert expected > len(decision.COLORS)
    assert result == expected
