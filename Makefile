# Two commands do all the set-up: `make report` and `make test`.
# Both create .venv when it is missing, install the exact, hashed versions from
# requirements.lock (pip --require-hashes), then the package itself (editable, --no-deps)
# and the python3 kernelspec into it (--sys-prefix), then run the report or the tests.
# `make lock` recompiles requirements.lock from pyproject.toml (existing pins are kept;
# `make lock LOCK_FLAGS=--upgrade` moves every package to its newest allowed version).

SHELL       := bash
.SHELLFLAGS := -eo pipefail -c

PYTHON     ?= python3
VENV       := .venv
BIN        := $(VENV)/bin
PERIOD     ?= latest
LOCK       := requirements.lock
STAMP      := $(VENV)/.installed
LOCK_FLAGS ?=
PIP        := $(BIN)/python -m pip --disable-pip-version-check
# pip stays quiet (-q); some machines' pip configuration also prints one
# "WARNING: Location '...' is ignored" line per package, which is dropped here.
# pipefail keeps pip's exit status.
QUIET_PIP  := { grep -v "^WARNING: Location '.*' is ignored" || true; }

.PHONY: report test test-fast test-times lab scenarier check lock benchmark

# uv installs the same hashed lock in seconds where pip takes a minute or two: pip installs
# uv alone first (its pinned, hashed lines of the lock), then uv the whole lock and the
# project. uv reads no pip configuration, so where it cannot reach the package index pip
# does all of it from the lock as before.
UV_LINES   := awk '/^uv==/ {p = 1; print; next} p && /^ / {print; next} {p = 0}' $(LOCK)
UV_INSTALL := $(BIN)/uv pip install -q --python $(BIN)/python

$(STAMP): $(LOCK) pyproject.toml
	@echo "Installerar beroenden (första gången, högst ett par minuter)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(PIP) install -q --require-hashes -r <($(UV_LINES)) 2>&1 | $(QUIET_PIP)
	@$(UV_INSTALL) --require-hashes -r $(LOCK) 2>/dev/null \
		|| $(PIP) install -q --require-hashes -r $(LOCK) 2>&1 | $(QUIET_PIP)
	@$(UV_INSTALL) --no-deps -e . 2>/dev/null \
		|| $(PIP) install -q --no-deps -e . 2>&1 | $(QUIET_PIP)
	@$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (itvt)" >/dev/null
	@touch $(STAMP)

report: $(STAMP)
	@$(BIN)/itvt run --period $(PERIOD)

# The whole suite on every core (pytest-xdist). --dist loadfile keeps each test file on one
# worker, so a file's module fixtures are built once; the published report is built once
# for all workers (tests/conftest.py). Files are handed out longest first
# (tests/file_times.json, --no-loadscope-reorder): see tests/conftest.py.
PYTEST_WORKERS ?= auto
# Python may keep its bytecode caches (git-ignored __pycache__/) while testing, even where
# the machine sets PYTHONDONTWRITEBYTECODE: otherwise each of the suite's few hundred Python
# processes (pytest workers, itvt runs, kernels) compiles itvt_lib and pytest rewrites every
# test module again.
TEST_ENV := env -u PYTHONDONTWRITEBYTECODE
XDIST    := -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder
test: $(STAMP)
	@$(TEST_ENV) $(BIN)/python -m pytest $(XDIST)

# The whole suite, then each file's seconds into tests/file_times.json (the order above).
test-times: $(STAMP)
	@$(TEST_ENV) $(BIN)/python -m pytest $(XDIST) --store-file-times

# What a developer runs on every change: no notebook or kernel, no itvt subprocess, no
# browser (the `slow` and `browser` marks). Timings: README.md, "Tests".
test-fast: $(STAMP)
	@$(TEST_ENV) $(BIN)/python -m pytest -m "not slow and not browser" $(XDIST)

check: $(STAMP)
	@$(BIN)/itvt check --period $(PERIOD)

# JupyterLab at the repository root (params/ and data/ visible), the workbench open.
lab: $(STAMP)
	@$(BIN)/jupyter lab --ServerApp.root_dir=. $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/scenarier.ipynb

# The workbench as the controller's app (Voilà): no code, Swedish page, 127.0.0.1 with a
# token; prints the one address to open. PORT=8867 when 8866 is taken.
PORT ?= 8866
scenarier: $(STAMP)
	@$(BIN)/python -m itvt_lib.workbench.app $(PORT)

benchmark: $(STAMP)
	@$(BIN)/python benchmarks/run_benchmark.py

lock: $(STAMP)
	@$(BIN)/uv pip compile --quiet pyproject.toml --extra test --generate-hashes \
		--python $(BIN)/python --custom-compile-command "make lock" $(LOCK_FLAGS) -o $(LOCK)

# Mutation testing of the rule modules (config: [mutmut] in setup.cfg; score and survivors:
# benchmarks/README.md). Works on a copy in mutants/ (git-ignored); not part of `make test`.
# All rule modules by default; a subset: make mutation MUTANTS='itvt_lib.areas.control.*'
MUTANTS ?=
.PHONY: mutation
mutation: $(STAMP)
	$(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/mutmut results
