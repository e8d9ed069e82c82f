"""The form's Historik: a model without figures for the current model's first years (2024-02:
Växeln efter samtal has calls from 2023 on, Budgetandel a budget per kommun from 2023)
sums its cumulative difference from its own first year; a note says from which year and
which years are left out, so the sums of different spans are not read as alike."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.workbench.decision import years_before_figures
from itvt_lib.workbench.results import HISTORY, Scenario, Session, compute


def comparison(rows):
    return pd.DataFrame(rows, columns=["Modell", "År", "Kommun", "Kostnad"])


NAN = float("nan")


@pytest.mark.parametrize(("rows", "expected"), [
    # the same first year: nothing left out
    ([("N", 2022, "A", 1.0), ("M", 2022, "A", 2.0)], (2022, [])),
    # the current model from 2021, the other from 2023
    ([("N", 2021, "A", 1.0), ("N", 2022, "A", 1.0), ("N", 2023, "A", 1.0),
      ("M", 2021, "A", NAN), ("M", 2022, "A", NAN), ("M", 2023, "A", 2.0)], (2023, [2021, 2022])),
    # a year the current model has no figures for either is not named
    ([("N", 2021, "A", NAN), ("N", 2022, "A", 1.0), ("M", 2022, "A", NAN),
      ("M", 2023, "A", 2.0), ("N", 2023, "A", 1.0)], (2023, [2022])),
    # one kommun missing is a year without figures
    ([("N", 2022, "A", 1.0), ("N", 2022, "B", 1.0), ("M", 2022, "A", 2.0),
      ("M", 2022, "B", NAN), ("N", 2023, "A", 1.0), ("N", 2023, "B", 1.0),
      ("M", 2023, "A", 2.0), ("M", 2023, "B", 2.0)], (2023, [2022])),
    # no figures at all: nothing to count
    ([("N", 2022, "A", 1.0), ("M", 2022, "A", NAN)], (None, [])),
])
def test_years_before_figures(rows, expected):
    result = years_before_figures(comparison(rows), "M", "N")
    assert result == expected


def test_history_names_the_year_each_cumulative_difference_counts_from(data_dir, params):
    session = Session(data_dir, params)
    names = [m.name for m in session.param_models("2024-02")]
    outcome = compute(session, Scenario("2024-02", names))
    result = [n for n in outcome.notes[HISTORY] if "räknas från" in n]
    expected = [
        "Kumulativ skillnad Växeln efter samtal räknas från 2024: 2021, 2022 och 2023 saknar "
        "underlag (uppgift saknas)",
        "Kumulativ skillnad Budgetandel räknas från 2023: 2021 och 2022 saknar underlag "
        "(uppgift saknas)",
        "Kumulativ skillnad Lika delar räknas från 2022: 2021 saknar underlag (uppgift saknas)",
        "Kumulativ skillnad Grundavgift 30 % och befolkning räknas från 2023: 2021 och 2022 "
        "saknar underlag (uppgift saknas)",
    ]
    assert result == expected
