"""A name of the notebooks folder that is not a regular file (a FIFO, a folder) is bad input
read unopened, never a run blocked for good (SIGTERM could not stop it)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.parametrize(("make", "expected"), [
    (os.mkfifo, "02-other.ipynb: är ingen vanlig fil"),
    (os.mkdir, "02-other.ipynb: är en mapp"),
])
def test_a_notebook_that_is_no_regular_file_is_refused_unread(notebooks, tmp_path, make,
                                                              expected):
    make(notebooks / "02-other.ipynb")
    result = subprocess.run(
        [sys.executable, "-m", "itvt_lib.cli", "run", "--period", "2024-02", "--notebooks-dir",
         str(notebooks), "--output-dir", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=ROOT, timeout=30)
    errors = result.stderr.strip().splitlines()
    assert (result.returncode, len(errors)) == (2, 1), result.stderr
    assert errors[0].startswith("fel: ") and expected in errors[0]
    assert not (tmp_path / "out").exists()
