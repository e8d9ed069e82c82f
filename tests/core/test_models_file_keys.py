"""`params/modeller.yaml` is the workbench's file of saved models, read after the
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


@pytest.mark.parametrize(("text", "key"), [
    ("financing_models:\n", "financing_models"),
    ("financing_models:\n#  - {name: Nuvarande modell, driver: befolkning}\n",
     "financing_models"),
    ("upprakning_procent:\n", "upprakning_procent"),
    ("upprakning_procent:\n  kontogrupper:\n", r"upprakning_procent\.kontogrupper"),
])
def test_a_period_key_left_empty_that_defaults_set_is_bad_input(params, text, key):
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    with pytest.raises(ParamError, match=rf"2024-02\.yaml: {key}: inget värde, så värdet från "
                                         rf"\S*defaults\.yaml skulle strykas"):
        load_params("2024-02", params)


def test_a_period_key_left_empty_that_no_earlier_file_sets_is_not_set(params):
    path = params / "2024-02.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join("controller:\n" if line.startswith("controller:") else line
                            for line in lines), encoding="utf-8")
    result = load_params("2024-02", params).controller
    assert result is None


@pytest.mark.parametrize("key", ["namnd", "namnd_kort", "verksamhet", "controller"])
@pytest.mark.parametrize("blank", ['""', '"   "', '"\u00a0"'])
def test_a_printed_name_left_blank_is_bad_input(params, key, blank):
    path = params / "2024-02.yaml"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.startswith(f"{key}:")]
    path.write_text("".join(lines) + f"{key}: {blank}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=rf"2024-02\.yaml: {key}: är tom"):
        load_params("2024-02", params)
