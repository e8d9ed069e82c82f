"""The workbench's comparison table showed a saved model's typed values in the unit of
its internal driver ("<modell>: angivna värden", a count): typed befolkningsandelar 40 and
60 read "40" and "60" where the memo says "40,0 %". They are now shown in the unit of the
driver they stand for (`financing.stands_for`): shares in percent, kommunbidrag in tkr."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas.financing.params import FinancingModel
from itvt_lib.core.periods import Period
from itvt_lib.workbench import results as wr

CURRENT = FinancingModel(name="Nuvarande modell", driver="befolkning")


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 40, "Vårgårda": 60}, ["40,0\u00a0%", "60,0\u00a0%"]),
    ("befolkning", {"Herrljunga": 4000, "Vårgårda": 6000}, ["4\u00a0000", "6\u00a0000"]),
    ("samtal", {"Herrljunga": 4000, "Vårgårda": 5000}, ["4\u00a0000", "5\u00a0000"]),
])
def test_typed_values_shown_in_their_drivers_unit(dataset, driver, varden, expected):
    own = FinancingModel(name="Egen", driver="befolkning", pools={"Telefonväxel": driver},
                         underlag={"fordelningsnyckel": driver, "kalla": "test", "ar": 2023,
                                   "varden": varden})
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, own])
    tables, _, kinds, _ = wr.display_tables(results, 2024)
    table, column = tables[wr.COMPARISON], "Underlag Telefonväxel"
    rows = table.index[table["Modell"] == "Egen"]
    result = [kinds[wr.COMPARISON][column][i].text(table.at[i, column]) for i in rows]
    assert result == expected


def test_typed_kommunbidrag_are_an_amount(dataset):
    own = FinancingModel(name="Egen", driver="budgetandel", underlag={
        "fordelningsnyckel": "budgetandel", "kalla": "test", "ar": 2023,
        "varden": {"Herrljunga": 9000, "Vårgårda": 10000}})
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, own])
    _, _, kinds, _ = wr.display_tables(results, 2024)
    table = wr.display_tables(results, 2024)[0][wr.COMPARISON]
    i = table.index[table["Modell"] == "Egen"][0]
    result = kinds[wr.COMPARISON]["Underlag IT Gemensamt"][i]
    expected = wr.decision.value_kind("budgetandel", [9000, 10000])
    assert result == expected


def test_typed_befolkning_off_100_by_more_than_the_tolerance_is_a_count(dataset):
    """43,6 and 56,7 (100,3) are no shares (100 ± 0,1) but weights: counts, as in the memo,
    never "43,6 %" beside the 43,5 % the figures use."""
    own = FinancingModel(name="Egen", driver="befolkning", underlag={
        "fordelningsnyckel": "befolkning", "kalla": "test", "ar": 2023,
        "varden": {"Herrljunga": 43.6, "Vårgårda": 56.7}})
    results = financing.compare(dataset, Period.parse("2024-02"), [CURRENT, own])
    tables, _, kinds, _ = wr.display_tables(results, 2024)
    table, column = tables[wr.COMPARISON], "Underlag IT Gemensamt"
    rows = table.index[table["Modell"] == "Egen"]
    result = [kinds[wr.COMPARISON][column][i].text(table.at[i, column]) for i in rows]
    assert result == ["43,6", "56,7"]
