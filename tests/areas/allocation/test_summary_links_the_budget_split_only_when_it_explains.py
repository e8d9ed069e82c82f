"""The start page's summary of the kommuner follows their avvikelser with "Det innebär att
Herrljunga har en större budget än vad man procentuellt ska betala …" only when the budget
split explains them (a larger budget share, a positive avvikelse): beside "−447 tkr för
Herrljunga" it said a negative avvikelse means a larger budget (its kommunspecifika costs
made it negative). Page 02's explanation keeps the sentence after the budget shares.

Figures: the monthly report per 2024-02-29 (budget shares 48,4 / 51,6 %, key 43,6 /
56,4 %), with 2 400 tkr of IT Gemensamt's prognos moved to Kommunspecifikt Herrljunga (TEST).
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation import report

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("gap", "deviation", "expected"), [
    ([4.8, -4.8], [907.0, -907.0], True),
    ([4.8, -4.8], [-447.0, 447.0], False),
    ([4.8, -4.8], [1.0, -1.0], True),      # within the tolerance: no direction to contradict
    ([0.0, 0.0], [907.0, -907.0], False),   # a budget as the key explains no avvikelse
    ([0.0, 0.0], [1.0, -1.0], True),        # … and agrees with none beyond the tolerance
    ([4.8, -4.8], [907.0, 0.0], True),
])
def test_split_agrees(gap, deviation, expected):
    result = report.split_agrees(pd.Series(gap, index=KOMMUNER),
                                 pd.Series(deviation, index=KOMMUNER), 1.0)
    assert result is expected


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.fixture
def moved(data_dir):
    netto = data_dir / "kostnadsstalle_netto.csv"
    _edit(netto, "2024,2024-02,prognos,IT Gemensamt,18347",
          "2024,2024-02,prognos,IT Gemensamt,15947")
    _edit(netto, "2024,2024-02,prognos,Kommunspecifikt Herrljunga,-",
          "2024,2024-02,prognos,Kommunspecifikt Herrljunga,2400")
    return open_report("2024-02", data_dir)


def test_summary_beside_a_negative_avvikelse_of_the_larger_budget(moved):
    result = allocation.summary(moved)
    expected = ["Prognosen för 2024 ger en avvikelse mot budget på \u2212447\u00a0tkr för "
                "Herrljunga och +447\u00a0tkr för Vårgårda."]
    assert result == expected


def test_explanation_keeps_the_budget_split(moved):
    result = allocation.explanation(moved)
    assert any(line.startswith("Det innebär att Herrljunga har en större budget")
               for line in result)
    # the whole avvikelse is never put on the split: only its part, beside the costs' part
    assert not any(line.startswith("Avvikelsen på helår i respektive kommun beror")
                   for line in result)
    assert result[0] == ("Kostnadernas avvikelse mot en budget fördelad efter "
                         "befolkningsandelen: \u22121\u00a0354\u00a0tkr för Herrljunga och "
                         "+1\u00a0354\u00a0tkr för Vårgårda.")
