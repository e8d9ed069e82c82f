"""Hostile model names (core/settings.py `name_key`, workbench/store.py): names
that differ only in case or in the kind of space ("nuvarande modell", "Lika\u00a0delar")
look like one model on the pages, so they are one name: the form refuses a params model's
twin, saving a saved model's twin replaces it, renaming onto one is refused, and a params
file holding two is bad input."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.settings import name_key
from itvt_lib.workbench import store


@pytest.mark.parametrize(("a", "b"), [
    ("Nuvarande modell", "nuvarande modell"),
    ("Lika delar", "Lika\u00a0delar"),
    ("Lika delar", "LIKA  DELAR"),
    ("Växel", "Va\u0308xel"),
])
def test_names_a_reader_cannot_tell_apart_have_one_key(a, b):
    assert name_key(a) == name_key(b)


def test_names_that_differ_in_a_letter_keep_their_keys():
    assert name_key("Modell") != name_key("Modéll")


def test_saving_a_twin_of_a_saved_model_replaces_it(tmp_path):
    store.save_model({"name": "Modell", "driver": "lika"}, tmp_path)
    store.save_model({"name": "MODELL", "driver": "befolkning"}, tmp_path)
    result = store.read_models(tmp_path)
    expected = [{"name": "MODELL", "driver": "befolkning"}]
    assert result == expected


def test_renaming_onto_a_twin_of_another_model_is_refused(tmp_path):
    store.save_model({"name": "Första", "driver": "lika"}, tmp_path)
    store.save_model({"name": "Andra", "driver": "lika"}, tmp_path)
    with pytest.raises(ParamError, match="används redan"):
        store.rename_model("Andra", "första", tmp_path)
    with pytest.raises(ParamError, match="används redan"):
        store.rename_model("Andra", "Lika\u00a0delar", tmp_path, taken={"Lika delar"})
    store.rename_model("Andra", "ANDRA", tmp_path)   # its own name in other letters
    assert [m["name"] for m in store.read_models(tmp_path)] == ["Första", "ANDRA"]


def test_a_params_file_with_two_models_of_one_name_in_other_letters_is_bad_input(params):
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        "financing_models:\n  - {name: Nuvarande modell, driver: befolkning}\n"
        "  - {name: nuvarande  MODELL, driver: lika}\n"), encoding="utf-8")
    with pytest.raises(ParamError, match=r'2024-02\.yaml: financing_models: namnet "nuvarande  '
                                         r'MODELL" används två gånger \(post 2\) \(som '
                                         r'"Nuvarande modell" så när som på stora'):
        load_params("2024-02", params)


@pytest.mark.parametrize("name", ["nuvarande modell", "Nuvarande\u00a0modell"])
def test_the_form_refuses_a_twin_of_a_params_model(session, tmp_path, name):
    from itvt_lib.workbench.form import Workbench

    bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
    bench.debounce = 0
    bench.name.value = name
    assert "används redan av en modell i params" in bench.message.value
    assert bench.save() is None
