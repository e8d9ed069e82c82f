"""Hostile cases against "Sparade modeller" (workbench/saved.py, store.py): a new name
that shows nothing (a zero-width space, a Braille blank, a soft hyphen) is no name. It
was written to params/modeller.yaml, which the params then refused ("namnet saknas"):
every `itvt run` stopped at bad input, the form showed only that line, and with the params
bad the check against the other models' names was skipped, so a second rename could take
a name of params/ as well."""

from __future__ import annotations

import html
import re

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session

SHOWS_NOTHING = ["\u200b", "\u2800", "\u00ad", " \u2060 "]
IDS = ["zero-width-space", "braille-blank", "soft-hyphen", "word-joiner"]


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)
    bench.name.value = "Sparad"
    assert bench.save() is not None
    return bench


def _text(widget) -> str:
    return html.unescape(re.sub("<[^>]+>", "", widget.value))


@pytest.mark.parametrize("new", SHOWS_NOTHING, ids=IDS)
def test_renaming_to_a_name_that_shows_nothing_changes_nothing(bench, params, new):
    before = (params / store.MODELS_FILE).read_text(encoding="utf-8")
    bench.saved.choice.value = "Sparad"
    bench.saved.new_name.value = new
    result = [bench.saved.rename(), bench.saved.rename()]
    assert result == [False, False]
    assert _text(bench.saved.status) == "Ange det nya namnet på modellen."
    assert (params / store.MODELS_FILE).read_text(encoding="utf-8") == before
    assert bench.message.value == "" and bench.outcome is not None


@pytest.mark.parametrize("new", SHOWS_NOTHING, ids=IDS)
def test_the_models_file_never_gets_a_name_that_shows_nothing(params, new):
    store.save_model({"name": "Sparad", "driver": "lika"}, params)
    before = (params / store.MODELS_FILE).read_text(encoding="utf-8")
    with pytest.raises(ParamError, match="^Ange det nya namnet på modellen"):
        store.rename_model("Sparad", new, params)
    with pytest.raises(ParamError, match="^Ange ett namn på modellen"):
        store.save_model({"name": new, "driver": "lika"}, params)
    assert (params / store.MODELS_FILE).read_text(encoding="utf-8") == before
