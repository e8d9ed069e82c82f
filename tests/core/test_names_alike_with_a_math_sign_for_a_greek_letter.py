"""Two financing models "Modell Δ" (Greek) and "Modell ∆" (the increment sign a Mac types
with ⌥J) were two names: page 80 showed two columns a reader cannot tell apart. A math
or APL sign drawn as a Greek letter now counts as that letter when names are compared."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.settings import name_key


@pytest.mark.parametrize(("sign", "letter"), [
    ("Modell \u2206", "Modell \u0394"),
    ("Lika delar \u2211", "Lika delar \u03a3"),
    ("Scenario \u237a", "Scenario \u03b1"),
])
def test_a_math_sign_is_the_greek_letter_it_is_drawn_as(sign, letter):
    result = name_key(sign)
    expected = name_key(letter)
    assert result == expected


def test_two_models_named_with_the_sign_and_the_letter_are_bad_input(params):
    (params / "modeller.yaml").write_text(
        "financing_models:\n  - name: Modell \u0394\n    driver: lika\n"
        "  - name: Modell \u2206\n    driver: befolkning\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml:\d+: financing_models: namnet "
                                         r'"Modell \u2206" används två gånger'):
        load_params("2024-02", params)
