"""Annual report facts: a figure's unit must be the one its sentence gives. The satisfied
callers' 93 % typed with enhet "tkr" (or "st", or none) was shown among the start page's key
figures as "93 tkr" (or a bare "93", a count) while its check "står i meningen den hämtats
från" passed: only enhet "%" was held to its unit. Now every unit is, a count is never a
percentage, and "procent" is read as "%". Earlier: a count typed with the unit "%" (1 350
computers shown as "1 350 %" among the key figures) fails its check too."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report

SATISFIED = ("Sedan september har servicedesk skickat ut en enkät som påvisar att 93 % av dem "
             "som ringer in till servicedesk är nöjda med den support de fått.")
COMPUTERS = "1350 datorer har bytts ut under höst och vintern."
NBSP = "\u00a0"


@pytest.mark.parametrize(("value", "sentence", "enhet", "expected"), [
    (93.0, SATISFIED, "tkr", False),
    (93.0, SATISFIED, "st", False),
    (93.0, SATISFIED, None, False),
    (93.0, "påvisar att 93 procent av dem", "st", False),
    (93.0, SATISFIED, "%", True),
    (93.0, SATISFIED, "procent", True),
    (93.0, "påvisar att 93 procent av dem", "procent", True),
    (93.0, "påvisar att 93 procentenheter fler", "%", False),
    (219.0, "ett resultat på minus 219 tkr för 2023", "tkr", True),
    (219.0, "ett resultat på minus 219\u00a0tkr för 2023", "TKR", True),
    (219.0, "ett resultat på minus 219 tkr för 2023", "kr", False),
    (3546.0, "har 3 546 timmar använts", "timmar", True),
    (1350.0, COMPUTERS, "st", True),
    (1350.0, COMPUTERS, None, True),
    (1350.0, COMPUTERS, "tkr", False),
    (5.0, "Under året har fem nya personer börjat på enheten.", "st", True),
    (93.0, f"påvisar att 93{NBSP}% av dem som ringer in", "%", True),
    (93.0, "påvisar att 93% av dem som ringer in", "%", True),
    (1350.0, COMPUTERS, "%", False),
    (93.0, "93 samtal och 7 % av dem", "%", False),
])
def test_figure_in_sentence_with_its_unit(value, sentence, enhet, expected):
    result = annual_report.figure_in_sentence(value, None, sentence, enhet)
    assert result is expected


class _Ctx:
    """The attributes `annual_report.checks` reads."""

    def __init__(self, rows):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": 2023})()


@pytest.mark.parametrize(("enhet", "expected"), [
    ("tkr", ["fail"]), ("st", ["fail"]), (None, ["fail"]), ("%", ["pass"])])
def test_a_percentage_typed_with_another_unit_fails_its_check(enhet, expected):
    rows = pd.DataFrame({"year": [2023], "post": ["nojda_inringare"], "varde": [93.0],
                         "text": [None], "enhet": [enhet], "kalla": [SATISFIED]})
    result = [c.status for c in annual_report.checks(_Ctx(rows))
              if "Nöjda inringare" in c.description]
    assert result == expected


def test_a_count_typed_in_percent_fails_its_check():
    rows = pd.DataFrame({"year": [2023], "post": ["datorer_utbytta"], "varde": [1350.0],
                         "text": [None], "enhet": ["%"], "kalla": [COMPUTERS]})
    result = [c for c in annual_report.checks(_Ctx(rows)) if "Utbytta datorer" in
              c.description]
    assert [c.status for c in result] == ["fail"]
    assert result[0].actual == "saknas i meningen"
