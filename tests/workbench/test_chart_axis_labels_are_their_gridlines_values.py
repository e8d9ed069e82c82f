"""Every gridline of a workbench chart is labelled with its own value: for differences
of about ±5 tkr the step was 2,5, so the gridlines at ±2,5 tkr read "−3" and "3"; the
steps are now whole tkr (1, 2, 5, 10, 20, 25, 50, …)."""

from __future__ import annotations

import html
import re

import pytest

from itvt_lib.core.numbers import parse_typed
from itvt_lib.workbench import Workbench, charts
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.mark.parametrize(("low", "high"), [
    (-5, 5), (0, 9), (-4.5, 5), (0, 10), (-1, 1), (0, 3), (-8, 1), (0, 0.3), (0, 100),
    (-21, 21), (0, 10721),
])
def test_every_tick_is_a_whole_tkr(low, high):
    result = charts.nice_ticks(low, high)
    assert result[0] <= low and result[-1] >= high
    assert [t for t in result if t != round(t)] == []


def test_the_difference_chart_labels_its_gridlines_as_they_are(session, params, tmp_path):
    bench = Workbench(Session(params_dir=params, dataset=session.dataset), PERIOD,
                      outputs_dir=tmp_path / "outputs", debounce=0)
    for box in list(bench.model_boxes.values())[1:]:
        box.value = False
    bench.pool_drivers["Telefonväxel"].value = "samtal"   # 624 tkr × 0,8 % = 5 tkr
    bench.value_boxes["Herrljunga"].value = "44,4"
    bench.value_boxes["Vårgårda"].value = "55,6"
    svg = html.unescape(bench.chart.value).split("<svg")[2]
    assert "Egen modell, Herrljunga: 5 tkr" in svg
    lines = [float(y) for y in re.findall(r'<line [^>]*y1="([-\d.]+)"', svg)]
    labels = [float(parse_typed(t)) for t in re.findall(r'text-anchor="end">(.*?)</text>', svg)]
    zero, five = lines[labels.index(0)], lines[labels.index(5)]
    result = [(zero - y) / (zero - five) * 5 for y in lines]   # each gridline's value
    assert result == pytest.approx(labels)
