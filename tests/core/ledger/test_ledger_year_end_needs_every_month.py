"""The ledger's utfall replaces the typed year-end utfall only for a year the ledger has
every month of. A year it has December of but not every month (a broken fiscal year's
file July–June, a month's export missing) showed the months it has as the year's utfall
in the operating statement, in place of the typed annual figure."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.ledger import DRIFT, whole_years


def saldo(months) -> str:
    rows = "".join(f"2023-{m:02d};5011;9100;1000,00\n" for m in months)
    return "Period;Konto;Ansvar;Belopp\n" + rows


def personal_2023(data_dir, months) -> float:
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2023.csv").write_text(saldo(months), encoding="utf-8")
    drift = load_dataset(data_dir).tables[DRIFT]
    rows = drift[(drift["measure"] == "utfall") & (drift["period"] == "2023-12")
                 & (drift["kontogrupp"] == "Personalkostnader")]
    return float(rows["belopp"].sum())


@pytest.mark.parametrize("months", [range(7, 13), [12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]])
def test_a_year_with_months_missing_keeps_the_typed_utfall(data_dir, months):
    typed = pd.read_csv(data_dir / "driftredovisning.csv")
    expected = float(typed[(typed["period"] == "2023-12") & (typed["measure"] == "utfall")
                           & (typed["kontogrupp"] == "Personalkostnader")]["belopp"].sum())
    result = personal_2023(data_dir, months)
    assert result == expected


def test_a_year_with_every_month_shows_the_ledgers_utfall(data_dir):
    result = personal_2023(data_dir, range(1, 13))
    assert result == 12.0


def test_whole_years_are_those_with_postings_in_all_twelve_months():
    ledger = pd.DataFrame({"year": [2022] * 12 + [2023] * 2, "month": [*range(1, 13), 11, 12],
                           "konto": 5011, "ore": 100})
    result = whole_years(ledger)
    assert result == {2022}


def test_a_month_with_unmapped_postings_alone_still_makes_the_year_whole(data_dir):
    """Rule: a month is in the ledger when it has any posting (as the month check counts
    it); December's only row is on konto 9999, which no range maps."""
    rows = [*(f"2023-{m:02d};5011;9100;1000,00\n" for m in range(1, 12)), "2023-12;9999;9100;5,00\n"]
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2023.csv").write_text("Period;Konto;Ansvar;Belopp\n"
                                                          + "".join(rows), encoding="utf-8")
    drift = load_dataset(data_dir).tables[DRIFT]
    result = float(drift[(drift["measure"] == "utfall") & (drift["period"] == "2023-12")
                         & (drift["kontogrupp"] == "Personalkostnader")]["belopp"].sum())
    assert result == 11.0
