"""Hostile published.csv (areas/budget/published.py): a monthly report of a year whose
budget is given final (no ursprunglig budget/tillägg split) has no "Tillägg" column, but
a printed `tillagg` figure in published.csv was looked up in it: `itvt check` stopped with
"oväntat internt fel (KeyError: 'Tillägg 2023')" instead of comparing the figure with
nothing. A printed figure whose column the table lacks is compared with nothing (a
warning, "uppgift saknas") and is no differing figure on the page."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas.budget import differing_published, published_checks, statement_columns
from itvt_lib.core.periods import Period

PERIOD = Period.parse("2023-06")


def _published(measure: str) -> pd.DataFrame:
    return pd.DataFrame([{"source": "Månadsrapport per 2023-06-30", "report_period": "2023-06",
                          "section": "driftredovisning", "year": 2023, "measure": measure,
                          "post": "Personalkostnader", "belopp": 100.0, "note": None}])


def _table() -> pd.DataFrame:
    columns = statement_columns(PERIOD, has_split=False)
    return pd.DataFrame({c.label: [90.0] for c in columns}, index=["Personalkostnader"])


@pytest.mark.parametrize("measure", ["tillagg", "ursprunglig_budget"])
def test_printed_figure_of_a_column_the_table_lacks(measure):
    table, columns = _table(), statement_columns(PERIOD)
    checks = published_checks(_published(measure), PERIOD, "driftredovisning", table,
                              columns, 1.0)
    result = ([(c.status, c.actual, c.note) for c in checks],
              differing_published(_published(measure), PERIOD, "driftredovisning", table,
                                  columns, 1.0).empty)
    expected = ([("warn", None, "uppgift saknas")], True)
    assert result == expected


def test_printed_figure_of_a_column_the_table_has_is_still_compared():
    table, columns = _table(), statement_columns(PERIOD)
    result = [(c.status, c.actual) for c in published_checks(
        _published("budget"), PERIOD, "driftredovisning", table, columns, 1.0)]
    expected = [("warn", 90.0)]
    assert result == expected
