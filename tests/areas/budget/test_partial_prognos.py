"""Hostile operating statements: a month whose prognos covers only some
kontogrupper is reportable, its resultat is missing, and the start page read "prognostiserar
ett underskott på uppgift saknas tkr" and "en avvikelse mot budget på uppgift saknas tkr för
Herrljunga"; the sentences now say that the figure cannot be given and why. A final
`budget` row beside the year's ursprunglig_budget was ignored without a word; it is bad
input."""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, budget, load_dataset, open_report
from itvt_lib.core.errors import DataError


def _partial_prognos(data_dir):
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8") + "2024,2024-07,prognos,Intäkter,-9000\n",
                    encoding="utf-8")
    return open_report("2024-07", data_dir)


def test_a_missing_prognos_is_said_not_called_a_deficit_of_missing_tkr(data_dir):
    result = [budget.summary(_partial_prognos(data_dir))[0]]
    expected = ["Resultatet för 2024 kan inte anges: prognos saknas för en eller flera rader i "
                "driftredovisningen."]
    assert result == expected


def test_a_missing_deviation_per_kommun_is_said_not_written_as_missing_tkr(data_dir):
    result = [allocation.summary(_partial_prognos(data_dir))[0]]
    expected = ["Avvikelsen per kommun för 2024 kan inte anges: prognosen saknas för en eller "
                "flera rader."]
    assert result == expected


@pytest.mark.parametrize(("name", "row", "line", "first", "what"), [
    ("driftredovisning.csv", "2024,,budget,Intäkter,-5", 44, 26, "Intäkter"),
    ("kostnadsstalle_netto.csv", "2024,,budget,IT Gemensamt,-5", 30, 18, "IT Gemensamt"),
], ids=["kontogrupp", "kostnadsstalle"])
def test_a_final_budget_beside_an_ursprunglig_budget_of_the_year_is_bad_input(
        data_dir, name, row, line, first, what):
    """The `budget` row was ignored without a word: which budget counts would be a guess."""
    path = data_dir / name
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"{name.split('.')[0]}\.csv:{line}: measure: budget "
                                        rf"och ursprunglig_budget 2024 för {what} \(rad "
                                        rf"{first}\): ange antingen budget"):
        load_dataset(data_dir)
