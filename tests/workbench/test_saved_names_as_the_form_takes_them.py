"""A name hand-edited into params/modeller.yaml is held to the rules the form saves it by
(workbench/store.py `_name`): one line, at most NAME_MAX characters; else one Swedish line
naming the file and the model, and the file is never written over."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import store


@pytest.mark.parametrize(("name", "reason"), [
    ('"A\\nB"', "radbrytning"),
    ('"A\\tB"', "radbrytning eller tabb"),
    ("B" * 300, "300 tecken långt; använd högst 80"),
])
def test_a_hand_edited_name_the_form_would_refuse_is_one_line_naming_the_model(
        tmp_path, name, reason):
    content = f"financing_models:\n  - name: A\n    driver: lika\n  - name: {name}\n    driver: lika\n"
    (tmp_path / store.MODELS_FILE).write_text(content, encoding="utf-8")
    for action in (lambda: store.read_models(tmp_path),
                   lambda: store.save_model({"name": "D", "driver": "lika"}, tmp_path)):
        with pytest.raises(ParamError, match=rf"modeller\.yaml: modell 2 i financing_models: "
                                             rf".*{reason}"):
            action()
    assert (tmp_path / store.MODELS_FILE).read_text(encoding="utf-8") == content


def test_a_hand_edited_name_of_80_characters_is_read(tmp_path):
    (tmp_path / store.MODELS_FILE).write_text(
        f"financing_models:\n  - name: {'B' * 80}\n    driver: lika\n", encoding="utf-8")
    result = [m["name"] for m in store.read_models(tmp_path)]
    expected = ["B" * 80]
    assert result == expected
