"""The workbench's note under a year a saved model with typed values lacks figures named
the typed driver's code and year ("uppgift saknas: värdena för ”Egen: angivna värden”
finns inte för 2020 i data" for typed befolkning, budget year 2021): it now names the
driver the values stand for, with its year and file."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas.financing.params import FinancingModel
from itvt_lib.core.periods import Period
from itvt_lib.workbench.decision import missing_notes

CURRENT = FinancingModel(name="Nuvarande modell", driver="befolkning")
FILES = {"befolkning": "data/befolkning.csv", "budgetandel": "data/kommunbidrag_kommun.csv"}


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 45, "Vårgårda": 55},
     "Egen 2021: uppgift saknas: befolkningen per kommun finns inte för 2021 i "
     "data/befolkning.csv"),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000},
     "Egen 2021: uppgift saknas: kommunbidraget per kommun finns inte för 2021 i "
     "data/kommunbidrag_kommun.csv"),
])
def test_a_missing_year_of_typed_values_names_their_driver(dataset, driver, varden, expected):
    own = FinancingModel(name="Egen", driver=driver, underlag={
        "fordelningsnyckel": driver, "kalla": "test", "ar": 2023, "varden": varden})
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, own])
    result = [line for line in missing_notes(results, [2021], FILES) if line.startswith("Egen")]
    assert result == [expected]
