"""The history table's open year per kommun is the split the statement above it shows:
whole tkr by largest remainder, and each avvikelse the difference of the shown amounts.

TEST data: the 2024-02 prognos of IT Gemensamt 18 251 (joint 18 875 with Telefonväxel 624)
splits by 43,6 / 56,4 % into 8 229,5 and 10 645,5, a tie the first member takes: 8 230 and
10 645 (sum 18 875), avvikelse 9 178 − 8 230 = 948 and 9 793 − 10 645 = −852. Rounded one
by one, half up, the history would show 8 230 beside 10 646 (sum 18 876) and 949 beside the
statement's 948.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import allocation

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.fixture
def ctx_tie(ctx_2024):
    netto = ctx_2024.dataset["kostnadsstalle_netto"].copy()
    row = (netto["period"] == "2024-02") & (netto["kostnadsstalle"] == "IT Gemensamt")
    assert row.sum() == 1
    netto.loc[row, "belopp"] = 18251.0
    return with_tables(ctx_2024, kostnadsstalle_netto=netto)


def test_history_open_year_is_split_by_largest_remainder(ctx_tie):
    history = allocation.history_for(ctx_tie).set_index(["År", "Kommun"]).loc["2024"]
    result = history[["Budget", "Utfall/prognos", "Avvikelse"]]
    expected = pd.DataFrame({"Budget": [9178.0, 9793.0], "Utfall/prognos": [8230.0, 10645.0],
                             "Avvikelse": [948.0, -852.0]},
                            index=pd.Index(KOMMUNER, name="Kommun"))
    pd.testing.assert_frame_equal(result, expected)


def test_history_open_year_equals_the_statement(ctx_tie):
    history = allocation.history_for(ctx_tie).set_index(["År", "Kommun"]).loc["2024"]
    statement = allocation.kommun_statement(ctx_tie).loc[KOMMUNER]
    result = history[["Utfall/prognos", "Avvikelse"]].to_numpy().tolist()
    expected = statement[["Prognos 2024", statement.columns[-1]]].to_numpy().tolist()
    assert result == expected
