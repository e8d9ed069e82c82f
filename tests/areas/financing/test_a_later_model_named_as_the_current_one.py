"""A financing model after the first named "Nuvarande modell": page 80 wrote "Med modellen
Nuvarande modell skulle Herrljunga betala 9 486 tkr, 1 215 tkr mer än med nuvarande
modell", and its table showed a row "Nuvarande modell | Herrljunga | 9 486" beside the
current model's 8 271 (the first, here "Befolkningsmodell"): the committee reads every
"nuvarande modell" as the current one. It is bad input naming the item, case and spaces
aside; the current model first under that name is read as before."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.core.errors import ParamError


def _models(params, *lines: str) -> None:
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "financing_models:\n"
                    + "".join(f"  - {line}\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize("name", ["Nuvarande modell", "nuvarande  MODELL", "Nuvarande\u00a0modell"])
def test_a_later_model_named_as_the_current_one_is_bad_input(params, name):
    _models(params, "{name: Befolkningsmodell, driver: befolkning}",
            f'{{name: "{name}", driver: lika}}')
    with pytest.raises(ParamError, match=r"2024-02\.yaml: financing_models\[2\]\.name: "
                                         r'"[^"]+" är det namn sidorna ger den nuvarande '
                                         r'modellen \(den första, "Befolkningsmodell"\)'):
        open_report("2024-02", params_dir=params)


def test_the_current_model_first_named_so_is_read(params):
    _models(params, "{name: Nuvarande modell, driver: befolkning}",
            "{name: Nuvarande modellen med lika delar, driver: lika}")
    result = [m.name for m in financing.models_for(open_report("2024-02", params_dir=params))]
    expected = ["Nuvarande modell", "Nuvarande modellen med lika delar"]
    assert result == expected
