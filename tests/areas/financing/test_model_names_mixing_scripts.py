"""Two financing models "Lika delar" and "Lika delаr" (a Cyrillic а) were accepted as two
names: page 80 showed two columns a reader cannot tell apart, with different figures. A
Latin model name holding a Cyrillic or Greek letter drawn like a Latin one (а, ο, Cyrillic
ӓ like ä, a lone Cyrillic А) is now bad input naming the file and the model. A name in one
script, and a Latin name with a Greek symbol no reader mistakes ("Modell Δ", "Scenario α",
"Ωmega modell"; once refused too, which stopped the month's run), are read."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


def _write(params, name: str) -> None:
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")


@pytest.mark.parametrize(("name", "script"), [
    ("Lika del\u0430r", "kyrilliska"),
    ("\u0412udgetandel", "kyrilliska"),
    ("Nuvarande m\u03bfdell", "grekiska"),
    ("V\u04d3xeln efter samtal", "kyrilliska"),
    ("Modell \u0410", "kyrilliska"),
    ("Modell \u0391", "grekiska"),
])
def test_a_lookalike_letter_in_a_latin_name_is_bad_input(params, name, script):
    _write(params, name)
    with pytest.raises(ParamError, match=rf"modeller\.yaml:\d+: financing_models\[1\]\.name: "
                                         rf"namnet blandar latinska och {script} bokstäver"):
        load_params("2024-02", params)


@pytest.mark.parametrize("name", ["Lika delar 2025", "Равные доли", "Växeln & samtal (ny)",
                                  "Modell Δ", "Scenario α", "Lika delar (π)", "Ωmega modell",
                                  "µ-modell"])
def test_a_name_in_one_script_or_with_a_greek_symbol_is_read(params, name):
    _write(params, name)
    result = [m.name for m in load_params("2024-02", params).financing_models][-1]
    expected = name
    assert result == expected
