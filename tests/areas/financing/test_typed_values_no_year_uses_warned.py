"""A saved model's typed values with their year edited by hand to one no year of page 80
uses (`ar: 2030`) passed `itvt check` without a word, while page 80 named "angivna
värden" as the model's source and showed figures of the data's values (the memo says they
are unused). `itvt check` warns now, naming the line of `underlag.ar`; a year some shown
year or next year's budget uses is no warning."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing.report import checks
from itvt_lib.core.checks import WARN

MODEL = ("financing_models:\n"
         "- name: Samtal typat\n"
         "  driver: befolkning\n"
         "  pools: {Telefonväxel: samtal}\n"
         "  underlag:\n"
         "    fordelningsnyckel: samtal\n"
         "    kalla: angivet i arbetsbänken 2024-03-01, controller\n"
         "    ar: %d\n"
         "    varden: {Herrljunga: 4000, Vårgårda: 5392}\n")


def _warnings(data_dir, params, period: str, ar: int) -> list:
    (params / "modeller.yaml").write_text(MODEL % ar, encoding="utf-8")
    return [c for c in checks(open_report(period, data_dir, params))
            if c.status == WARN and "angivna värden" in c.description]


@pytest.mark.parametrize("ar", [2030, 2019, 2026])
def test_typed_values_of_a_year_no_shown_year_uses_are_warned(data_dir, params, ar):
    result = _warnings(data_dir, params, "2024-02", ar)
    assert [c.description for c in result] == [f"Samtal typat: angivna värden för {ar} används"]
    assert result[0].note.startswith(f"{params}/modeller.yaml:8: financing_models[1]"
                                     ".underlag.ar: ")


@pytest.mark.parametrize(("period", "ar"), [("2024-02", 2023), ("2024-02", 2022),
                                            ("2024-02", 2024), ("2024-02", 2020),
                                            ("2023-12", 2023), ("2023-12", 2022),
                                            ("2023-12", 2021)])
def test_typed_values_a_shown_year_uses_are_no_warning(data_dir, params, period, ar):
    assert _warnings(data_dir, params, period, ar) == []
