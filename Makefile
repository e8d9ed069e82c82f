# Two commands do all the set-up: `make report` and `make test`.
# Both create .venv when it is missing (pip install -e ".[test]") and install the
# python3 kernelspec into it (--sys-prefix), then run the report or the tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PERIOD ?= latest
STAMP  := $(VENV)/.installed

.PHONY: report test lab check clean-outputs benchmark

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (itvt)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/itvt run --period $(PERIOD)

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/itvt check --period $(PERIOD)

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

benchmark: $(STAMP)
	$(BIN)/python benchmarks/run_benchmark.py
