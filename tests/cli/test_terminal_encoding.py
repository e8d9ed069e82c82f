"""Hostile command lines (cli.py): a terminal or pipe whose encoding cannot hold
"−" (U+2212) or "å" (PYTHONIOENCODING=cp1252, ascii) ended `itvt check` in a
UnicodeEncodeError traceback; every line is printed, the character escaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_check_prints_its_lines_on_a_terminal_without_the_characters(encoding):
    itvt = Path(sys.executable).with_name("itvt")
    result = subprocess.run([str(itvt), "check", "--period", "2024-02", "--tolerance-tkr", "0"],
                            capture_output=True, text=True, encoding=encoding, timeout=600,
                            env={**os.environ, "PYTHONIOENCODING": encoding})
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "\\u2212" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("2024-02: fel (")
