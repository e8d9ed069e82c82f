"""Files that appear in the data folder while the workbench is open but are never read as
data (Windows' Thumbs.db and desktop.ini on a share, an editor's backup "x.csv~" or
autosave "#x.csv#", the folder's README.md edited) are no change of the data: the buttons
still write, the typed values stay. A file that may be read (a table's .csv or .xlsx in any
case, YAML, anything in huvudbok/) is a change: the line, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session

LINE = "data har ändrats sedan arbetsbänken öppnades"


@pytest.fixture
def bench(data_dir, params, tmp_path) -> Workbench:
    return Workbench(Session(data_dir, params), "2024-02",
                     outputs_dir=tmp_path / "outputs", debounce=0)


def _add(data: Path, name: str) -> None:
    path = data / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("x\n")


@pytest.mark.parametrize("name", [
    "Thumbs.db", "desktop.ini", "kostnadsstalle_netto.csv~", "#kostnadsstalle_netto.csv#",
    "README.md", "projekttid/Thumbs.db", ".~lock.kommuner.csv#", "~$kommuner.xlsx"])
def test_a_file_never_read_as_data_leaves_the_buttons_working(bench, name):
    _add(bench.session.dataset.data_dir, name)
    written = bench.export()
    result = (written is not None, LINE in bench.status.value)
    assert result == (True, False)


@pytest.mark.parametrize("name", [
    "kostnadsstalle_netto.csv", "Extra.CSV", "extra.xlsx", "huvudbok_layouts.yaml",
    "huvudbok/2024-02.csv", "huvudbok/anteckning.txt", "projekttid/2024-03.csv"])
def test_a_file_that_may_be_read_is_a_change(bench, name):
    _add(bench.session.dataset.data_dir, name)
    written = bench.export()
    result = (written, LINE in bench.status.value)
    assert result == (None, True)
