"""`itvt run >&-` (a scheduler line that closes standard output, or error, to keep quiet):
the notebooks' kernel inherited the closed stream and died at start, so every period
failed (exit 1, "kärnan ... startade inte inom 60 s") and the kernel's English traceback
reached the terminal. A closed standard output or error is opened on /dev/null first."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, registry_import, write_notebook

pytestmark = pytest.mark.slow
# ipykernel leaves the standard streams alone under pytest (PYTEST_CURRENT_TEST): the
# children get the environment of a command line.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"},
       "PYTHONPATH": str(ROOT)}


def _itvt(args, closed: int, tmp_path) -> subprocess.CompletedProcess:
    """`python -m itvt_lib.cli args` with file descriptor `closed` closed."""
    kept = subprocess.PIPE
    return subprocess.run(
        [sys.executable, "-m", "itvt_lib.cli", *map(str, args)], cwd=ROOT, timeout=300,
        env=ENV, text=True,
        stdout=kept if closed != 1 else None, stderr=kept if closed != 2 else None,
        preexec_fn=lambda: os.close(closed))


@pytest.mark.parametrize(("closed", "name"), [(1, "stdout"), (2, "stderr")])
def test_a_child_of_itvt_gets_a_closed_stream_as_dev_null(tmp_path, closed, name):
    code = ("import os, subprocess, sys; from itvt_lib.cli import open_standard_streams; "
            "open_standard_streams(); "
            f"sys.exit(subprocess.run([sys.executable, '-c', 'import sys; sys.{name}.fileno()']"
            ").returncode)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60,
                            env=ENV,
                            preexec_fn=lambda: os.close(closed), capture_output=closed != 1)
    assert result.returncode == 0


@pytest.mark.parametrize("closed", [1, 2], ids=["stdout", "stderr"])
def test_a_run_with_a_closed_stream_publishes(tmp_path, data_dir, params_dir, closed):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01-ok.ipynb", registry_import(), "print('ok')")
    output = tmp_path / "out"
    result = _itvt(["run", "--period", "2024-02", "--data-dir", data_dir, "--params-dir",
                    params_dir, "--notebooks-dir", notebooks, "--output-dir", output],
                   closed, tmp_path)
    shown = (result.stdout or "") + (result.stderr or "")
    assert result.returncode == 0, shown
    assert "Traceback" not in shown
    assert (output / "2024-02" / "index.html").is_file()
