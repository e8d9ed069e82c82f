"""Page 80's next-year table named a saved model's key by its typed driver's code and
year ("Fördelningsnyckel ”Egen: angivna värden” 2024" for typed kommunbidrag of budget
2025): it now names the driver the values stand for, in its years, and says where its
values are the typed ones ("budget 2025 (angivna värden)")."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas.financing.params import FinancingModel
from itvt_lib.core.periods import Period

CURRENT = FinancingModel(name="Nuvarande modell", driver="befolkning")


@pytest.mark.parametrize(("driver", "ar", "varden", "expected"), [
    ("budgetandel", 2024, {"Herrljunga": 9000, "Vårgårda": 10000},
     "budget 2025 (angivna värden)"),
    ("samtal", 2023, {"Herrljunga": 4000, "Vårgårda": 5000},
     "samtal till växeln 2023 (angivna värden) (senast kända)"),
    ("befolkning", 2022, {"Herrljunga": 45, "Vårgårda": 55},
     "befolkning 1/11 2022 (senast kända)"),   # data for 2025's key; typed only for 2023
])
def test_next_years_key_names_the_driver_typed_values_stand_for(dataset, driver, ar, varden,
                                                                expected):
    own = FinancingModel(name="Egen", driver=driver, underlag={
        "fordelningsnyckel": driver, "kalla": "test", "ar": ar, "varden": varden})
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, own])
    table = financing.next_year_table(results, 2025)
    result = table.loc[table["Modell"] == "Egen", "Nyckel"].iloc[0]
    assert result == expected
