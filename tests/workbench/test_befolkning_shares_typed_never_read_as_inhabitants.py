"""Befolkning is typed as shares in 2024-02 (the data has only shares) and as inhabitants
in 2023-12: a share typed in one period is never put in the other's boxes as a number of
inhabitants (43,6 beside 12 176 gave Herrljunga 106 tkr instead of 11 603, with no line),
and what was typed in each unit comes back in its own period."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

SHARES, INHABITANTS = "2024-02", "2023-12"


@pytest.fixture
def make(session, params, tmp_path):
    def make(period):
        own = Session(params_dir=params, dataset=session.dataset)
        return Workbench(own, period, outputs_dir=tmp_path / "outputs", debounce=0)
    return make


def _boxes(bench) -> dict[str, str]:
    return {k: box.value for k, box in bench.value_boxes.items()}


def _own(bench):
    table = bench.outcome.tables[results.COMPARISON]
    return table[table["Modell"] == bench.name.value].reset_index(drop=True)


@pytest.mark.parametrize("typed", [["43,7", "43,6"], ["45"], ["45", "45 %"]])
def test_a_share_typed_is_not_an_inhabitant_count_in_another_period(make, typed):
    bench = make(SHARES)
    for text in typed:
        bench.value_boxes["Herrljunga"].value = text
    bench.period.value = INHABITANTS
    fresh = make(INHABITANTS)
    assert _boxes(bench) == _boxes(fresh)
    result, expected = _own(bench), _own(fresh)
    assert result.equals(expected)


def test_what_was_typed_in_each_unit_comes_back_in_its_period(make):
    bench = make(SHARES)
    bench.value_boxes["Herrljunga"].value = "45"
    bench.value_boxes["Vårgårda"].value = "55"
    bench.period.value = INHABITANTS
    bench.value_boxes["Herrljunga"].value = "9 600"
    bench.period.value = SHARES
    assert _boxes(bench) == {"Herrljunga": "45", "Vårgårda": "55"}
    bench.period.value = INHABITANTS
    assert _boxes(bench) == {"Herrljunga": "9 600", "Vårgårda": "12\u00a0176"}
