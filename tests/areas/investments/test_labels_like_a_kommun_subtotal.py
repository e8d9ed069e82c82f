"""Investments: a project, or the total row's label, named like a kommun's subtotal row
("IT Vårgårda") would read as that kommun's subtotal (same label, shown bold); a project so
named is bad input naming file, line and column, a total label so named a bad parameter."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import investments
from itvt_lib.core.errors import DataError, ParamError

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("label", "expected"), [
    ("IT Vårgårda", "Vårgårda"),
    ("IT Herrljunga ", "Herrljunga"),
    ("Herrljunga", None),
    ("IT Herrljunga nätverk", None),
    ("SeN IT", None),
    ("TOTALA INVESTERINGAR", None),
])
def test_subtotal_twin(label, expected):
    result = investments.subtotal_twin(label, KOMMUNER)
    assert result == expected


def test_project_named_like_a_subtotal_is_bad_input(data_dir):
    path = data_dir / "investeringar.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write("2024,,ursprunglig_budget,Herrljunga,IT Herrljunga,100\n")
    with pytest.raises(DataError, match='projektet "IT Herrljunga" heter som delsumman för '
                                        "Herrljunga") as err:
        areas.load_dataset(data_dir)
    assert "investeringar.csv:20" in str(err.value)
    assert "projekt" in str(err.value)


@pytest.mark.parametrize("key", ["total_manad", "total_bokslut"])
def test_total_label_like_a_subtotal_is_a_bad_parameter(params, key):
    defaults = params / "defaults.yaml"
    text = defaults.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if f"{key}:" in x)
    defaults.write_text(text.replace(line, f"  {key}: IT Vårgårda\n"), encoding="utf-8")
    with pytest.raises(ParamError, match=rf"defaults.yaml: investeringar.{key}: "
                                         '"IT Vårgårda" är delsumman för Vårgårda'):
        areas.open_report("2024-02", params_dir=params)
