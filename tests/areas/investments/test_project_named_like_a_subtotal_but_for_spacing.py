"""Investments: a project named like a kommun's subtotal row but for spacing or case
("IT  Herrljunga", "it herrljunga") reads as that subtotal on the page (HTML collapses the
spaces), so it is bad input as the exact name is, compared as `row_twin` compares."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import investments
from itvt_lib.core.errors import DataError

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("label", "expected"), [
    ("IT  Herrljunga", "Herrljunga"),
    ("IT\tVårgårda", "Vårgårda"),
    ("it vårgårda", "Vårgårda"),
    ("IT\u00a0Herrljunga", "Herrljunga"),
    ("ITHerrljunga", None),
])
def test_subtotal_twin_spacing_and_case_aside(label, expected):
    result = investments.subtotal_twin(label, KOMMUNER)
    assert result == expected


def test_project_with_a_double_space_like_a_subtotal_is_bad_input(data_dir):
    path = data_dir / "investeringar.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write('2024,,ursprunglig_budget,Herrljunga,"IT  Herrljunga",100\n')
    with pytest.raises(DataError, match='projektet "IT  Herrljunga" heter som delsumman för '
                                        "Herrljunga") as err:
        areas.load_dataset(data_dir)
    assert "investeringar.csv:20" in str(err.value)
