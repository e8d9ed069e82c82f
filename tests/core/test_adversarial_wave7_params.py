"""Wave 7: params/modeller.yaml is the workbench's file of saved models, read after the
period's file. A key other than `financing_models` there (an `upprakning_procent`, a
`tolerance_tkr` pasted in by hand) silently overrode the controller's params files for
every period, while the workbench refused the same file; it is bad input now, naming the
file and the key. A file left with `financing_models:` and no model replaced the params'
models by none, so page 80 silently compared the current model alone; it means that no
model is saved now."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize("text", ["upprakning_procent: {default: 50}\n",
                                  "tolerance_tkr: 10000\n",
                                  "financing_models:\n  - {name: Ny, driver: lika}\n"
                                  "namnd: Annan nämnd\n"])
def test_a_key_the_workbench_does_not_write_in_modeller_yaml_is_bad_input(params, text):
    (params / "modeller.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml: nyckeln '\w+' skriver arbetsbänken "
                                         r"inte \(bara financing_models\)"):
        load_params("2024-02", params)


@pytest.mark.parametrize("text", ["", "# inga modeller\n", "financing_models:\n",
                                  "financing_models: null\n",
                                  "financing_models:\n  - {name: Ny, driver: lika}\n"])
def test_a_models_file_of_models_only_is_read(params, text):
    own = [m.name for m in load_params("2024-02", params).financing_models]
    (params / "modeller.yaml").write_text(text, encoding="utf-8")
    result = [m.name for m in load_params("2024-02", params).financing_models]
    expected = own + (["Ny"] if "Ny" in text else [])
    assert result == expected
