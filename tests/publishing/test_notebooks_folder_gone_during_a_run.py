"""A notebooks folder that goes away while a run builds its periods (here: the executed
notebooks of the published report, `--notebooks-dir O/.builds/<build>/notebooks`, removed
when the run publishes that period anew). The first period was published, then the
second period's "ingen mapp" escaped the run as bad input: exit 2 and "bad input" in
runs.log ("nothing published"), the archive not rewritten. The period fails instead:
exit 1, the published period stays published and is said to be."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, registry_import, write_notebook

pytestmark = pytest.mark.slow
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(data_dir, params_dir, notebooks, output, *periods) -> subprocess.CompletedProcess:
    args = [a for p in periods for a in ("--period", p)]
    return subprocess.run(
        [sys.executable, "-m", "itvt_lib.cli", "run", *args, "--workers", "1",
         "--data-dir", str(data_dir), "--params-dir", str(params_dir),
         "--notebooks-dir", str(notebooks), "--output-dir", str(output)],
        cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=300)


def test_a_period_whose_notebooks_folder_went_away_fails_and_the_published_one_stands(
        tmp_path, data_dir, params_dir):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01-ok.ipynb", registry_import(), "print('ok')")
    output = tmp_path / "out"
    first = _run(data_dir, params_dir, notebooks, output, "2024-02")
    assert first.returncode == 0, first.stderr
    old_build = (output / "2024-02").resolve()

    result = _run(data_dir, params_dir, old_build / "notebooks", output, "2024-02", "2023-12")

    assert result.returncode == 1, result.stderr
    assert (output / "2024-02").resolve() != old_build
    assert (output / "2024-02" / "index.html").is_file()
    assert not (output / "2023-12").exists()
    assert "Startsida 2024-02" in result.stdout
    assert "fel: [2023-12] --notebooks-dir" in result.stderr and "ingen mapp" in result.stderr
    last = json.loads((output / "runs.log").read_text(encoding="utf-8").splitlines()[-1])
    assert (last["exit_code"], last["outcome"]) == (1, "failed")
    assert last["message"].startswith("2023-12: --notebooks-dir")
    assert "minst en period kunde inte byggas" in (output / "index.html").read_text("utf-8")
