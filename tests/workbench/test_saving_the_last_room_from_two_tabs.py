"""Two tabs saving new models at once when one more fits (49 of the 50 a period can show):
the second is refused with the Swedish line. Each tab counted the models before the
other had written, both said "sparades", and the 51 models made the params bad input:
every `itvt run` and the form stopped until one was deleted by hand. Likewise a name the
other tab saved meanwhile is not written over unasked (the first tab's model was lost
while both said "sparades")."""

from __future__ import annotations

import re
import shutil

import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.core.settings import MAX_MODELS
from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def benches(session, tmp_path) -> tuple[Workbench, Workbench]:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").unlink(missing_ok=True)
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    room = MAX_MODELS - 1 - max(len(own.param_models(p)) for p in own.params_periods())
    for i in range(room):   # one more fits in the fullest period
        store.save_model({"name": f"Fyll {i}", "driver": "befolkning"}, tmp_path / "params")
    return tuple(Workbench(Session(params_dir=tmp_path / "params", dataset=session.dataset),
                           PERIOD, outputs_dir=tmp_path / f"outputs{i}") for i in (1, 2))


def test_the_second_of_two_saves_at_once_is_refused_past_the_most(benches, monkeypatch):
    first, second = benches
    first.name.value, second.name.value = "Första fliken", "Andra fliken"
    write = store.save_model

    def second_tab_saves_first(*args, **kwargs):   # the other tab's click lands meanwhile
        monkeypatch.setattr(store, "save_model", write)
        second.save()
        return write(*args, **kwargs)

    monkeypatch.setattr(store, "save_model", second_tab_saves_first)
    first.save()
    result = [len(first.session.param_models(p)) for p in first.session.params_periods()]
    assert max(result) == MAX_MODELS
    assert "Andra fliken" in second.status.value and "sparades i" in second.status.value
    text = re.sub("<[^>]+>", "", first.status.value)
    assert re.search(rf"Modellen sparades inte: .*har redan {MAX_MODELS} modeller", text)
    assert not first.session.is_saved("Första fliken")


def test_a_name_another_tab_saved_meanwhile_is_not_written_over_unasked(benches,
                                                                        monkeypatch):
    first, second = benches
    first.name.value = second.name.value = "Delad"
    first.grundavgift.value, second.grundavgift.value = "10", "40"
    write = store.save_model

    def second_tab_saves_first(*args, **kwargs):
        monkeypatch.setattr(store, "save_model", write)
        second.save()
        return write(*args, **kwargs)

    monkeypatch.setattr(store, "save_model", second_tab_saves_first)
    first.save()
    result = [m.get("grundavgift_procent") for m in store.read_models(first.session.params_dir)
              if m["name"] == "Delad"]
    assert result == [40.0]
    text = re.sub("<[^>]+>", "", first.status.value)
    assert re.search("Modellen sparades inte: ”Delad” sparades nyss från en annan flik", text)
    first.save()   # asked: the usual question, then the overwrite
    assert "skriva över" in first.status.value
    first.save()
    result = [m.get("grundavgift_procent") for m in store.read_models(first.session.params_dir)
              if m["name"] == "Delad"]
    assert result == [10.0]
