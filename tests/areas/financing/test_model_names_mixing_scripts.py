"""Two financing models "Lika delar" and "Lika delаr" (a Cyrillic а) were accepted as two
names: page 80 showed two columns a reader cannot tell apart, with different figures. A
model name mixing Latin letters with Cyrillic or Greek ones is now bad input naming the
file and the model; a name in one script is read as before."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize(("name", "script"), [
    ("Lika del\u0430r", "kyrilliska"),
    ("\u0412udgetandel", "kyrilliska"),
    ("Nuvarande m\u03bfdell", "grekiska"),
])
def test_a_model_name_mixing_scripts_is_bad_input(params, name, script):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")
    with pytest.raises(ParamError, match=rf"modeller\.yaml: financing_models\[1\]\.name: "
                                         rf"namnet blandar latinska och {script} bokstäver"):
        load_params("2024-02", params)


@pytest.mark.parametrize("name", ["Lika delar 2025", "Равные доли", "Växeln & samtal (ny)"])
def test_a_model_name_in_one_script_is_read(params, name):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")
    result = [m.name for m in load_params("2024-02", params).financing_models][-1]
    expected = name
    assert result == expected
