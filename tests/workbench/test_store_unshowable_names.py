"""Hostile cases against the workbench's saved models (workbench/store.py): a
name with an invisible writing-direction control (it would reverse the figures beside the
name on the pages) is refused before anything is saved."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import store


@pytest.mark.parametrize("name", ["Modell \u202e 907", "\u2067Modell", "Modell\u200f"])
def test_a_model_name_with_a_writing_direction_control_is_refused_unsaved(tmp_path, name):
    with pytest.raises(ParamError, match=r"^Namnet: .*skrivriktning"):
        store.save_model({"name": name, "driver": "lika"}, tmp_path)
    assert not (tmp_path / store.MODELS_FILE).exists()


@pytest.mark.parametrize("name", ["A\vB", "A\x1bB", "Modell \u202e 907"],
                         ids=["vertical-tab", "escape", "rlo"])
def test_a_typed_model_name_that_cannot_stand_in_a_workbook_is_one_line_nothing_exported(
        tmp_path, session, name):
    """A vertical tab in the name raised IllegalCharacterError from the export."""
    from itvt_lib.workbench.form import Workbench

    bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
    bench.debounce = 0
    bench.name.value = name
    result = bench.export()
    assert result is None
    assert "Inget exporterades" in bench.status.value or "Rätta" in bench.status.value
    assert "Namnet" in bench.message.value
    assert not (tmp_path / "outputs" / "scenarier").exists() or \
        not any((tmp_path / "outputs" / "scenarier").iterdir())
