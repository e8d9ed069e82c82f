"""The controller adds a month (params/2024-03.yaml, README "Adding a month") while the
workbench is open on the data read before it: a model saved or renamed under a name of that
file's models, or one more than that period can show, would make `itvt run --period
2024-03` bad input. The params files written meanwhile count as the data's periods do."""

from __future__ import annotations

import shutil

import pytest
import yaml

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.core.settings import MAX_MODELS
from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session

MARCH = {"financing_models": [{"name": "Nuvarande modell", "driver": "befolkning"},
                              {"name": "Användare", "driver": "lika"}]}


@pytest.fixture
def bench(tmp_path) -> Workbench:
    """The form on 2024-02; then params/2024-03.yaml is written, as the README says."""
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").unlink(missing_ok=True)
    session = Session(tmp_path / "data", tmp_path / "params")
    form = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)
    return form


def _march(bench, content: dict) -> None:
    text = (bench.session.params_dir / "2024-02.yaml").read_text(encoding="utf-8")
    (bench.session.params_dir / "2024-03.yaml").write_text(
        text + yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("name", ["Användare", "användare "])
def test_a_name_of_the_new_months_models_is_not_saved(bench, name):
    _march(bench, MARCH)
    bench.name.value = name
    result = bench.save()
    assert result is None
    assert "används redan av en modell i params" in bench.message.value
    assert not store.models_path(bench.session.params_dir).exists()


def test_a_saved_model_is_not_renamed_to_a_name_of_the_new_months_models(bench):
    bench.name.value = "Min modell"
    bench.pool_drivers["Telefonväxel"].value = "lika"
    bench.save()
    _march(bench, MARCH)
    bench.saved.new_name.value = "Användare"
    result = [bench.saved.rename(), bench.saved.rename()]
    assert result == [False, False]
    assert [m["name"] for m in store.read_models(bench.session.params_dir)] == ["Min modell"]


def test_no_model_is_saved_past_what_the_new_month_can_show(bench):
    models = [{"name": "Nuvarande modell", "driver": "befolkning"},
              *({"name": f"Modell {i}", "driver": "lika"} for i in range(2, MAX_MODELS + 1))]
    _march(bench, {"financing_models": models})
    bench.name.value = "En till"
    result = bench.save()
    assert result is None
    assert f"2024-03 har redan {MAX_MODELS} modeller" in bench.status.value
