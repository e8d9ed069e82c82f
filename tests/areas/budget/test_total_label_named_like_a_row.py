"""The committee's total label (`namnd_kort`, "Summa SeN IT") names the total row of the
kostnadsställen and kommun tables. Set to a kommun's name it crashed `itvt check` ("oväntat
internt fel", exit 1); set to a kostnadsställe's ("IT Gemensamt") page 01 showed two rows
"IT Gemensamt", 18 347 and the total 18 971, with a green check. A total label equal to a
kommun, a kostnadsställe or "Kommungemensamma" (case and spacing aside) is a bad parameter."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import budget
from itvt_lib.core.errors import ParamError

NAMES = ["Herrljunga", "Vårgårda", "IT Gemensamt", "Telefonväxel", "Kommungemensamma"]


@pytest.mark.parametrize(("label", "expected"), [
    ("Herrljunga", "Herrljunga"),
    ("it  gemensamt ", "IT Gemensamt"),
    ("KOMMUNGEMENSAMMA", "Kommungemensamma"),
    ("Summa SeN IT", None),
    ("Summa Herrljunga", None),
])
def test_row_twin(label, expected):
    result = budget.row_twin(label, NAMES)
    assert result == expected


def _namnd_kort(params, value: str) -> None:
    defaults = params / "defaults.yaml"
    text = defaults.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if x.startswith("namnd_kort:"))
    defaults.write_text(text.replace(line, f"namnd_kort: {value}\n"), encoding="utf-8")


@pytest.mark.parametrize(("value", "twin"), [
    ("Herrljunga", "Herrljunga"), ("IT Gemensamt", "IT Gemensamt"),
    ("Telefonväxel", "Telefonväxel"), ("kommungemensamma", "Kommungemensamma")])
@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_total_label_named_like_a_row_is_a_bad_parameter(params, value, twin, period):
    _namnd_kort(params, value)
    with pytest.raises(ParamError, match=rf'defaults.yaml: namnd_kort: "{value}" är namnet på '
                                         rf"raden {twin};"):
        areas.open_report(period, params_dir=params)


def test_a_total_label_of_its_own_is_accepted(params):
    _namnd_kort(params, "Summa Servicenämnden")
    result = budget.total_label(areas.open_report("2024-02", params_dir=params).params)
    assert result == "Summa Servicenämnden"
