"""A month's export that repeats the previous month's (every project, hour and krona: the
previous export saved again under the new period) would show 0 hours for the month without
a word: the checks page warns."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import project_exports, projects

HEADER = "period,projektnummer,projekt,timmar,belopp_kr"


def _frame(march: list[float], april: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"period": ["2024-03"] * len(march) + ["2024-04"] * len(april),
                         "projektnummer": [str(i) for i in range(len(march))]
                         + [str(i) for i in range(len(april))],
                         "projekt": ["P"] * (len(march) + len(april)),
                         "timmar": march + april, "belopp_kr": [100.0] * (len(march)
                                                                           + len(april))})


@pytest.mark.parametrize(("march", "april", "expected"), [
    ([10.0, 2.0], [10.0, 2.0], True),
    ([10.0, 2.0], [10.0, 3.0], False),
    ([10.0, 2.0], [10.0], False),
    ([0.0], [0.0], False),
    ([], [1.0], False),
])
def test_same_as_previous(march, april, expected):
    result = project_exports.same_as_previous(_frame(march, april), "2024-04")
    assert result == expected


def test_a_repeated_export_is_a_warning(data_dir):
    february = (data_dir / "projekttid" / "2024-02.csv").read_text(encoding="utf-8")
    (data_dir / "projekttid" / "2024-01.csv").write_text(
        february.replace("2024-02,", "2024-01,"), encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = [(c.status, c.note) for c in projects.checks(ctx) if "skiljer" in c.description]
    expected = [("warn", "samma projekt, timmar och belopp som 2024-01: under februari "
                 "visas 0 timmar")]
    assert result == expected
