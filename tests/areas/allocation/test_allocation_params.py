"""Allocation's parameters and bad input: share decimals, the population key's date and
counts, a missing key; each bad value is one line naming where it is.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation
from itvt_lib.core.errors import DataError
from itvt_lib.core.periods import Period

KOMMUNER = ["Herrljunga", "Vårgårda"]


# ---------------------------------------------------------------- parameters and bad input


def population(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["key_date", "kommun", "invanare", "andel_procent",
                                       "source"])


def locate(i):
    return "befolkning.csv", i + 2     # row i is on line i + 2 (after the header)


def test_population_key_date_not_first_november_message():
    frame = population([(pd.Timestamp("2022-10-31").date(), "Herrljunga", 9510, None, "s")])
    with pytest.raises(DataError) as info:
        allocation._validate_befolkning(frame, locate)
    assert str(info.value) == ("befolkning.csv:2: key_date: 2022-10-31 är inte 1 november "
                               "(nyckeln är befolkningen den 1 november)")


@pytest.mark.parametrize(("counts", "message"), [
    ([1, 0], None),                  # TEST data: one inhabitant in all is a (tiny) key
    ([0, 0], "befolkning.csv:3: invanare: 2021-11-01: antalen summerar till noll"),
])
def test_population_counts_must_sum_above_zero(counts, message):
    day = pd.Timestamp("2021-11-01").date()
    frame = population([(day, k, n, None, "s") for k, n in zip(KOMMUNER, counts, strict=True)])
    if message is None:
        allocation._validate_befolkning(frame, locate)
        return
    with pytest.raises(DataError) as info:
        allocation._validate_befolkning(frame, locate)
    assert str(info.value) == message


def test_missing_key_names_the_population_file_without_locations(ctx_2024, tmp_path,
                                                                 monkeypatch):
    """A dataset without file locations for befolkning (built in memory) names the
    default file, data_dir/befolkning.csv, shown relative to the working directory."""
    ds = ctx_2024.dataset
    befolkning = ds["befolkning"]
    only_2021 = befolkning[befolkning["key_date"].astype(str) == "2021-11-01"]
    locations = {k: v for k, v in ds.locations.items() if k != "befolkning"}
    changed = type(ds)(tmp_path, {**ds.tables, "befolkning": only_2021}, locations)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as info:
        allocation.validate_period(changed, Period(2024, 2))
    assert str(info.value) == ("befolkning.csv: fördelningsnyckel saknas för 2024: lägg till "
                               "befolkningen 2022-11-01 (key_date) för varje kommun")
