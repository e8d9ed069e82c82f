"""A month added to the operating statement without its prognos per kostnadsställe (the
README's "Adding a month" half done): the workbench has no cost of the year to split and
says so above its empty table, in the words of page 80, instead of empty tables alone."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

LINE = "Finansieringsmodellerna saknar underlag för 2024 (uppgift saknas)."


@pytest.fixture
def march(tmp_path):
    """The embedded data with 2024-03 prognos rows in driftredovisning.csv alone."""
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    path = tmp_path / "data" / "driftredovisning.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    added = [line.replace(",2024-02,", ",2024-03,") for line in lines if ",2024-02," in line]
    path.write_text("\n".join([*lines, *added]) + "\n", encoding="utf-8")
    return Session(tmp_path / "data", tmp_path / "params"), tmp_path


@pytest.mark.parametrize(("period", "expected"), [("2024-03", True), ("2024-02", False)])
def test_a_period_without_costs_to_split_says_so(march, period, expected):
    session, tmp_path = march
    bench = Workbench(session, period, outputs_dir=tmp_path / "outputs", debounce=0)
    notes = bench.outcome.notes.get(results.COMPARISON, [])
    result = (LINE in notes, LINE in bench.tables.value)
    assert result == (expected, expected)
