"""A hidden file in params/ is no parameters file anyone meant itvt to read: the temporary
file of a workbench save (".modeller-x.yaml", left behind when the save was killed), a Mac's
"._2024-02.yaml" on a shared folder, an office lock file. The inputs-changed check already
passes them over, but the params were refused as a stray file ("läses inte ... döp om
eller flytta filen"), so every scheduled run and `itvt check` stopped. Now they are passed
over; a visible misnamed file is still refused."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import stray_params_file


@pytest.mark.parametrize("name", [".modeller-k2j3x9.yaml", "._2024-02.yaml",
                                  "meetings/._2024-03-06.yaml", "~$defaults.yaml"])
def test_a_hidden_yaml_file_is_not_a_stray_params_file(params, name):
    (params / name).parent.mkdir(exist_ok=True)
    (params / name).write_text("namnd: X\n", encoding="utf-8")
    result = stray_params_file(params)
    assert result is None
    load_params("2024-02", params)   # no ParamError


@pytest.mark.parametrize("name", ["modeller-k2j3x9.yaml", "meetings/2024-03-06 kopia.yaml"])
def test_a_visible_misnamed_yaml_file_is_still_refused(params, name):
    (params / name).parent.mkdir(exist_ok=True)
    (params / name).write_text("namnd: X\n", encoding="utf-8")
    with pytest.raises(ParamError, match="läses inte"):
        load_params("2024-02", params)
