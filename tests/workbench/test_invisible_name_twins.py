"""Model names that differ only by an invisible character (a zero-width space, a soft
hyphen, a word joiner, a byte-order mark: Unicode category Cf, often pasted in from a web
page or a document) look like one model on the pages, the sheets and the memo, so they are
one name (core/settings.py `name_key`): the form refuses a params model's twin and a
saved models file holding one is bad input."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.settings import name_key
from itvt_lib.workbench import store
from itvt_lib.workbench.results import Session

# Cf, and the default-ignorable characters of other categories that draw nothing either
# (a combining grapheme joiner, Hangul fillers, a Khmer inherent vowel, a variation
# selector): "Lika d\u034felar" looked like "Lika delar" and was another model
INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200d",
             "\u034f", "\u115f", "\u3164", "\u17b4", "\ufe0f", "\U000e0100"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_a_name_with_an_invisible_character_has_the_key_of_the_name_without_it(mark):
    result = name_key(f"Lika{mark} delar{mark}")
    expected = name_key("Lika delar")
    assert result == expected


@pytest.mark.parametrize("mark", INVISIBLE)
def test_the_form_refuses_an_invisible_twin_of_a_params_model(session, tmp_path, mark):
    from itvt_lib.workbench.form import Workbench

    bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
    bench.debounce = 0
    bench.name.value = f"Nuvarande modell{mark}"
    assert "används redan av en modell i params" in bench.message.value
    assert bench.save() is None


def test_a_saved_models_file_with_an_invisible_twin_of_a_params_model_is_bad_input(
        data_dir, params_dir):
    store.models_path(params_dir).write_text(
        "financing_models:\n  - {name: \"Lika delar\\u200b\", driver: befolkning}\n",
        encoding="utf-8")
    with pytest.raises(ParamError, match=r'modeller\.yaml:\d+: financing_models: namnet "Lika '
                                         r'delar\\u200b" används två gånger \(post \d+\) '
                                         r'\(som "Lika delar" så när som på stora och små '
                                         r'bokstäver, mellanslag eller osynliga tecken\)'):
        Session(data_dir, params_dir).param_models("2024-02")
