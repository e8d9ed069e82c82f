"""The switchboard's plausibility warning fires when the calls answered after 120 s
would have waited over an hour on average; exactly an hour (kötid 15:03 with 77,5 % within
120 s: (903 − 120 × 0,775) / 0,225 = 3 600 s) is no warning, not "minst 60 min" against
"högst 60 min"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report
from itvt_lib.areas.calls.vaxel import tail_wait_at_least

ROW = "2023-09-26,2023-12-31,Herrljunga,Telenor,3603,3307,92,"


@pytest.mark.parametrize(("mean_s", "within", "expected"), [
    (903, 0.775, 3600.0), (2556, 0.30, 3600.0), (468, 0.90, 3600.0), (816, 0.80, 3600.0),
    (21, 0.97, 0.0),
])
def test_the_tail_wait_as_computed_by_hand(mean_s, within, expected):
    result = tail_wait_at_least(mean_s, within, 120)
    assert result == expected


@pytest.mark.parametrize(("waits", "expected"), [
    ("15:03,69,70,75,77.5,", []),
    ("15:04,69,70,75,77.5,", ["minst 60 min i snitt"]),
])
def test_a_tail_of_exactly_one_hour_is_no_warning(data_dir, params, waits, expected):
    path = data_dir / "vaxel.csv"
    text = path.read_bytes().decode("utf-8")
    old = ROW + "00:21,69,83,93,97,"
    assert old in text
    path.write_bytes(text.replace(old, ROW + waits).encode("utf-8"))
    checks = calls.checks(open_report("2023-12", data_dir, params))
    result = [c.actual for c in checks if "Växel Herrljunga" in c.description
              and "kötid vid svar" in c.description]
    assert result == expected
