"""A model saved from the workbench with a value of three decimals (a fixed share of
33,333 %) is written so that params/modeller.yaml reads it back as that number: "33.333"
would have two readings (33,333 or 33 333) and be refused."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import store


@pytest.mark.parametrize("value", [33.333, 66.667, 1.25, 12345.678, 0.5, 100.0])
def test_a_saved_value_reads_back_as_saved(tmp_path, value):
    model = {"name": "Fast andel", "driver": "fast", "andelar": {"Herrljunga": value}}
    store.save_model(model, tmp_path)
    result = store.read_models(tmp_path)
    expected = [model]
    assert result == expected
