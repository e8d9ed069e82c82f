"""A keystroke or choice that reaches a box or dropdown the period change has just replaced
(the app's browser showed the old one until the kernel's rebuild arrived): it changes
nothing, then or later, and is never kept for another period, where a befolkning share
typed in 2024-02 would be read as inhabitants of 2023-12."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path) -> Workbench:
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


def _shown(bench) -> dict:
    return {"rate": bench.rate_boxes["Personalkostnader"].value,
            "driver": bench.pool_drivers["IT Gemensamt"].value,
            "value": bench.value_boxes["Herrljunga"].value}


@pytest.mark.parametrize(("kind", "typed"), [("rate", "7"), ("driver", "lika"),
                                             ("value", "40")])
def test_a_keystroke_into_a_replaced_box_is_dropped(bench, kind, typed):
    old = {"rate": bench.rate_boxes["Personalkostnader"],
           "driver": bench.pool_drivers["IT Gemensamt"],
           "value": bench.value_boxes["Herrljunga"]}[kind]
    bench.period.value = "2023-12"
    expected = _shown(bench)
    old.value = typed                     # meant for the 2024-02 box the page still showed
    assert _shown(bench) == expected
    bench.period.value = "2024-02"
    bench.period.value = "2023-12"
    result = _shown(bench)
    assert result == expected
    assert bench.outcome is not None and bench.message.value == ""
