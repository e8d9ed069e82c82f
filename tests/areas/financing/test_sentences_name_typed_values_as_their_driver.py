"""Page 80 and the workbench (not only the memo) named a saved model's typed values by
their internal driver code in the sources and the next-year notes ("Egen: angivna värden:
antal per kommun året före budgetåret", "Underlaget för Fördelningsnyckel ”Egen: angivna
värden” 2024 finns inte"); the results now know which driver typed values stand for."""

from __future__ import annotations

from itvt_lib.areas import financing
from itvt_lib.areas.financing.params import FinancingModel
from itvt_lib.core.periods import Period

CURRENT = FinancingModel(name="Nuvarande modell", driver="befolkning")
OWN = FinancingModel(name="Egen", driver="budgetandel", underlag={
    "fordelningsnyckel": "budgetandel", "kalla": "test", "ar": 2023,
    "varden": {"Herrljunga": 9000, "Vårgårda": 10000}})


def test_sources_and_next_year_notes_name_the_driver_typed_values_stand_for(dataset):
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, OWN])
    lines = [*financing.driver_explanations(results), *financing.next_year_notes(results, 2025)]
    result = [line for line in lines if "Egen" in line or "budgetandel" in line]
    expected = ["Modellen Egen: angivna värden för budgetandel. Källa: test.",
                "Underlaget för budgetandel 2025 finns inte; det senast kända underlaget "
                "(2024) används."]
    assert result == expected
