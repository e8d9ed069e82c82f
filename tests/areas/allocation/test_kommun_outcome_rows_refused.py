"""`kommunbidrag_kommun.csv` holds each kommun's budget. An `utfall` or `prognos` row per
kommun (the kommunbidrag a kommun paid, typed at year end) was accepted and read into
nothing: the pages kept the budget, with no word. It is bad input: one Swedish line naming
file, line and column."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("row", [
    "2024,2024-12,utfall,Herrljunga,5000",   # TEST data: less than its budget 9 178
    "2024,2024-02,prognos,Vårgårda,9793",
])
def test_an_outcome_row_per_kommun_is_refused(data_dir, row):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    path.write_text(text.rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    measure = row.split(",")[2]
    with pytest.raises(DataError, match=rf"kommunbidrag_kommun\.csv:8: measure: {measure} "
                       r"läses inte här .*driftredovisning\.csv$"):
        areas.open_report("2024-02", data_dir)


def test_the_shipped_budget_rows_are_read(data_dir):
    result = areas.open_report("2024-02", data_dir).period
    assert str(result) == "2024-02"
