"""The checks page's warning that a project's hours so far fell names the fall with the
decimals it has: a quarter of an hour (2,25 → 2 timmar) read "minskar: 1244 Interna
e-tjänster (– timmar)", a word of decrease beside a figure of none.

Figures: the monthly report per 2024-02-29's export, with a TEST January export.
"""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects

HEADER = "period,projektnummer,projekt,timmar,belopp_kr"


@pytest.mark.parametrize(("hours", "expected"), [
    (-15.0, "−15"),
    (-0.25, "−0,25"),
    (-0.04, "−0,04"),
    (2.0 - 2.1, "−0,1"),
])
def test_fall_text_keeps_the_decimals(hours, expected):
    assert projects.fall_text(hours) == expected


def test_warning_of_a_quarter_of_an_hour(data_dir):
    january = "2024-01,1240,Förrätt,100,40000\n2024-01,1244,Interna e-tjänster,2.25,700"
    (data_dir / "projekttid" / "2024-01.csv").write_text(f"{HEADER}\n{january}\n",
                                                         encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = [c.note for c in projects.checks(ctx) if "minskar" in c.description]
    assert result == ["minskar: 1244 Interna e-tjänster (−0,25 timmar)"]
