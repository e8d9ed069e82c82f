"""Year-to-date exports only grow: a project whose hours so far fall from one month's
export to the next (a correction, or an export of the wrong range) makes the month's hours
negative, which the page prints ("Under februari har −13 timmar använts"); the checks
page warns and names the project."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects
from itvt_lib.core.checks import Check

HEADER = "period,projektnummer,projekt,timmar,belopp_kr"


@pytest.mark.parametrize(("january", "expected"), [
    ("2024-01,1240,Förrätt,160,60000\n2024-01,1244,Interna e-tjänster,1,355",
     Check("Projekttid", "Timmar hittills i år per projekt minskar inte (2024-01 till 2024-02)",
           0.0, -15.0, 0.0, "warn", "minskar: 1240 Förrätt (−15 timmar)")),
    ("2024-01,1240,Förrätt,100,40000",
     Check("Projekttid", "Timmar hittills i år per projekt minskar inte (2024-01 till 2024-02)",
           0.0, 0.0, 0.0, "pass", "")),
])
def test_hours_so_far_falling_from_the_previous_export_is_a_warning(data_dir, january,
                                                                     expected):
    (data_dir / "projekttid" / "2024-01.csv").write_text(f"{HEADER}\n{january}\n",
                                                         encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = [c for c in projects.checks(ctx) if "minskar" in c.description]
    assert result == [expected]


def test_fallen_projects_are_the_negative_month_figures():
    frame = pd.DataFrame({"period": ["2024-01", "2024-01", "2024-02", "2024-02"],
                          "projektnummer": ["1", "2", "1", "2"], "projekt": ["A", "B", "A", "B"],
                          "timmar": [10.0, 5.0, 8.0, 7.0], "belopp_kr": [None] * 4})
    result = projects.fallen_projects(frame, "2024-02")
    expected = pd.Series({"1": -2.0})
    pd.testing.assert_series_equal(result, expected, check_names=False)
