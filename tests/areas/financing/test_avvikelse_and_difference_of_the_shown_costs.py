"""Page 80's Avvikelse and "Skillnad mot nuvarande modell" are differences of the shown
amounts: a closed year's cost of record 11 602,5 (reads 11 603) beside budget 12 480 read
avvikelse 878 (877,5) where a reader computes 877, and another model's 12 581 read a
difference of 979 (978,5) where a reader computes 978."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import adapters


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


@pytest.fixture
def comparison(data_dir, params):
    _edit(data_dir / "bokslut_totaler.csv", "2023,nettokostnad,Herrljunga,11603",
          "2023,nettokostnad,Herrljunga,11602.5")
    _edit(data_dir / "bokslut_totaler.csv", "2023,resultat,Herrljunga,878\n", "")
    table = adapters.report_results(open_report("2023-12", data_dir, params)).comparison
    return table[(table["År"] == 2023) & (table["Kommun"] == "Herrljunga")].set_index("Modell")


def test_the_avvikelse_is_of_the_shown_budget_and_cost(comparison):
    row = comparison.loc["Nuvarande modell"]
    result = row["Avvikelse"]
    expected = 877.0  # 12 480 − 11 603
    assert (row["Budget"], row["Kostnad"], result) == (12480.0, 11602.5, expected)


@pytest.mark.parametrize(("model", "expected"), [
    ("Budgetandel", 978.0),   # 12 581 − 11 603, not 978,5 → 979
    ("Lika delar", 1612.0),   # 13 215 − 11 603
    ("Nuvarande modell", 0.0),
])
def test_the_difference_is_of_the_shown_costs(comparison, model, expected):
    result = comparison.loc[model, "Skillnad mot nuvarande modell"]
    assert result == expected


def test_the_decision_papers_difference_is_of_the_shown_costs(data_dir, params):
    from itvt_lib.areas.financing import decision

    _edit(data_dir / "bokslut_totaler.csv", "2023,nettokostnad,Herrljunga,11603",
          "2023,nettokostnad,Herrljunga,11602.5")
    results = adapters.report_results(open_report("2023-12", data_dir, params))
    table = decision.report_year_versus(results, 2023, "Budgetandel").set_index("Kommun")
    result = table.loc["Herrljunga", decision.DIFFERENCE_TKR]
    expected = 978.0  # 12 581 − 11 603, not 978,5 → 979
    assert result == expected


def test_the_largest_difference_is_of_the_shown_costs(data_dir, params):
    from itvt_lib.areas import financing

    _edit(data_dir / "bokslut_totaler.csv", "2023,nettokostnad,Herrljunga,11603",
          "2023,nettokostnad,Herrljunga,11602.5")
    figures = financing.key_figures(open_report("2023-12", data_dir, params))
    result = next(f.value for f in figures if f.name.endswith("Herrljunga"))
    expected = 1612.0  # Lika delar 13 215 − Nuvarande modell 11 603, not 1 612,5 → 1 613
    assert result == expected
