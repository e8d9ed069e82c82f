"""Every notebook: committed clean, thin (no functions), parameters papermill can read,
and runnable top to bottom with its defaults from notebooks/ (as in JupyterLab)."""

from __future__ import annotations

import ast

import nbformat
import papermill
import pytest
from conftest import execute_notebook

from itvt_lib.core.paths import NOTEBOOKS_DIR
from itvt_lib.publishing.runner import notebook_paths

NOTEBOOKS = [p.name for p in notebook_paths(NOTEBOOKS_DIR)]


def _read(name):
    return nbformat.read(NOTEBOOKS_DIR / name, as_version=4)


def test_there_are_notebooks():
    assert "01-driftredovisning.ipynb" in NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    for cell in _read(name).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, name


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_defines_no_functions(name):
    for cell in _read(name).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                         ast.ClassDef)), f"{name}: {cell.source[:60]}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_is_readable_by_papermill(name):
    nb = _read(name)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, name
    source = tagged[0].source
    assigned = [t.id for node in ast.parse(source).body if isinstance(node, ast.Assign)
                for t in node.targets]
    assert {"period", "data_dir", "params_dir"} <= set(assigned)
    # Papermill's parser skips a line with "=" in its comment: every name must be found.
    assert list(papermill.inspect_notebook(str(NOTEBOOKS_DIR / name))) == assigned
    for line in source.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            assert "#" in line, f"{name}: parameter without a comment: {line}"


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_runs_with_its_defaults_from_notebooks_folder(name):
    nb = execute_notebook(name)  # nbclient, no papermill, cwd notebooks/
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors


def test_pre_commit_hooks_are_local_and_strip_notebooks():
    import yaml

    from itvt_lib.core.paths import ROOT

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert {repo["repo"] for repo in config["repos"]} == {"local"}
    entries = " ".join(h["entry"] for repo in config["repos"] for h in repo["hooks"])
    assert "nbstripout" in entries and "ruff" in entries


def test_ruff_is_clean():
    import subprocess
    import sys
    from pathlib import Path

    from itvt_lib.core.paths import ROOT

    ruff = Path(sys.executable).with_name("ruff")
    paths = [p for p in ("itvt_lib", "tests", "benchmarks") if (ROOT / p).exists()]
    result = subprocess.run([str(ruff), "check", *paths],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in NOTEBOOKS if not n.startswith("90")])
def test_every_chart_cell_shows_its_chart_in_a_fresh_kernel(name):
    # JupyterLab runs each notebook in a new kernel: every chart must reach the page, not
    # only the first (2023-12 has data for every area).
    nb = execute_notebook(name, {"period": "2023-12"})
    for cell in nb.cells:
        if cell.cell_type == "code" and "charts." in cell.source and "if " not in cell.source:
            images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
            assert images, f"{name}: no chart from {cell.source[:80]!r}"
