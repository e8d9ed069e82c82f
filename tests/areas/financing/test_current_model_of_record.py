"""The current model in a closed year: the per-kommun outcome of record, as page 02 shows it.

Figures of record: annual report 2023, "Fördelning mellan kommunerna" (bokslut 2021
Herrljunga 7 554 / Vårgårda 12 168, bokslut 2022 10 229 / 13 041). TEST figures are
test data, not in the source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_array_equal

from itvt_lib.areas import allocation, financing

NAN = float("nan")


def closed_year(cost_of_record) -> financing.YearCost:
    """TEST data: a closed year of two members with pools 100 and no budget."""
    return financing.YearCost(2021, "utfall", {"IT": 100.0}, np.zeros(2),
                              np.array([NAN, NAN]), np.asarray(cost_of_record, dtype=float),
                              np.array([NAN, NAN]))


@pytest.mark.parametrize(("computed", "record", "expected"), [
    ([NAN, NAN], [40.0, 60.0], [40.0, 60.0]),      # no key that year: the record stands
    ([45.0, 55.0], [40.0, 60.0], [40.0, 60.0]),    # the record wins over the computed cost
    ([45.0, 55.0], [NAN, 60.0], [45.0, 60.0]),     # no record for one member: computed
])
def test_current_cost_is_the_cost_of_record_where_there_is_one(computed, record, expected):
    result = financing.current_cost(np.array(computed), closed_year(record))
    assert_array_equal(result, np.array(expected))


def test_current_cost_of_an_open_year_is_the_computed_one():
    year = financing.YearCost(2024, "prognos 2024-02", {"IT": 100.0}, np.zeros(2),
                              np.array([50.0, 50.0]))
    result = financing.current_cost(np.array([45.0, 55.0]), year)
    assert_array_equal(result, np.array([45.0, 55.0]))


def current_history(ctx) -> pd.DataFrame:
    """Page 80's current-model history: year, kommun and cost."""
    found = financing.report_results(ctx)
    table = financing.history_table(found)
    current = table[table["Modell"] == found.models[0].name]
    return current[["År", "Kommun", "Kostnad"]].reset_index(drop=True)


def outcome_history(ctx) -> pd.DataFrame:
    """Page 02's outcomes per kommun and year (of record for a closed year)."""
    history = allocation.history_for(ctx)
    return history.rename(columns={"Utfall/prognos": "Kostnad"})[["År", "Kommun", "Kostnad"]]


@pytest.mark.parametrize("which", ["ctx_2023", "ctx_2024"])
def test_page_80_current_model_history_equals_page_02_outcomes(which, request):
    ctx = request.getfixturevalue(which)
    closed = [str(y) for y in range(2021, ctx.period.year + (1 if ctx.period.is_year_end else 0))]
    result = current_history(ctx)
    result = result[result["År"].isin(closed)].reset_index(drop=True)
    expected = outcome_history(ctx)
    expected = expected[expected["År"].isin(closed)].reset_index(drop=True)
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


@pytest.mark.parametrize(("year", "expected"), [
    ("2021", [7554.0, 12168.0]),
    ("2022", [10229.0, 13041.0]),
])
def test_page_80_current_model_shows_the_outcomes_of_record_of_2021_and_2022(
        year, expected, ctx_2024):
    history = current_history(ctx_2024)
    result = history[history["År"] == year]["Kostnad"].tolist()
    assert result == expected
