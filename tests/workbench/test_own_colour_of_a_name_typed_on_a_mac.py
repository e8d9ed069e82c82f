"""The own model's colour in the charts comes from its place after the params' models. A
name typed on a Mac (NFD: "a" + U+0308 for "ä") missed that place and took the colour of
its position among the ticked models: with one model unticked, the own model's bars were
drawn in the colour of "Grundavgift 30 % och befolkning", one colour for two models."""

from __future__ import annotations

import unicodedata

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_the_own_model_has_a_colour_of_its_own_however_typed(bench, form):
    bench.model_boxes["Växeln efter samtal"].value = False
    bench.name.value = unicodedata.normalize(form, "Modell för Vårgårda ")
    colours = bench.painter.colors
    result = colours["Modell för Vårgårda"]
    others = [c for name, c in colours.items() if name != "Modell för Vårgårda"]
    assert result not in others
    assert result == bench.colors()["Modell för Vårgårda"]
