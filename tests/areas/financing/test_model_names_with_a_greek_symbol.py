"""A financing model named "Modell Δ", "Scenario α", "Lika delar (π)" or "Ωmega modell" was
refused as mixing Latin and Greek letters, which stopped the month's run over a name no
reader can mistake for another. Only a Cyrillic or Greek letter drawn like a Latin one (а,
ο, Cyrillic ӓ like ä, a lone Cyrillic А) makes a Latin name bad input now."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize("name", ["Modell Δ", "Scenario α", "Lika delar (π)", "Ωmega modell",
                                  "µ-modell"])
def test_a_model_name_with_a_greek_symbol_is_read(params, name):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")
    result = [m.name for m in load_params("2024-02", params).financing_models][-1]
    expected = name
    assert result == expected


@pytest.mark.parametrize(("name", "script"), [
    ("V\u04d3xeln efter samtal", "kyrilliska"),
    ("Modell \u0410", "kyrilliska"),
    ("Modell \u0391", "grekiska"),
])
def test_a_lookalike_letter_in_a_latin_name_is_bad_input(params, name, script):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")
    with pytest.raises(ParamError, match=rf"modeller\.yaml: financing_models\[1\]\.name: "
                                         rf"namnet blandar latinska och {script} bokstäver"):
        load_params("2024-02", params)
