"""params/modeller.yaml edited by hand while the workbench is open, and left bad: Spara
modell, Byt namn and Ta bort show one Swedish line naming the file, never a traceback (a
click in the app then did nothing at all), and the file is left as she wrote it."""

from __future__ import annotations

import re

import pytest

from itvt_lib.workbench import open_workbench, store

SAVED = "financing_models:\n  - name: Sparad\n    driver: lika\n"


def _open(params, tmp_path):
    (params / store.MODELS_FILE).write_text(SAVED, encoding="utf-8")
    bench = open_workbench("2024-02", params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    bench.debounce = 0
    return bench


def _shown(bench) -> str:
    return re.sub("<[^>]+>", "", bench.message.value + bench.status.value
                  + bench.saved.status.value)


BROKEN = ["financing_models:\n  - name: [\n",
          "financing_models:\n  - name: Sparad\n    driver: okänd\n",
          "financing_models: 5\n"]


@pytest.mark.parametrize("broken", BROKEN, ids=["yaml", "driver", "not-a-list"])
def test_saving_into_a_models_file_made_bad_meanwhile_is_one_line(params, tmp_path, broken):
    bench = _open(params, tmp_path)
    bench.name.value = "Ny modell"
    (params / store.MODELS_FILE).write_text(broken, encoding="utf-8")
    bench.save()
    bench.save()
    assert "modeller.yaml" in _shown(bench)
    assert (params / store.MODELS_FILE).read_text(encoding="utf-8") == broken


@pytest.mark.parametrize("broken", BROKEN, ids=["yaml", "driver", "not-a-list"])
def test_renaming_in_a_models_file_made_bad_meanwhile_is_one_line(params, tmp_path, broken):
    bench = _open(params, tmp_path)
    bench.saved.new_name.value = "Omdöpt"
    (params / store.MODELS_FILE).write_text(broken, encoding="utf-8")
    bench.saved.rename()
    bench.saved.rename()
    assert "modeller.yaml" in _shown(bench)


def test_the_form_works_again_once_the_models_file_is_fixed(params, tmp_path):
    bench = _open(params, tmp_path)
    (params / store.MODELS_FILE).write_text(BROKEN[1], encoding="utf-8")
    bench.name.value = "Ny modell"
    bench.save()
    (params / store.MODELS_FILE).write_text(SAVED, encoding="utf-8")
    bench.save()
    result = [m["name"] for m in store.read_models(params)]
    assert result == ["Sparad", "Ny modell"]
    assert bench.outcome is not None and "Ny modell" in bench.model_boxes
