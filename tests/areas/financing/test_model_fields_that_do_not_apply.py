"""Hostile financing models (areas/financing/specs.py): fixed shares (`andelar`)
on a model that allocates by population were ignored silently (the page showed the
population figures while the file said 90/10); now bad input naming the item."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.core.errors import ParamError


def _model(params, line: str) -> None:
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "financing_models:\n  - " + line + "\n",
                    encoding="utf-8")


@pytest.mark.parametrize("line", [
    "{name: A, driver: befolkning, andelar: {Herrljunga: 90, Vårgårda: 10}}",
    "{name: A, driver: lika, pools: {Telefonväxel: samtal}, andelar: {Herrljunga: 90, "
    "Vårgårda: 10}}",
])
def test_fixed_shares_on_a_model_that_does_not_use_them_are_bad_input(params, line):
    _model(params, line)
    with pytest.raises(ParamError, match=r"2024-02\.yaml: financing_models\[1\]\.andelar: "
                                         r"andelarna används bara med fördelningsgrunden fast"):
        open_report("2024-02", params_dir=params)  # its validate_params hook


@pytest.mark.parametrize("line", [
    "{name: A, driver: fast, andelar: {Herrljunga: 90, Vårgårda: 10}}",
    "{name: A, driver: befolkning, pools: {Telefonväxel: fast}, andelar: {Herrljunga: 90, "
    "Vårgårda: 10}}",
])
def test_fixed_shares_of_a_fast_model_are_used(params, line):
    _model(params, "{name: Nuvarande modell, driver: befolkning}\n  - " + line)
    (_, model) = financing.models_for(open_report("2024-02", params_dir=params))
    result = list(model.andelar)
    assert result == [90.0, 10.0]
