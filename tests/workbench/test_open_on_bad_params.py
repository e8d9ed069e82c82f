"""The workbench opened by its notebook (Voilà) on a params folder that is bad
input shows one Swedish line naming the file, not a traceback; the Python API
(`show=False`) still raises the ParamError."""

from __future__ import annotations

import shutil

import IPython.display
import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import open_workbench

BROKEN = "financing_models:\n  - name: [x\n"


@pytest.fixture
def broken_params(tmp_path):
    folder = tmp_path / "params"
    shutil.copytree(PARAMS_DIR, folder)
    (folder / "modeller.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


def test_app_on_bad_params_shows_one_line_naming_the_file(broken_params, monkeypatch):
    shown = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    result = open_workbench(params_dir=broken_params, show=True)
    assert result is None
    (widget,) = shown
    assert "Arbetsbänken kan inte öppnas" in widget.value
    assert "modeller.yaml:3" in widget.value


def test_api_on_bad_params_raises_the_param_error(broken_params):
    with pytest.raises(ParamError, match=r"modeller\.yaml:3"):
        open_workbench(params_dir=broken_params, show=False)
