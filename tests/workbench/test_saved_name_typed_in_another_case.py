"""The own model named like a saved model but in another case or spacing ("DELAD", "Nytt  namn"): it stands in the saved model's place as its own name does, and Spara
modell asks to save over it. It read "Namnet ”DELAD” används redan av en modell i params;
välj ett annat" (no results, nothing saved), though the name is the saved model's."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.core.settings import name_key
from itvt_lib.workbench import Workbench, results, store
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, tmp_path) -> Workbench:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").unlink(missing_ok=True)
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs")


@pytest.mark.parametrize("typed", ["DELAD MODELL", "delad  modell", " Delad modell "])
def test_the_saved_models_name_in_another_case_is_the_same_model(bench, typed):
    bench.name.value = "Delad modell"
    bench.save()
    bench.grundavgift.value = "50"
    bench.name.value = typed
    assert bench.message.value == ""
    result = [n for n in bench.outcome.tables[results.COMPARISON]["Modell"].unique()
              if name_key(n) == name_key("Delad modell")]
    assert result == [typed.strip()]
    assert bench.save() is None and "skriva över" in bench.status.value
    assert bench.save() is not None
    result = [(m["name"], m.get("grundavgift_procent"))
              for m in store.read_models(bench.session.params_dir)]
    assert result == [(typed.strip(), 50.0)]
