"""The first financing model is the current one: page 80, the key figures, the workbench
and the memo compare every model with it and show its closed years at the cost of record
(what the members paid by population). A period file whose list began with another model
(`lika`, a grundavgift, pools) showed 2023 with 50 % shares beside the population costs of
record, and the real current model 0 tkr from "nuvarande"; it is bad input naming the item."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.core.errors import ParamError


def _models(params, *lines: str) -> None:
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "financing_models:\n"
                    + "".join(f"  - {line}\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize("first", [
    "{name: Nuvarande modell, driver: lika}",
    "{name: Nuvarande modell, driver: budgetandel}",
    "{name: Nuvarande modell, driver: befolkning, grundavgift_procent: 30}",
    "{name: Nuvarande modell, driver: befolkning, pools: {Telefonväxel: samtal}}",
    "{name: Fast, driver: fast, andelar: {Herrljunga: 40, Vårgårda: 60}}",
])
def test_a_first_model_other_than_the_current_one_is_bad_input(params, first):
    _models(params, first, "{name: Befolkning, driver: befolkning}")
    with pytest.raises(ParamError, match=r"2023-12\.yaml: financing_models\[1\]: den första "
                                         r'modellen \("[^"]+"\) är den nuvarande'):
        open_report("2023-12", params_dir=params)


def test_the_current_model_first_under_any_name_is_read(params):
    _models(params, "{name: Befolkningsmodellen, driver: befolkning}",
            "{name: Lika delar, driver: lika}")
    result = [m.name for m in financing.models_for(open_report("2023-12", params_dir=params))]
    expected = ["Befolkningsmodellen", "Lika delar"]
    assert result == expected


@pytest.mark.parametrize(("model", "expected"), [
    ({"name": "A", "driver": "befolkning"}, True),
    ({"name": "A", "driver": "befolkning", "grundavgift_procent": 0}, True),
    ({"name": "A", "driver": "lika"}, False),
    ({"name": "A", "driver": "befolkning", "grundavgift_procent": 10}, False),
    ({"name": "A", "driver": "befolkning", "pools": {"Telefonväxel": "samtal"}}, False),
])
def test_is_current(model, expected):
    result = financing.is_current(financing.FinancingModel.model_validate(model))
    assert result == expected
