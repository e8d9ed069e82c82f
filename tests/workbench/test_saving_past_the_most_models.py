"""Hostile case against "Spara modell": page 80 shows at most MAX_MODELS models, and a
params list longer than that is bad input. The save that made it 51 said "sparades ...
Nästa itvt run visar den" while it had made params/modeller.yaml bad: every `itvt run`
and `itvt check` stopped (exit 2) until a model was deleted by hand. Now that save is one
Swedish line, nothing is written, and saving a saved model again still works."""

from __future__ import annotations

import html
import re

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.settings import MAX_MODELS
from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session


@pytest.fixture
def full(session, params, tmp_path):
    """The form over params whose models (those of params/ and the saved ones) are
    MAX_MODELS in the fullest period."""
    own = Session(params_dir=params, dataset=session.dataset)
    most = max(len(own.param_models(p)) for p in own.periods)
    for n in range(MAX_MODELS - most):
        store.save_model({"name": f"Sparad {n}", "driver": "lika"}, params)
    return Workbench(Session(params_dir=params, dataset=session.dataset), "2024-02",
                     outputs_dir=tmp_path / "outputs", debounce=0)


def _status(bench) -> str:
    return html.unescape(re.sub("<[^>]+>", "", bench.status.value))


def test_a_new_model_past_the_most_is_one_line_and_not_saved(full, params):
    before = (params / store.MODELS_FILE).read_text(encoding="utf-8")
    full.name.value = "En till"
    result = full.save()
    assert result is None
    assert re.fullmatch(rf"Modellen sparades inte: \d{{4}}-\d\d har redan {MAX_MODELS} modeller "
                        rf"och högst {MAX_MODELS} går att visa; ta bort en under Sparade "
                        r"modeller först\.", _status(full))
    assert (params / store.MODELS_FILE).read_text(encoding="utf-8") == before
    for period in full.session.periods:
        open_report(period, params_dir=params)   # the params stay good input
    assert full.message.value == "" and full.outcome is not None


def test_a_saved_model_can_still_be_saved_again_when_full(full, params):
    full.name.value = "Sparad 0"
    result = [full.save(), full.save()]   # the second click confirms the overwrite
    assert result[0] is None and result[1] is not None
    assert "sparades i" in _status(full)
