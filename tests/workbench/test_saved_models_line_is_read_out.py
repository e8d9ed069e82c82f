"""Sparade modeller's line (workbench/saved.py) is a live region like the form's error and
status lines: the app's template gives every `itvt-wb-live` element role="status", so a
screen reader reads out "Klicka på Ta bort igen …" and what was renamed or removed. It was
a plain HTML widget: a keyboard user pressing Ta bort heard nothing and could not know a
second press was needed, nor that the model was gone."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session

LIVE = "itvt-wb-live"


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)
    bench.name.value = "Sparad"
    assert bench.save() is not None
    return bench


@pytest.mark.parametrize("press", ["delete", "rename"])
def test_saved_models_line_is_a_live_region(bench, press):
    saved = bench.saved
    saved.new_name.value = "Nytt namn på modellen"
    getattr(saved, press)()
    result = (LIVE in saved.status._dom_classes, "igen" in saved.status.value)
    expected = (True, True)
    assert result == expected


def test_every_line_the_buttons_write_is_a_live_region(bench):
    result = sorted(LIVE in line._dom_classes
                    for line in (bench.message, bench.status, bench.saved.status))
    expected = [True, True, True]
    assert result == expected
