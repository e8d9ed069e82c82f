"""The workbench's "Budget nästa år per kommun och modell" (and its sheet in the export)
rests on the latest key the data has where next year's is not there yet (befolkning per
1 november two years before, calls of the year before); it says so under the table, as
page 80 and the memo do, instead of showing the figures as if next year's key were used."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

BEFOLKNING = ("Befolkningen per 1/11 2023 (nyckeln för 2025) finns inte i underlaget; "
              "den senast kända nyckeln, per 1/11 2022, används.")
SAMTAL = "det senast kända underlaget (2023) används."


@pytest.fixture
def bench(session, tmp_path) -> Workbench:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


@pytest.mark.parametrize(("driver", "expected"), [
    ("befolkning", [BEFOLKNING]),
    ("samtal", [BEFOLKNING, SAMTAL]),
])
def test_next_years_table_names_the_key_it_falls_back_on(bench, driver, expected):
    bench.pool_drivers["Telefonväxel"].value = driver
    notes = bench.outcome.notes.get(results.NEXT, [])
    result = [any(line.endswith(text) for line in notes) for text in expected]
    assert result == [True] * len(expected)
    assert BEFOLKNING in bench.tables.value


def test_next_years_note_does_not_name_the_parameters_uppräkning(bench):
    for box in bench.rate_boxes.values():
        box.value = "3"
    notes = bench.outcome.notes.get(results.NEXT, [])
    assert notes and not any("i parametrarna" in line for line in notes)


def test_the_export_keeps_the_note_under_next_years_table(bench):
    path = bench.export()
    book = openpyxl.load_workbook(path)
    cells = [c for sheet in book for row in sheet.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert BEFOLKNING in cells
