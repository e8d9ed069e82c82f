"""Hostile run 36e (areas/financing): next year's budget in driftredovisning.csv for all
kontogrupper but one (a 0 left out) was not used as adopted, without a word: page 80 and
the memo raised this year's budget by the uppräkning instead, and `itvt check` was silent
about the rows it did not use. The checks page now warns, naming the kontogrupper
missing."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, gather, open_report

ROWS = {"Intäkter": "-18000", "Personalkostnader": "15500",
        "\"Lokalkostnader, energi, VA\"": "0", "Övriga kostnader": "17000",
        "Kapitalkostnader": "5500"}


def warnings(data_dir, left_out: list[str]) -> list:
    path = data_dir / "driftredovisning.csv"
    rows = "".join(f"2025,,ursprunglig_budget,{group},{value}\n"
                   for group, value in ROWS.items() if group not in left_out)
    path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    return [c for c in gather(ctx)["checks"]
            if c.area == financing.AREA and c.description.startswith("Budget 2025 i ")]


@pytest.mark.parametrize("left_out, expected", [
    (["Personalkostnader"], "saknas för Personalkostnader"),
    (["Personalkostnader", "Kapitalkostnader"],
     "saknas för Personalkostnader och Kapitalkostnader"),
])
def test_a_next_year_budget_held_in_part_is_a_warning(data_dir, left_out, expected):
    result = warnings(data_dir, left_out)
    assert [(c.status, c.actual) for c in result] == [("warn", expected)]


@pytest.mark.parametrize("left_out", [[], list(ROWS)], ids=["adopted", "none"])
def test_no_warning_for_a_whole_or_no_next_year_budget(data_dir, left_out):
    result = warnings(data_dir, left_out)
    assert result == []
