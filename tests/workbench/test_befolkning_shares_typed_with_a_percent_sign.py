"""Where befolkning is given as shares only, the kommun boxes are headed "Befolkningsandel
per kommun (%)" and filled with "43,6"; typing "43,6 %" there was refused ("har ett
procenttecken, som inte hör hemma här"). A share may carry its sign, as fixed shares
may; a count driver's boxes still refuse one."""

from __future__ import annotations

import html

import pytest

from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


def _own(bench):
    table = bench.outcome.tables[results.COMPARISON]
    return table[table["Modell"] == bench.name.value].set_index("Kommun")


@pytest.mark.parametrize("typed", ["40 %", "40%", "40\u00a0%"])
def test_a_befolkning_share_may_carry_a_percent_sign(bench, typed):
    assert "Befolkningsandel per kommun (%)" in bench.values_title.value
    bench.value_boxes["Herrljunga"].value = typed
    bench.value_boxes["Vårgårda"].value = "60"
    assert bench.message.value == ""
    result = _own(bench).loc["Herrljunga", "Andel IT Gemensamt"]
    assert result == pytest.approx(0.4)


def test_a_count_still_refuses_a_percent_sign(bench):
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = "40 %"
    expected = 'Värdet för Herrljunga: "40 %" har ett procenttecken, som inte hör hemma här.'
    assert expected in html.unescape(bench.message.value)
