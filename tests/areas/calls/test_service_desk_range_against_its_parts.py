"""A OneX row whose range the data also holds in shorter ranges, day after day (a half
year and its two quarters, a quarter corrected beside its months) was published as it
stood ("Servicedesk tog emot 5 000 samtal under perioden 2024-01-01–2024-06-30") while its
quarters held 5 700, with every check green. Each count of such a row is now compared with
the sum of its parts on the checks page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.areas import calls, open_report
from itvt_lib.areas.calls.ranges import tiling

FORECAST = "".join(f"2024,2024-06,prognos,{k},{v}\n" for k, v in (
    ("Intäkter", -17750), ("Personalkostnader", 14929), ('"Lokalkostnader, energi, VA"', 0),
    ("Övriga kostnader", 16356), ("Kapitalkostnader", 5436), ("Kommunbidrag", 18971)))
Q1 = "2024-01-01,2024-03-31,Q1 2024,2800,1900,500,20,380,02:30,0:25:00\n"
Q2 = "2024-04-01,2024-06-30,Q2 2024,2900,2000,500,20,380,02:30,0:25:00\n"


def _report(data_dir, rows: str):
    for name, extra in (("driftredovisning.csv", FORECAST), ("onex.csv", rows)):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return open_report("2024-06", data_dir)


@pytest.mark.parametrize(("half_year", "expected"), [
    ("2024-01-01,2024-06-30,H1 2024,5000,3500,1000,40,460,02:30,0:25:00\n",
     [(5000.0, 5700.0, "fail"), (3500.0, 3900.0, "fail"), (1000.0, 1000.0, "pass"),
      (40.0, 40.0, "pass"), (460.0, 760.0, "fail")]),
    ("2024-01-01,2024-06-30,H1 2024,5700,3900,1000,40,760,02:30,0:25:00\n",
     [(5700.0, 5700.0, "pass"), (3900.0, 3900.0, "pass"), (1000.0, 1000.0, "pass"),
      (40.0, 40.0, "pass"), (760.0, 760.0, "pass")]),
    ("", []),
], ids=["contradicted", "agreeing", "quarters-only"])
def test_a_range_is_compared_with_its_parts(data_dir, half_year, expected):
    ctx = _report(data_dir, Q1 + Q2 + half_year)
    result = [(c.expected, c.actual, c.status) for c in calls.checks(ctx)
              if c.description.endswith("= Q1 2024 + Q2 2024")]
    assert result == expected


def _ranges(*spans: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"from_date": [date.fromisoformat(a) for a, _ in spans],
                         "to_date": [date.fromisoformat(b) for _, b in spans]})


@pytest.mark.parametrize(("spans", "expected"), [
    ([("2024-01-01", "2024-06-30"), ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30")],
     [1, 2]),
    ([("2024-01-01", "2024-06-30"), ("2024-01-01", "2024-03-31"), ("2024-05-01", "2024-06-30")],
     None),
    ([("2024-01-01", "2024-03-31"), ("2024-01-01", "2024-01-31"), ("2024-01-01", "2024-02-29"),
      ("2024-03-01", "2024-03-31")], [2, 3]),
    ([("2024-01-01", "2024-03-31")], None),
], ids=["two-quarters", "a-gap", "longest-first", "alone"])
def test_tiling(spans, expected):
    result = tiling(_ranges(*spans), 0)
    assert result == expected
