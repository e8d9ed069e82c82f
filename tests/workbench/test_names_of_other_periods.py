"""A model name used in another period's params file. The workbench checked a new
name only against the models of the period in the form (saving) or of the latest period
(renaming), so a model saved or renamed to "GAMMAL MODELL" while params/2023-12.yaml has
"Gammal modell" made every later `itvt run --period 2023-12` bad input. Both are refused
now, whichever period the form shows."""

from __future__ import annotations

import pytest

from itvt_lib.core.paths import DATA_DIR
from itvt_lib.workbench import store
from itvt_lib.workbench.results import Session

OLD_MODELS = ("financing_models:\n  - {name: Nuvarande modell, driver: befolkning}\n"
              "  - {name: Gammal modell, driver: budgetandel}\n")


@pytest.fixture
def session_2023(params):
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8") + OLD_MODELS, encoding="utf-8")
    return Session(DATA_DIR, params)


def test_a_name_of_another_periods_model_is_taken(session_2023):
    result = {"Gammal modell", "Växeln efter samtal"} <= session_2023.taken_names()
    assert result


def test_the_form_refuses_to_save_another_periods_model_name(session_2023, tmp_path):
    from itvt_lib.workbench.form import Workbench

    bench = Workbench(session_2023, "2024-02", outputs_dir=tmp_path / "outputs")
    bench.debounce = 0
    bench.name.value = "GAMMAL  MODELL"
    assert "används redan av en modell i params" in bench.message.value
    assert bench.save() is None
    assert not store.models_path(session_2023.params_dir).exists()


def test_renaming_a_saved_model_to_another_periods_model_name_is_refused(session_2023):
    from itvt_lib.workbench.saved import SavedModels

    store.save_model({"name": "Egen", "driver": "lika"}, session_2023.params_dir)
    saved = SavedModels(session_2023, lambda old, new: None)
    saved.choice.value = "Egen"
    saved.new_name.value = "gammal modell"
    assert saved.rename() is False and saved.rename() is False
    assert "används redan av en annan modell" in saved.status.value
    assert [m["name"] for m in store.read_models(session_2023.params_dir)] == ["Egen"]
