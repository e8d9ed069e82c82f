"""A quarter typed beside its three months and a row that ends mid-month (2023-10-01–
2023-11-15, a half-way export) was never compared with its months: the walk took the
longest row starting on 1 October, found no row starting on 16 November and gave up, so a
quarter contradicting its months stood with every check green. The walk now tries the
shorter rows when the longest leads nowhere."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.areas import calls, open_report
from itvt_lib.areas.calls.ranges import tiling

MONTHS = ("2023-10-01,2023-10-31,Oktober 2023,900,600,170,5,125,02:50,0:20:00\n"
          "2023-11-01,2023-11-30,November 2023,900,620,160,7,113,03:00,0:30:00\n"
          "2023-12-01,2023-12-31,December 2023,958,670,166,7,115,03:05,0:25:00\n")
MIDWAY = "2023-10-01,2023-11-15,Okt–15 nov 2023,1350,910,250,6,184,02:55,0:30:00\n"


def _ranges(*spans: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"from_date": [date.fromisoformat(a) for a, _ in spans],
                         "to_date": [date.fromisoformat(b) for _, b in spans]})


@pytest.mark.parametrize(("spans", "expected"), [
    ([("2023-10-01", "2023-12-31"), ("2023-10-01", "2023-11-15"), ("2023-10-01", "2023-10-31"),
      ("2023-11-01", "2023-11-30"), ("2023-12-01", "2023-12-31")], [2, 3, 4]),
    ([("2023-10-01", "2023-12-31"), ("2023-10-01", "2023-11-15"), ("2023-11-16", "2023-12-31"),
      ("2023-10-01", "2023-10-31")], [1, 2]),
    ([("2023-10-01", "2023-12-31"), ("2023-10-01", "2023-11-15"), ("2023-10-01", "2023-10-31"),
      ("2023-11-01", "2023-11-30")], None),
], ids=["past-a-dead-end", "longest-still-first", "no-way-through"])
def test_tiling_tries_a_shorter_row(spans, expected):
    result = tiling(_ranges(*spans), 0)
    assert result == expected


def test_a_quarter_contradicting_its_months_fails_beside_a_midway_row(data_dir):
    path = data_dir / "onex.csv"
    path.write_text(path.read_text(encoding="utf-8") + MONTHS + MIDWAY, encoding="utf-8")
    ctx = open_report("2023-12", data_dir)
    result = [(c.expected, c.actual, c.status) for c in calls.checks(ctx)
              if c.description.endswith("Q4 2023 = Oktober 2023 + November 2023 + December 2023")]
    expected = [(2758.0, 2758.0, "pass"), (1889.0, 1890.0, "fail"), (497.0, 496.0, "fail"),
                (19.0, 19.0, "pass"), (353.0, 353.0, "pass")]
    assert result == expected
