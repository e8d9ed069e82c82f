"""The summary's driver sentence while a line's avvikelse is missing.

Rule: the sentence names the line item(s) the result "främst" depends on only when every
line's avvikelse is given; an utfall (or prognos) not typed may be the largest, so no
driver is named then. Before, the missing line was dropped and the largest of the rest
named: with 2023's Personalkostnader utfall (−1 344 tkr, the real driver) left empty, the
annual summary said the −219 tkr deficit depended "främst" on lokalkostnader (−8 tkr).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, open_report


def _summary(data_dir, old: str, new: str) -> list[str]:
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return budget.summary(open_report("2023-12", data_dir=data_dir))


@pytest.mark.parametrize(("old", "new"), [
    ("2023,2023-12,utfall,Personalkostnader,14225", "2023,2023-12,utfall,Personalkostnader,"),
    ("2023,2023-12,utfall,Kommunbidrag,26210", "2023,2023-12,utfall,Kommunbidrag,"),
])
def test_no_driver_is_named_while_a_line_is_missing(data_dir, old, new):
    result = [line for line in _summary(data_dir, old, new) if "främst" in line]
    assert result == []


def test_the_driver_of_the_papers_is_named(data_dir):
    result = [line for line in _summary(data_dir, "", "") if "främst" in line]
    expected = ["Det negativa resultatet beror främst på högre personalkostnader än "
                "budgeterat (\u22121\u00a0344 tkr)."]
    assert result == expected
