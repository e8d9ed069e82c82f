"""Hostile cases against the workbench's names: U+FFFE and U+FFFF are no characters, and
XML cannot hold them, so a workbook with one in a cell is cut short where it stands
(LibreOffice drops the rest of each sheet without a word, Excel calls the file damaged).
A name with one is one Swedish line: nothing exported, nothing saved, and a models file
holding one (escaped, "\\uFFFE") is bad input."""

from __future__ import annotations

import html

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session

NAMES = ["Modell \ufffe 2025", "Modell\uffff"]


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


@pytest.mark.parametrize("name", NAMES, ids=["fffe", "ffff"])
def test_a_typed_name_with_a_noncharacter_is_one_line_and_nothing_exported(bench, tmp_path,
                                                                           name):
    bench.name.value = name
    result = bench.export()
    expected = "Namnet: texten innehåller U+"
    assert result is None
    assert expected in html.unescape(bench.message.value)
    assert not (tmp_path / "outputs" / "scenarier").exists()


@pytest.mark.parametrize("name", NAMES, ids=["fffe", "ffff"])
def test_a_name_with_a_noncharacter_is_never_saved(bench, params, name):
    bench.name.value = name
    result = bench.save()
    assert result is None
    assert not (params / store.MODELS_FILE).exists()
    with pytest.raises(ParamError, match=r"^Namnet: texten innehåller U\+FFF[EF]"):
        store.save_model({"name": name, "driver": "lika"}, params)
    assert not (params / store.MODELS_FILE).exists()


@pytest.mark.parametrize("escaped", ["\\uFFFE", "\\uFFFF"])
def test_a_models_file_with_a_noncharacter_is_bad_input(tmp_path, escaped):
    content = f'financing_models:\n  - name: "B{escaped}"\n    driver: lika\n'
    (tmp_path / store.MODELS_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml.*U\+FFF[EF]"):
        store.read_models(tmp_path)
    assert (tmp_path / store.MODELS_FILE).read_text(encoding="utf-8") == content
