"""Sheet names of `tabeller.xlsx` and the workbench's export from titles holding
the characters Excel forbids (`[]:*?/\\`): a forbidden character between two words is a
space, never glued ("Budget/utfall" read "Budgetutfall"), and a title with nothing left is
"Tabell", numbered "Tabell (2)", never a name starting with a space (" (2)")."""

from __future__ import annotations

import pytest

from itvt_lib.core.workbook import sheet_name


@pytest.mark.parametrize(("text", "expected"), [
    ("80 IT/Växel efter samtal", "80 IT Växel efter samtal"),
    ("80 Budget\\utfall", "80 Budget utfall"),
    ("80 Plan*utfall?", "80 Plan utfall"),
    ("80 Kommunens 'egen' modell", "80 Kommunens egen modell"),
])
def test_a_forbidden_character_between_words_is_a_space(text, expected):
    result = sheet_name(text, set())
    assert result == expected


@pytest.mark.parametrize("text", ["???", "", "[]:*", "' '"])
def test_a_title_with_nothing_left_is_a_numbered_tabell(text):
    taken: set[str] = set()
    result = [sheet_name(text, taken) for _ in range(3)]
    expected = ["Tabell", "Tabell (2)", "Tabell (3)"]
    assert result == expected
