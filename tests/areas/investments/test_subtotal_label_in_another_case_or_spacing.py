"""Investments: a project named like a kommun's subtotal row in another case or spacing
("IT vårgårda", "IT  Vårgårda") reads as that subtotal just as "IT Vårgårda" does, the
way a total row's label is compared (`reference.row_twin`); it is bad input naming file,
line and column."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import investments
from itvt_lib.core.errors import DataError

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("label", "expected"), [
    ("IT vårgårda", "Vårgårda"),
    ("IT  Vårgårda", "Vårgårda"),
    ("it HERRLJUNGA", "Herrljunga"),
    ("IT\u00a0Herrljunga", "Herrljunga"),
    ("ITVårgårda", None),
    ("IT vårgårda nätverk", None),
])
def test_subtotal_twin_case_and_spacing_aside(label, expected):
    result = investments.subtotal_twin(label, KOMMUNER)
    assert result == expected


@pytest.mark.parametrize("project", ["IT vårgårda", "IT  Vårgårda"])
def test_project_named_like_a_subtotal_in_another_case_is_bad_input(data_dir, project):
    path = data_dir / "investeringar.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write(f"2024,,ursprunglig_budget,Vårgårda,{project},100\n")
    with pytest.raises(DataError, match=f'projektet "{project}" heter som delsumman för '
                                        "Vårgårda") as err:
        areas.load_dataset(data_dir)
    assert "investeringar.csv:20" in str(err.value)
    assert "projekt" in str(err.value)
