"""Hostile cases against the workbench's saved models (workbench/store.py,
params/modeller.yaml): a hand-edited file that is not what the workbench writes is one
Swedish line naming it, never a traceback; a name typed on a Mac (NFD) is the same name as
the one it looks like."""

from __future__ import annotations

import unicodedata

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import store


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("content", [
    "financing_models:\n  - name: B\n    driver: lika\n  - name: [unclosed\n",
    "financing_models:\n  - just a string\n  - name: B\n    driver: lika\n",
    "financing_models: 5\n",
    "- name: B\n  driver: lika\n",
    "financing_models:\n  - name: B\n    driver: lika\n\xa0\xa0- name: C\n",
])
def test_hand_edited_models_file_is_one_line_naming_it(tmp_path, content):
    (tmp_path / store.MODELS_FILE).write_text(content, encoding="utf-8")
    for action in (lambda: store.read_models(tmp_path),
                   lambda: store.delete_model("B", tmp_path),
                   lambda: store.rename_model("B", "C", tmp_path),
                   lambda: store.save_model({"name": "D", "driver": "lika"}, tmp_path)):
        with pytest.raises(ParamError, match="modeller.yaml"):
            action()
    assert (tmp_path / store.MODELS_FILE).read_text(encoding="utf-8") == content


def test_models_file_with_a_name_that_is_a_number_is_one_line(tmp_path):
    (tmp_path / store.MODELS_FILE).write_text("financing_models:\n  - name: 7\n"
                                              "    driver: lika\n", encoding="utf-8")
    with pytest.raises(ParamError, match="modeller.yaml"):
        store.read_models(tmp_path)


def test_saved_name_typed_on_a_mac_is_stored_as_it_looks(tmp_path):
    store.save_model({"name": nfd("Växeln i år"), "driver": "lika"}, tmp_path)
    result = [m["name"] for m in store.read_models(tmp_path)]
    assert result == ["Växeln i år"]


def test_rename_to_a_taken_name_typed_on_a_mac_is_refused(tmp_path):
    store.save_model({"name": "A", "driver": "lika"}, tmp_path)
    with pytest.raises(ParamError, match="används redan"):
        store.rename_model("A", nfd("Växeln efter samtal"), tmp_path,
                           taken={"Växeln efter samtal"})
    assert [m["name"] for m in store.read_models(tmp_path)] == ["A"]


def test_a_saved_model_named_like_a_params_model_in_nfd_is_a_name_used_twice(
        data_dir, params_dir):
    (params_dir / store.MODELS_FILE).write_text(
        f"financing_models:\n  - name: {nfd('Växeln efter samtal')}\n    driver: lika\n",
        encoding="utf-8")
    with pytest.raises(ParamError, match="modeller.yaml"):
        open_report("2024-02", data_dir, params_dir)


def test_own_model_named_like_a_params_model_typed_on_a_mac_is_refused(tmp_path):
    import shutil

    from itvt_lib.core.paths import PARAMS_DIR
    from itvt_lib.workbench.form import Workbench
    from itvt_lib.workbench.results import Session

    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    bench = Workbench(Session(params_dir=tmp_path / "params"), "2024-02",
                      outputs_dir=tmp_path / "outputs")
    bench.name.value = nfd("Växeln efter samtal")
    bench.refresh()
    assert bench.outcome is None
    assert "används redan" in bench.message.value


@pytest.mark.parametrize(("name", "message"), [
    ("x" * 81, "81 tecken"),
    ("Ny\nmodell", "radbrytning eller tabb"),
    ("Ny\tmodell", "radbrytning eller tabb"),
])
def test_rename_to_a_name_the_form_would_refuse_is_refused(tmp_path, name, message):
    store.save_model({"name": "A", "driver": "lika"}, tmp_path)
    with pytest.raises(ParamError, match=message):
        store.rename_model("A", name, tmp_path)
    assert [m["name"] for m in store.read_models(tmp_path)] == ["A"]


def test_saved_model_with_a_kommun_typed_twice_in_nfc_and_nfd_is_refused(tmp_path):
    content = ("financing_models:\n- name: S\n  driver: samtal\n  underlag:\n"
               "    fordelningsnyckel: samtal\n    kalla: x\n    ar: 2023\n    varden:\n"
               "      Herrljunga: 1\n      Vårgårda: 2\n      " + nfd("Vårgårda") + ": 3\n")
    (tmp_path / store.MODELS_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml:11: Vårgårda: nyckeln står två"):
        store.read_models(tmp_path)
