"""The suite asks `itvt check` its questions in the test's own process (conftest.run_cli):
that must answer exactly as the console script does, exit code, standard output and error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, main_in_process

pytestmark = pytest.mark.slow
ITVT = str(Path(sys.executable).with_name("itvt"))


@pytest.mark.parametrize("args", [
    ["periods"],
    ["check", "--period", "2024-02"],
    ["check", "--period", "2024-02", "--hours-per-fte", "nan"],   # bad input: exit 2
    ["check", "--no-such-flag"],                                  # argparse's own exit
    ["check", "--period", "2031-13"],
], ids=["periods", "check", "bad-flag", "unknown-flag", "bad-period"])
def test_in_process_answers_as_the_console_script(args):
    expected = subprocess.run([ITVT, *args], capture_output=True, text=True, cwd=ROOT)
    result = main_in_process(args, cwd=ROOT)
    assert (result.returncode, result.stdout, result.stderr) == \
        (expected.returncode, expected.stdout, expected.stderr)


def test_in_process_shows_a_warning_and_a_bug_as_a_process_would(monkeypatch):
    from itvt_lib import cli

    def warns_then_fails(argv):
        import warnings
        warnings.warn("sista raden", FutureWarning, stacklevel=1)
        raise RuntimeError("ett fel")

    monkeypatch.setattr(cli, "main", warns_then_fails)
    result = main_in_process(["check"], cwd=ROOT)
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "RuntimeError: ett fel" in result.stderr
    assert "FutureWarning: sista raden" in result.stderr
