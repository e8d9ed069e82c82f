"""A value corrected in the data folder while the workbench is open, then a keystroke before
any button: the redraw gives way to the one line saying the data changed, instead of the
old data's figures recomputed as if they were current. A file only touched, or written
again with the same bytes, is no change: the figures are redrawn as before."""

from __future__ import annotations

import os

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session

LINE = "data har ändrats sedan arbetsbänken öppnades"
FILE = "kostnadsstalle_netto.csv"
OLD, NEW = "2024,2024-02,prognos,IT Gemensamt,18347", "2024,2024-02,prognos,IT Gemensamt,19347"


@pytest.fixture
def bench(data_dir, params, tmp_path) -> Workbench:
    return Workbench(Session(data_dir, params), "2024-02",
                     outputs_dir=tmp_path / "outputs", debounce=0)


def _type(bench) -> None:
    next(iter(bench.rate_boxes.values())).value = "2,5"   # an uppräkning typed


def test_a_keystroke_after_a_correction_shows_the_line_not_old_figures(bench):
    path = bench.session.dataset.data_dir / FILE
    path.write_text(path.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    _type(bench)
    result = (bench.outcome, bench.results_box.layout.display, LINE in bench.message.value)
    expected = (None, "none", True)
    assert result == expected


@pytest.mark.parametrize("change", [
    lambda path: os.utime(path, ns=(1, 1)),
    lambda path: path.write_bytes(path.read_bytes()),
], ids=["touched", "same bytes"])
def test_a_file_touched_is_no_change(bench, change):
    change(bench.session.dataset.data_dir / FILE)
    _type(bench)
    result = (bench.outcome is not None, LINE in bench.message.value)
    assert result == (True, False)
