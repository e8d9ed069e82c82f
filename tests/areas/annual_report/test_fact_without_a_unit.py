"""Annual report facts: a key figure whose `enhet` the data leaves empty is shown without a
unit ("93"), never with the word "nan" ("93 nan") on the start page."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report
from itvt_lib.core.formatting import kind_of


@pytest.mark.parametrize(("enhet", "expected"), [
    (None, ""), (float("nan"), ""), ("st", "st"), ("%", "%"),
])
def test_fact_unit(enhet, expected):
    result = annual_report.fact_unit(enhet)
    assert result == expected


class _Ctx:
    """The attributes `annual_report.key_figures` reads."""

    def __init__(self, rows):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": 2023})()


def test_key_figure_without_a_unit_has_none():
    rows = pd.DataFrame({"year": [2023, 2023], "post": ["nojda_inringare", "datorer_utbytta"],
                         "varde": [93.0, 1350.0], "text": [None, None],
                         "enhet": [float("nan"), "st"], "kalla": ["93 %", "1350 datorer"]})
    result = annual_report.key_figures(_Ctx(rows))
    assert [(f.value, f.unit) for f in result] == [(93.0, ""), (1350.0, "st")]
    assert "nan" not in kind_of(result[0].unit).unit
