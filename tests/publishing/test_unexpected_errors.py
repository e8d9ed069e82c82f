"""An error itvt did not foresee (a bug) ends `itvt` with one Swedish line naming it and
exit 1, its run's line in runs.log, and the previous report untouched; `ITVT_DEBUG=1` shows
the whole trace for the engineer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib import cli
from itvt_lib.publishing import runner

EXPECTED = ("fel: oväntat internt fel i itvt (RuntimeError: trasig kod); "
            "ITVT_DEBUG=1 visar hela förloppet")


def _broken(*args, **kwargs):
    raise RuntimeError("trasig\nkod")


def _snapshot(output: Path) -> dict:
    return {str(p.relative_to(output)): p.read_bytes()
            for p in sorted((output / "2024-02").rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_bug_during_a_run_is_one_line_a_log_line_and_keeps_the_report(
        good_report, notebooks, monkeypatch, capsys):
    before = _snapshot(good_report)
    monkeypatch.delenv("ITVT_DEBUG", raising=False)
    monkeypatch.setattr(runner, "run_periods", _broken)
    code = cli.main(["run", "--period", "2024-02", "--notebooks-dir", str(notebooks),
                     "--output-dir", str(good_report)])
    lines = capsys.readouterr().err.splitlines()
    last = json.loads((good_report / "runs.log").read_text().splitlines()[-1])
    result = (code, lines[-1:], last["outcome"], last["message"], _snapshot(good_report) == before)
    expected = (1, [EXPECTED], "failed", EXPECTED.removeprefix("fel: "), True)
    assert result == expected
    assert not any("Traceback" in line for line in lines)


def test_a_bug_during_check_is_one_line(monkeypatch, capsys):
    monkeypatch.delenv("ITVT_DEBUG", raising=False)
    monkeypatch.setattr(runner, "check", _broken)
    code = cli.main(["check", "--period", "2024-02"])
    result = (code, capsys.readouterr().err.splitlines())
    assert result == (1, [EXPECTED])


def test_itvt_debug_shows_the_whole_trace(monkeypatch):
    monkeypatch.setenv("ITVT_DEBUG", "1")
    monkeypatch.setattr(runner, "check", _broken)
    with pytest.raises(RuntimeError, match="trasig"):
        cli.main(["check", "--period", "2024-02"])
