"""The package's shape: import layers, no import cycles, module size, the area registry
against the Area protocol and the notebooks, and a repository that cites only itself."""

from __future__ import annotations

import importlib
import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from conftest import ROOT

from itvt_lib.areas import AREAS, OPTIONAL_HOOKS, Area
from itvt_lib.publishing import notebooks

PACKAGE = ROOT / "itvt_lib"
MAX_LINES = 500
# Areas without a page of their own, and the notebook that shows them instead.
NO_OWN_PAGE = {"ledger": "01-driftredovisning.ipynb"}
# The optional hooks' parameters (the required hooks' come from the Area protocol).
OPTIONAL_SIGNATURES = {"validate_period": ["dataset", "period"], "validate_params": ["ctx"]}


# --- layers and cycles ------------------------------------------------------------------

def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run import-linter on the package under root with root's pyproject.toml."""
    command = [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)


def test_import_layers_contract_is_kept():
    """pyproject.toml's import-linter contract: cli > publishing > areas > core."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_import_layers_contract_catches_an_upward_import(tmp_path):
    """The same contract on a copy of the package in which core imports an area."""
    shutil.copytree(PACKAGE, tmp_path / "itvt_lib",
                    ignore=shutil.ignore_patterns("__pycache__", "templates"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    paths = tmp_path / "itvt_lib" / "core" / "paths.py"
    paths.write_text(paths.read_text(encoding="utf-8") + "\nfrom itvt_lib.areas import budget\n",
                     encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "itvt_lib.core.paths -> itvt_lib.areas.budget" in result.stdout


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of a directed graph (iterative)."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"a"}}, [["a"]]),
    ],
)
def test_strongly_connected_finds_cycles(graph, expected):
    result = [c for c in strongly_connected(graph) if len(c) > 1 or c[0] in graph[c[0]]]
    assert result == expected


def test_no_import_cycles_in_the_package():
    """No module reaches itself through imports. grimp records only explicit imports (a
    package's `__init__` importing its submodules is an edge; a submodule is not assumed
    to import its parent), so every cycle it shows is a real one."""
    graph = grimp.build_graph("itvt_lib", cache_dir=None)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    cycles = [c for c in strongly_connected(edges) if len(c) > 1 or c[0] in edges[c[0]]]
    details = []
    for cycle in cycles:
        for importer in cycle:
            for imported in sorted(edges[importer] & set(cycle)):
                for found in graph.get_import_details(importer=importer, imported=imported):
                    details.append(f"{importer}:{found['line_number']}: {found['line_contents']}")
    assert cycles == [], "\n".join(details)


# --- module size --------------------------------------------------------------------------

MODULES = sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES)
def test_module_is_at_most_500_lines(module):
    result = len((ROOT / module).read_text(encoding="utf-8").splitlines())
    assert result <= MAX_LINES


# --- the area registry --------------------------------------------------------------------

def _short(module) -> str:
    return module.__name__.rpartition(".")[2]


def _parameters(function) -> list[str]:
    return [p for p in inspect.signature(function).parameters if p != "self"]


@pytest.mark.parametrize("area", AREAS, ids=_short)
def test_area_conforms_to_protocol(area):
    assert isinstance(area, Area)
    assert isinstance(area.AREA, str) and area.AREA
    for hook in ("has_data", "summary", "key_figures", "checks"):
        assert callable(getattr(area, hook)), hook
        assert _parameters(getattr(area, hook)) == _parameters(getattr(Area, hook)), hook
    assert isinstance(getattr(area, "PARAMS", {}), dict)  # key -> (type, default)
    for hook in (h for h in OPTIONAL_HOOKS if h != "PARAMS"):
        if not hasattr(area, hook):
            continue
        if hook == "OPTIONAL":
            assert isinstance(area.OPTIONAL, bool)
        else:
            assert callable(getattr(area, hook)), hook
            assert _parameters(getattr(area, hook)) == OPTIONAL_SIGNATURES[hook], hook


def test_area_names_are_unique():
    names = [area.AREA for area in AREAS]
    assert len(names) == len(set(names))


def test_protocol_rejects_a_module_without_the_hooks():
    assert not isinstance(json, Area)


def notebook_area_imports(path: Path) -> set[str]:
    """The area modules (modules of itvt_lib.areas with an AREA) a notebook's code imports:
    the publishing layer's own reading (`notebooks.notebook_area_imports`), kept to areas."""
    result = set()
    for name in notebooks.notebook_area_imports(path):
        try:
            module = importlib.import_module(f"itvt_lib.areas.{name}")
        except ModuleNotFoundError:
            continue  # a function or constant of itvt_lib.areas (open_report, gather)
        if hasattr(module, "AREA"):
            result.add(name)
    return result


@pytest.fixture(scope="module")
def notebook_areas() -> dict[str, set[str]]:
    return {p.name: notebook_area_imports(p) for p in sorted((ROOT / "notebooks").glob("*.ipynb"))}


def test_notebook_area_imports_parses_every_form(tmp_path):
    nb = {"cells": [
        {"cell_type": "markdown", "source": ["from itvt_lib.areas import staff"]},
        {"cell_type": "code", "source": ["%matplotlib inline\n",
                                         "from itvt_lib.areas import (budget,\n", " gather)\n"]},
        {"cell_type": "code", "source": ["import itvt_lib.areas.calls\n",
                                         "from itvt_lib.areas.control import AREA\n"]},
    ]}
    path = tmp_path / "x.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert notebook_area_imports(path) == {"budget", "calls", "control"}


def test_notebooks_and_registry_list_the_same_areas(notebook_areas):
    """Every registered area is imported by a notebook (its page, or for an area without
    a page of its own, its host page) and every area a notebook imports is registered."""
    result = set().union(*notebook_areas.values())
    expected = {_short(area) for area in AREAS}
    assert result == expected


@pytest.mark.parametrize("name, notebook", sorted(NO_OWN_PAGE.items()))
def test_area_without_a_page_shows_on_its_host_page(name, notebook, notebook_areas):
    """Its host notebook imports it, and no notebook is about it alone."""
    assert name in {_short(a) for a in AREAS}
    assert name in notebook_areas[notebook]
    assert [nb for nb, areas in notebook_areas.items() if areas == {name}] == []


# --- self-contained repository ------------------------------------------------------------

# Built from parts so that this file does not match itself.
OUTSIDE = ("../" + "shared", "DESIGN" + ".md", "/wo" + "rk/")


def repository_files() -> list[str]:
    """Tracked files plus new, not ignored ones (what the next commit can contain)."""
    result = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return [f for f in result.stdout.splitlines() if (ROOT / f).is_file()]


def test_no_file_refers_outside_the_repository():
    files = repository_files()
    assert "pyproject.toml" in files and "tests/project/test_structure.py" in files
    offenders = []
    for name in files:
        content = (ROOT / name).read_bytes()
        if b"\0" in content:
            continue  # binary
        text = content.decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            offenders += [f"{name}:{number}: {p}" for p in OUTSIDE if p in line]
    assert offenders == []
