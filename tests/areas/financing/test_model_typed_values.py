"""Hostile financing models: a model's own typed values (`underlag` with a
year) that leave out a kommun stopped `itvt check` with "drivers: värde för Samtal ett:
angivna värden 2023 saknas för Vårgårda", naming no file and an internal driver name; it
names the params file and the model's item now."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import ModelError, validate_params

MODEL = ("financing_models:\n  - name: Samtal ett\n    driver: befolkning\n"
         "    pools: {Telefonväxel: samtal}\n"
         "    underlag: {fordelningsnyckel: samtal, ar: 2023, kalla: räknat, varden: {%s}}\n")


@pytest.mark.parametrize(("values", "missing"), [("Herrljunga: 5", "Vårgårda"),
                                                 ("Vårgårda: 5", "Herrljunga")])
def test_typed_values_leaving_out_a_kommun_name_the_file_and_the_model(data_dir, params,
                                                                       values, missing):
    (params / "modeller.yaml").write_text(MODEL % values, encoding="utf-8")
    with pytest.raises(ModelError, match=rf"params\S*/modeller\.yaml:\d+: financing_models\[1\]\."
                                         rf"underlag\.varden: värde för 2023 saknas för "
                                         rf"{missing}$"):
        validate_params(open_report("2024-02", data_dir, params))


def test_typed_values_for_every_kommun_pass(data_dir, params):
    (params / "modeller.yaml").write_text(MODEL % "Herrljunga: 5, Vårgårda: 7",
                                          encoding="utf-8")
    validate_params(open_report("2024-02", data_dir, params))
