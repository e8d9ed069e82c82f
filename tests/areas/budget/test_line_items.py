"""The operating statement's line items: the layout's rows, the line count per total (the
tolerance of a total) and a column without rows.

Figures come from the committee's papers (annual report 2023; monthly report per 2024-02-29)
or from the rule stated beside each case; rows marked TEST are made up to reach a branch
the embedded data does not. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget
from itvt_lib.core.periods import Period

YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


# ---------------------------------------------------------------- line items


def test_line_items_leave_out_rows_not_in_the_layout():
    """Rule: line items are the layout's intakt and kostnad rows; a table row the layout
    does not know (here a note row) is not a line item, whatever its position."""
    groups = pd.DataFrame({"kontogrupp": ["Intäkter", "Kostnad A", "Kostnad B", "Kommunbidrag"],
                           "ordning": [1, 2, 3, 4],
                           "typ": ["intakt", "kostnad", "kostnad", "kommunbidrag"]})
    layout = budget.statement_layout(groups)
    table = pd.DataFrame({"Utfall 2023": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]},
                         index=["Anmärkning", "Kostnad B", budget.RESULTAT, "Intäkter",
                                "Kommunbidrag", "Kostnad A"])
    result = budget.line_items(table, layout)
    expected = pd.DataFrame({"Utfall 2023": [2.0, 4.0, 6.0]},
                            index=["Kostnad B", "Intäkter", "Kostnad A"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- tolerance per total


@pytest.mark.parametrize(("post", "expected"), [
    ("summa_intakter", 1),      # Intäkter
    ("summa_kostnader", 4),     # Personal-, Lokal-, Övriga, Kapitalkostnader
    ("nettokostnad", 5),        # the five above
    ("resultat", 6),            # and Kommunbidrag
    ("kommunbidrag", 1),        # not a total: one line
])
def test_line_count_of_the_papers_layout(dataset, post, expected):
    """Rule: a total's tolerance counts the line items it sums; the papers' resultaträkning
    has 1 intäkt line, 4 cost lines and 1 kommunbidrag line."""
    layout = budget.statement_layout(dataset["kontogrupper"])
    assert budget._line_count(layout, post) == expected


# ---------------------------------------------------------------- a column without rows


def test_operating_statement_column_without_rows_is_missing(dataset):
    """Rule: a statement column whose measure has no rows for the period is shown as
    missing (NaN) on every row, and so is its avvikelse; the other columns are unchanged.
    Figures: Månadsrapport per 2024-02-29, Driftredovisning (prognos rows left out)."""
    drift = dataset["driftredovisning"]
    result = budget.operating_statement(drift[drift["measure"] != "prognos"],
                                        dataset["kontogrupper"], dataset["bokslut_totaler"], MONTH)
    assert result["Prognos 2024"].isna().all()
    assert result["Avvikelse helår"].isna().all()
    expected = pd.Series([-17750.0, -17750.0, 14929.0, 0.0, 16356.0, 5436.0, 36721.0, 18971.0,
                          18971.0, 0.0], index=result.index, name="Budget 2024")
    pd.testing.assert_series_equal(result["Budget 2024"], expected)
