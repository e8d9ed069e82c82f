"""The workbench's table "Budget nästa år" (and its sheet in the export) shows the
uppräkning typed with the decimals it was typed with: 2,25 % read "2,3 %" while the
budget was computed with 2,25 %. Computed shares keep one decimal."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.formatting import NBSP
from itvt_lib.workbench.results import column_kinds

RATE = "Uppräkning % (antagande)"


@pytest.mark.parametrize(("rates", "expected"), [
    ([0.0225, 0.0], [f"2,25{NBSP}%", f"0,00{NBSP}%"]),
    ([0.03, 0.025], [f"3,0{NBSP}%", f"2,5{NBSP}%"]),
])
def test_a_typed_upprakning_is_shown_as_typed(rates, expected):
    frame = pd.DataFrame({"Kontogrupp": ["A", "B"], RATE: rates, "Andel X": [0.43649, 0.5]})
    kinds = column_kinds(frame, [RATE, "Andel X"])
    result = [kinds[RATE].text(v) for v in rates]
    assert result == expected
    assert kinds["Andel X"].text(0.43649) == f"43,6{NBSP}%"
