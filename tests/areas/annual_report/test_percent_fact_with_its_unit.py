"""Annual report facts: a figure recorded in percent (enhet "%") stands in its sentence only
as a percentage ("93 %", "93 procent"); a count typed with the unit "%" (1 350 computers
shown as "1 350 %" among the start page's key figures) fails its check."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report

NBSP = "\u00a0"


@pytest.mark.parametrize(("value", "sentence", "enhet", "expected"), [
    (93.0, "påvisar att 93 % av dem som ringer in", "%", True),
    (93.0, f"påvisar att 93{NBSP}% av dem som ringer in", "%", True),
    (93.0, "påvisar att 93% av dem som ringer in", "%", True),
    (93.0, "påvisar att 93 procent av dem som ringer in", "%", True),
    (1350.0, "1350 datorer har bytts ut under höst och vintern.", "%", False),
    (93.0, "93 samtal och 7 % av dem", "%", False),
    (1350.0, "1350 datorer har bytts ut under höst och vintern.", "st", True),
    (1350.0, "1350 datorer har bytts ut under höst och vintern.", None, True),
])
def test_figure_in_sentence_with_its_unit(value, sentence, enhet, expected):
    result = annual_report.figure_in_sentence(value, None, sentence, enhet)
    assert result is expected


class _Ctx:
    """The attributes `annual_report.checks` reads."""

    def __init__(self, rows):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": 2023})()


def test_a_count_typed_in_percent_fails_its_check():
    rows = pd.DataFrame({"year": [2023], "post": ["datorer_utbytta"], "varde": [1350.0],
                         "text": [None], "enhet": ["%"],
                         "kalla": ["1350 datorer har bytts ut under höst och vintern."]})
    result = [c for c in annual_report.checks(_Ctx(rows)) if "Utbytta datorer" in
              c.description]
    assert [c.status for c in result] == ["fail"]
    assert result[0].actual == "saknas i meningen"
