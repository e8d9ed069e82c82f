"""The workbench's output folder (its exports and memos go to
<outputs>/scenarier/) in or around the data or params folders was used: with
ITVT_OUTPUTS_DIR set to the data folder, an export landed among the input tables. It is
refused when the workbench opens, one line, as `itvt run` refuses it."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.workbench import open_workbench


@pytest.mark.parametrize(("outputs", "env_data"), [
    (lambda tmp, data: data, True), (lambda tmp, data: data / "export", True),
    (lambda tmp, data: tmp, True), (lambda tmp, data: DATA_DIR, False),
    (lambda tmp, data: PARAMS_DIR / "x", False),
], ids=["data-itself", "in-data", "holding-data", "default-data", "in-default-params"])
def test_an_outputs_folder_in_or_around_the_inputs_is_refused_on_opening(
        monkeypatch, tmp_path, data_dir, outputs, env_data):
    if env_data:
        monkeypatch.setenv("ITVT_DATA_DIR", str(data_dir))
    target = outputs(tmp_path, data_dir)
    monkeypatch.setenv("ITVT_OUTPUTS_DIR", str(target))
    with pytest.raises(InputError, match="får inte ligga i eller innehålla indatamappen"):
        open_workbench(show=False)
    assert not (target / "scenarier").exists()


def test_an_outputs_folder_beside_the_inputs_opens(monkeypatch, tmp_path, data_dir):
    monkeypatch.setenv("ITVT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("ITVT_OUTPUTS_DIR", str(tmp_path / "O"))
    result = open_workbench(show=False)
    assert result.outputs_dir == tmp_path / "O"
