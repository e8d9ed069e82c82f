"""A second click on Spara modell overwrites only the model the first click asked about
(workbench/form.py `save`): a rename or delete in "Sparade modeller" voids the question.
It survived them: with "Det finns redan en sparad modell ”B” …" shown, B deleted and
another model renamed to B, one click overwrote that other model without asking."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import Workbench, store
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)
    for name in ("A", "B"):
        bench.name.value = name
        assert bench.save() is not None
    return bench


def _delete_b_and_rename_a_to_b(saved):
    saved.choice.value = "B"
    saved.delete(), saved.delete()
    saved.choice.value = "A"
    saved.new_name.value = "B"
    saved.rename(), saved.rename()


def _rename_b_to_c(saved):
    saved.choice.value = "B"
    saved.new_name.value = "C"
    saved.rename(), saved.rename()
    saved.choice.value = "A"
    saved.new_name.value = "B"
    saved.rename(), saved.rename()


@pytest.mark.parametrize("change", [_delete_b_and_rename_a_to_b, _rename_b_to_c],
                         ids=["delete-then-rename", "rename-twice"])
def test_a_rename_or_delete_voids_the_overwrite_question(bench, params, change):
    bench.name.value = "B"
    assert bench.save() is None                  # asks: "Klicka … igen"
    change(bench.saved)
    before = store.read_models(params)
    result = (bench.save(), store.read_models(params) == before, "igen" in bench.status.value)
    expected = (None, True, True)
    assert result == expected
