"""An uppräkning of the kommunbidrag (`upprakning_procent.kontogrupper: {Kommunbidrag: 10}`,
the params' own or a model's) passed check and was dropped silently: next year's budget
is raised per kontogrupp of intäkter and kostnader only, so the typed assumption changed no
figure and was shown nowhere (page 80, the Beslutsunderlag). It is bad input naming it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import ModelError, validate_params

OWN = "upprakning_procent:\n  default: 0\n  kontogrupper: {%s: 10}\n"
MODEL = ("financing_models:\n  - name: Nuvarande modell\n    driver: befolkning\n"
         "  - name: Egen\n    driver: lika\n"
         "    upprakning_procent: {default: 2, kontogrupper: {%s: 10}}\n")


@pytest.mark.parametrize(("text", "where"), [
    (OWN, r"2024-02\.yaml: upprakning_procent\.kontogrupper\.Kommunbidrag"),
    (MODEL, r"2024-02\.yaml: financing_models\[2\]\.upprakning_procent\.kontogrupper\."
            r"Kommunbidrag"),
])
def test_an_uppräkning_of_the_kommunbidrag_is_bad_input(data_dir, params, text, where):
    with (params / "2024-02.yaml").open("a", encoding="utf-8") as file:
        file.write(text % "Kommunbidrag")
    with pytest.raises(ModelError, match=where + r': "Kommunbidrag" är kommunbidrag; .*'
                                              r"ta bort raden$"):
        validate_params(open_report("2024-02", data_dir, params))


@pytest.mark.parametrize("text", [OWN, MODEL])
@pytest.mark.parametrize("group", ["Intäkter", "Personalkostnader"])
def test_an_uppräkning_of_a_cost_or_income_group_passes(data_dir, params, text, group):
    with (params / "2024-02.yaml").open("a", encoding="utf-8") as file:
        file.write(text % group)
    result = validate_params(open_report("2024-02", data_dir, params))
    expected = None
    assert result is expected
