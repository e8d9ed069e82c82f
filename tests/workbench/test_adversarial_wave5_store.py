"""Wave 5 of hostile cases against the workbench's saved models (workbench/store.py): a
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
