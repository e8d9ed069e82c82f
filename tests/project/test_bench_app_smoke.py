"""Smoke tests of benchmarks/bench_app.py (the Voilà app's first render and keystroke
latency): its helpers, and one short run that measures something. No timing is asserted
(issue 25: the benchmark is not a timed test)."""

from __future__ import annotations

import json

import pytest
from conftest import BROWSER_MARKS

from benchmarks import bench_app


@pytest.mark.parametrize(("count", "expected"), [
    (1, ["1"]), (4, ["1", "Backspace", "1", "Backspace"]), (0, [])])
def test_keys_alternate_a_digit_in_front_and_backspace(count, expected):
    assert bench_app.key_plan(count) == expected


def test_summary_gives_median_and_p95_between_closest_ranks():
    result = bench_app.summary([float(v) for v in range(1, 21)])   # 1 … 20
    assert result == {"median": 10.5, "p95": pytest.approx(19.05), "min": 1.0,
                      "max": 20.0, "n": 20}


@pytest.mark.parametrize(("value", "target", "expected"), [
    (150.0, 150.0, "met"), (150.1, 150.0, "missed")])
def test_verdict_is_met_up_to_the_target(value, target, expected):
    assert bench_app.verdict(value, target) == expected


def test_a_short_run_measures_a_first_render_and_each_keystroke(tmp_path, capsys):
    out = tmp_path / "app.json"
    assert bench_app.main(["--keystrokes", "2", "--loads", "1", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert len(result["first_render_s"]) == 1 and result["first_render_s"][0] > 0
    assert len(result["keystroke_ms"]) == 2 and min(result["keystroke_ms"]) > 0
    assert "| keystroke → redrawn results table |" in capsys.readouterr().out


for _mark in BROWSER_MARKS:  # slow, browser, skipped without a Chromium (as the app's tests)
    test_a_short_run_measures_a_first_render_and_each_keystroke = _mark(
        test_a_short_run_measures_a_first_render_and_each_keystroke)
