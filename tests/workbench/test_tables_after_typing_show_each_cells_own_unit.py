"""The tables redrawn after a sequence of changes read as a fresh drawing of the same
figures: 43,6 calls typed for samtal show "43,6", not the "43,6 %" of befolkning's equal
figures drawn before (the redraw cache knew the values but not each cell's kind)."""

from __future__ import annotations

import html

import pytest
import yaml

from itvt_lib.core.formatting import NBSP
from itvt_lib.workbench import Workbench, results, store
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def bench(session, params, tmp_path):
    """The form over a copy of params/, redrawn at once."""
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, PERIOD, outputs_dir=tmp_path / "outputs", debounce=0)


def _own_cells(bench) -> list[str]:
    rows = html.unescape(bench.tables.value).split("<tr>")
    row = next(r for r in rows if "<td" in r and f">{bench.name.value}<" in r)
    return [cell.split(">", 1)[1] for cell in row.split("</td>")[:-1]]


def _type(bench, steps):
    for what, value in steps:
        if what in bench.pool_drivers:
            bench.pool_drivers[what].value = value
        else:
            bench.value_boxes[what].value = value


SAMTAL = [("Telefonväxel", "samtal"), ("Herrljunga", "43,6"), ("Vårgårda", "56,4")]


@pytest.mark.parametrize("steps", [
    SAMTAL,
    [("Herrljunga", "abc"), *SAMTAL],
    [*SAMTAL, ("Telefonväxel", "befolkning"), ("Telefonväxel", "samtal")],
    [*SAMTAL, ("IT Gemensamt", "fast"), ("Herrljunga", "43,6"), ("Vårgårda", "56,4")],
])
def test_tables_read_as_a_fresh_drawing_of_the_same_figures(bench, steps):
    _type(bench, steps)
    result = bench.tables.value
    expected = results.tables_html(bench.outcome, PERIOD)
    assert result == expected


def test_calls_typed_like_befolkning_shares_are_not_shown_in_percent(bench):
    _type(bench, SAMTAL)
    result = _own_cells(bench)[5]     # Underlag Telefonväxel
    assert result == "43,6"
    assert f"43,6{NBSP}%" in _own_cells(bench)[3]   # Underlag IT Gemensamt: befolkning


def test_share_decimals_edited_while_open_show_at_the_next_change(bench):
    for box in list(bench.model_boxes.values())[1:]:
        box.value = False
    params = bench.session.params_dir / f"{PERIOD}.yaml"
    with open(params, "a", encoding="utf-8") as file:
        file.write("\nshare_decimals: 2\n")
    bench.grundavgift.value = "0,0"   # the next change reads the params again
    result = _own_cells(bench)[2]     # Andel IT Gemensamt: 43,6 % either way
    assert result == f"43,60{NBSP}%"


def test_saved_models_reordered_while_open_are_shown_in_their_new_order(bench):
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    for name, calls in (("A", "3 000"), ("B", "4 000")):
        bench.value_boxes["Herrljunga"].value = calls
        bench.name.value = name
        bench.save()
    bench.name.value = "Egen modell"
    path = store.models_path(bench.session.params_dir)
    models = yaml.safe_load(path.read_text(encoding="utf-8"))
    models["financing_models"].reverse()
    path.write_text(yaml.safe_dump(models, allow_unicode=True), encoding="utf-8")
    bench.grundavgift.value = "0,0"   # the next change reads the models again
    result = bench.tables.value
    expected = results.tables_html(bench.outcome, PERIOD)
    assert result == expected
    assert result.index(">B<") < result.index(">A<")
