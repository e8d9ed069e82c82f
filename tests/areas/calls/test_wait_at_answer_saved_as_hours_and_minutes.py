"""The switchboard's mean wait at answer is written mm:ss ("00:21", 21 s). vaxel.csv opened
and saved in LibreOffice (Swedish) comes back as "00:21:00", 21 minutes, a valid h:mm:ss:
page 04 of 2023-12 showed "21:00" beside 97 % answered within 120 s, with every check
green. The mean against the longest service level is now checked: when the calls answered
after 120 s would have waited over an hour on average, the checks page warns."""

from __future__ import annotations

import math

import pytest

from itvt_lib.areas import load_dataset, open_report
from itvt_lib.areas.calls import report
from itvt_lib.areas.calls.vaxel import tail_wait_at_least


@pytest.mark.parametrize(("mean", "share", "expected"), [
    (21, 0.97, 0.0),                 # 21 s, 97 % within 120 s: nothing implied
    (1260, 0.97, (1260 - 116.4) / 0.03),
    (200, 0.5, 280.0),
    (121, 1.0, math.inf),            # all within 120 s, a mean over it: impossible
    (120, 1.0, 0.0),
])
def test_tail_wait_at_least(mean, share, expected):
    result = tail_wait_at_least(mean, share, 120)
    assert result == pytest.approx(expected)


def _vaxel_saved_by_a_spreadsheet(data_dir) -> None:
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    for short in ("00:21", "00:50", "00:43"):
        text = text.replace(f",{short},", f",{short}:00,")
    path.write_text(text, encoding="utf-8")


def _warnings(data_dir, params) -> list:
    ctx = open_report("2023-12", dataset=load_dataset(data_dir), params_dir=params)
    return [c for c in report.checks(ctx) if "kötid vid svar" in c.description]


def test_a_wait_read_as_minutes_is_a_warning(data_dir, params):
    _vaxel_saved_by_a_spreadsheet(data_dir)
    result = [(c.description, c.status) for c in _warnings(data_dir, params)]
    expected = [(f"Växel {k} 2023-09-26–2023-12-31: kötid vid svar 21:00 mot 97 % inom 120 s",
                 "warn") for k in ("Herrljunga", "Vårgårda")]
    assert result == expected


def test_the_papers_waits_give_no_warning(data_dir, params):
    result = _warnings(data_dir, params)
    assert result == []
