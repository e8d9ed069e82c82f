"""Hostile budgets (areas/budget/schema.py): one row of a year written as its final `budget`
while the others of the table give ursprunglig_budget and tillagg was ignored, since the
budget is read as one kind per year: Vårgårda's 9 793 vanished, page 02 and page 80 said
"Uppgifter saknas för perioden" and itvt check said ok. Now bad input naming both lines."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("name", "old", "new", "removed", "message"), [
    ("kommunbidrag_kommun", "2024,,ursprunglig_budget,Vårgårda,9817", "2024,,budget,Vårgårda,9793",
     "2024,,tillagg,Vårgårda,-24",
     r"kommunbidrag_kommun\.csv:5: measure: budget 2024 för Vårgårda och ursprunglig_budget "
     r"för Herrljunga \(rad 4\)"),
    ("driftredovisning", "2024,,ursprunglig_budget,Övriga kostnader,16356",
     "2024,,budget,Övriga kostnader,16356", "2024,,tillagg,Övriga kostnader,-",
     r"driftredovisning\.csv:29: measure: budget 2024 för Övriga kostnader och "
     r"ursprunglig_budget för Intäkter \(rad 26\)"),
], ids=["per-kommun", "per-kontogrupp"])
def test_a_year_with_both_kinds_of_budget_is_bad_input(data_dir, name, old, new, removed,
                                                        message):
    path = data_dir / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert old in lines and removed in lines
    lines = [new if line == old else line for line in lines if line != removed]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message + ": ett år anges i hela tabellen antingen "
                       "med budget eller med ursprunglig_budget och tillagg"):
        load_dataset(data_dir)


def test_years_of_different_kinds_are_read(data_dir):
    frame = load_dataset(data_dir)["kommunbidrag_kommun"]
    result = sorted(set(zip(frame["year"], frame["measure"])))
    expected = [(2023, "budget"), (2024, "tillagg"), (2024, "ursprunglig_budget")]
    assert result == expected
