"""A kostnadsställe table or a resultaträkning whose rows, each shown in whole tkr, do not
add up to a sum row it shows (the bokslut's total of record, or a sum of amounts with
halves) says so under the table: the page's reader and a spreadsheet's =SUMMA of the
sheet's column would otherwise find another total without a word."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas.budget.statement import (
    GEMENSAMMA,
    kostnadsstalle_sums,
    unsummed_note,
    unsummed_totals,
)


def _table(rows: dict[str, list]) -> pd.DataFrame:
    return \
        pd.DataFrame.from_dict(rows, orient="index", columns=["Prognos 2024"])


@pytest.mark.parametrize(("rows", "expected"), [
    ({"A": [18346.5], "B": [624.5], "Summa": [18971.0]}, [("Summa", "Prognos 2024", 18972, 18971)]),
    ({"A": [25975.0], "B": [454.0], "Summa": [26430.0]}, [("Summa", "Prognos 2024", 26429, 26430)]),
    ({"A": [18346.2], "B": [624.2], "Summa": [18970.4]}, []),            # adds up as shown
    ({"A": [-0.5], "B": [-0.5], "Summa": [-1.0]}, [("Summa", "Prognos 2024", -2, -1)]),
    ({"A": [np.nan], "B": [624.5], "Summa": [18971.0]}, []),             # a part missing
])
def test_sum_rows_the_rows_as_shown_miss(rows, expected):
    table = _table(rows)
    result = unsummed_totals(table, kostnadsstalle_sums(table, "Summa"))
    assert result == [(*e, "raderna") for e in expected]


def test_the_varav_rows_against_their_subtotal():
    table = pd.DataFrame({"Utfall 2023": [26430.0, 25975.0, 454.0, 0.0, 26430.0]},
                         index=[GEMENSAMMA, "– varav IT Gemensamt", "– varav Telefonväxel",
                                "Kommunspecifikt Vårgårda", "Summa SeN IT"])
    result = unsummed_note(table, kostnadsstalle_sums(table, "Summa SeN IT"), {"Utfall 2023"})
    expected = ["Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
                "Utfall 2023: varav-raderna summerar till 26\u00a0429 tkr, Kommungemensamma "
                "visar 26\u00a0430 tkr (en avrundningsdifferens, eller bokslutets fastställda "
                "summa)."]
    assert result == expected


def test_page_01_says_so_under_the_table(ctx_2024):
    from itvt_lib.areas import budget

    _, notes = budget.kostnadsstallen_display_for(ctx_2024)
    result = [n for n in notes if n.startswith("Raderna")]
    assert len(result) == 1
    assert "Bokslut 2023: raderna summerar till 26\u00a0429 tkr, Summa SeN IT visar " \
           "26\u00a0430 tkr" in result[0]


def test_page_01_says_so_under_the_resultatrakning(ctx_2024):
    from itvt_lib.areas import budget

    _, notes = budget.statement_display_for(ctx_2024)
    result = [n for n in notes if n.startswith("Raderna")]
    assert len(result) == 1
    assert "Bokslut 2023: raderna summerar till 35\u00a0546 tkr, Summa kostnader visar " \
           "35\u00a0545 tkr" in result[0]
