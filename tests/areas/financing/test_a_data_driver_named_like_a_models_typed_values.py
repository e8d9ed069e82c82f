"""A driver of data/fordelningsnycklar.csv named "Egen: angivna värden", the internal
name of model Egen's typed values, had its rows merged into the model's values: Egen's
2023 (samtal 2022 not in the data) was split 1 to 99 by that driver and shown as figures
of samtal. Such a model is now refused with one line naming the model and the driver."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from itvt_lib.areas import financing
from itvt_lib.areas.financing.params import FinancingModel
from itvt_lib.core.periods import Period

CURRENT = FinancingModel(name="Nuvarande modell", driver="befolkning")
OWN = FinancingModel(name="Egen", driver="befolkning", pools={"Telefonväxel": "samtal"},
                     underlag={"fordelningsnyckel": "samtal", "kalla": "t", "ar": 2023,
                               "varden": {"Herrljunga": 4000, "Vårgårda": 5000}})


def test_a_data_driver_named_like_typed_values_is_refused(dataset):
    rows = financing.inputs_for(dataset, Period.parse("2024-02"))
    weights = {**rows.weights, "Egen: angivna värden": {2022: np.array([1.0, 99.0])}}
    inputs = replace(rows, weights=weights)
    with pytest.raises(financing.ModelError,
                       match=r"^Beslutsunderlag: financing_models\[2\]\.underlag: .*"
                             r"”Egen: angivna värden”"):
        financing.compare(dataset, Period.parse("2024-02"), [CURRENT, OWN], inputs=inputs,
                          source="Beslutsunderlag")


def test_typed_values_without_a_namesake_are_read(dataset):
    result = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, OWN])
    expected = ["Nuvarande modell", "Egen"]
    assert [m.name for m in result.models] == expected
