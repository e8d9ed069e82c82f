"""Hostile service-desk rows (areas/calls/schema.py): more calls answered (or
missed, or sent to overflow) than came in, or an average wait longer than the longest,
was accepted and published (an answer rate of 105 %); now bad input naming line and
column."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = ",2758,1889,497,19,353,02:59,0:30:00"


@pytest.mark.parametrize(("row", "column", "message"), [
    (",2758,2889,497,19,353,02:59,0:30:00", "besvarade", "2889 besvarade är fler än 2758 inkommande"),
    (",2758,1889,2759,19,353,02:59,0:30:00", "missade", "2759 missade är fler än 2758 inkommande"),
    (",2758,1889,497,19,353,31:00,0:30:00", "genomsnittlig_kotid",
     "den genomsnittliga kötiden 31:00 är längre än den längsta, 30:00"),
], ids=["answered", "missed", "average-wait"])
def test_an_impossible_service_desk_row_is_bad_input(data_dir, row, column, message):
    path = data_dir / "onex.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, row, 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf"onex\.csv:2: {column}: {message}"):
        load_dataset(data_dir)
