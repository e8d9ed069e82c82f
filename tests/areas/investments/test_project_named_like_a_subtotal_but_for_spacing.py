"""Investments: a project named like a kommun's subtotal row but for spacing or case
("IT  Herrljunga", "it vårgårda") reads as that subtotal on the page (HTML collapses the
spaces), so it is bad input naming file, line and column, as the exact name is; compared
as a total row's label is (`reference.row_twin`)."""

from __future__ import annotations

import re

import pytest

from itvt_lib import areas
from itvt_lib.areas import investments
from itvt_lib.core.errors import DataError

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("label", "expected"), [
    ("IT  Herrljunga", "Herrljunga"),
    ("IT\tVårgårda", "Vårgårda"),
    ("it vårgårda", "Vårgårda"),
    ("it HERRLJUNGA", "Herrljunga"),
    ("IT\u00a0Herrljunga", "Herrljunga"),
    ("ITHerrljunga", None),
    ("IT vårgårda nätverk", None),
])
def test_subtotal_twin_spacing_and_case_aside(label, expected):
    result = investments.subtotal_twin(label, KOMMUNER)
    assert result == expected


@pytest.mark.parametrize(("kommun", "project"), [
    ("Herrljunga", '"IT  Herrljunga"'),
    ("Vårgårda", "IT vårgårda"),
    ("Vårgårda", "IT  Vårgårda"),
    ("Herrljunga", "IT Herr\u00adljunga"),   # a soft hyphen, drawn as nothing
])
def test_project_named_like_a_subtotal_but_for_spacing_or_case_is_bad_input(data_dir, kommun,
                                                                             project):
    path = data_dir / "investeringar.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write(f"2024,,ursprunglig_budget,{kommun},{project},100\n")
    shown = project.strip('"').replace("\u00ad", "\\u00ad")   # messages show it escaped
    with pytest.raises(DataError, match=re.escape(f'projektet "{shown}" heter som delsumman '
                                                  f"för {kommun}")) as err:
        areas.load_dataset(data_dir)
    assert "investeringar.csv:20" in str(err.value)
    assert "projekt" in str(err.value)
