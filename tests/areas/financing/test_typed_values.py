"""A model saved with typed driver values (`underlag` with its year): the values are the
model's own driver for that year; other models and an `underlag` without a year are
unchanged."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas.financing import typed_driver, typed_models, typed_values

TYPED = {"fordelningsnyckel": "samtal", "ar": 2023, "kalla": "angivet",
         "varden": {"A": 1.0, "B": 3.0}}


def test_typed_values_become_the_models_own_driver_for_their_year():
    models = typed_models([{"name": "Nu", "driver": "befolkning"},
                           {"name": "Egen", "driver": "befolkning", "pools": {"Växel": "samtal"},
                            "underlag": TYPED}])
    result, rows = typed_values(models)
    own = typed_driver("Egen")
    assert result[0] == models[0]
    assert result[1].pools == {"Växel": own} and result[1].driver == "befolkning"
    expected = pd.DataFrame({"driver": [own, own], "year": [2023, 2023], "kommun": ["A", "B"],
                             "value": [1.0, 3.0], "source": ["angivet", "angivet"]})
    pd.testing.assert_frame_equal(rows, expected)


def test_a_replaced_main_driver_is_replaced_too():
    result, _ = typed_values(typed_models([{"name": "Egen", "driver": "samtal",
                                            "underlag": TYPED}]))
    assert result[0].driver == typed_driver("Egen") and result[0].pools is None


@pytest.mark.parametrize("underlag", [None, {**TYPED, "ar": None}])
def test_without_a_year_the_model_is_unchanged(underlag):
    models = typed_models([{"name": "Egen", "driver": "fast", "andelar": {"A": 25, "B": 75},
                            "underlag": underlag}])
    result, rows = typed_values(models)
    assert result == models and rows is None
