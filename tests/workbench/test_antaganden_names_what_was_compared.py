"""The export's sheet "Antaganden" says what the tables hold: "Jämförda modeller" names the
models compared as computed (Nuvarande modell always, never an unticked one; it was empty
when every box was unticked, while every sheet still held Nuvarande modell), and befolkning
typed as shares is a "Befolkningsandel" in percent (it was "Befolkning 2024: Herrljunga"
43,6, as if a count of inhabitants)."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.core.formatting import NBSP, join_sv
from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, PERIOD, outputs_dir=tmp_path / "outputs", debounce=0)


def _lines(bench) -> dict[str, str]:
    bench.settle()
    lines = bench.assumptions(bench.scenario(), datetime(2024, 3, 1))
    return {what: kind[0].text(value) if kind else value for what, value, *kind in lines}


ALL = ["Nuvarande modell", "Växeln efter samtal", "Budgetandel", "Lika delar",
       "Grundavgift 30 % och befolkning"]


@pytest.mark.parametrize(("unticked", "expected"), [
    ([], ALL),
    (["Växeln efter samtal", "Lika delar"],
     ["Nuvarande modell", "Budgetandel", "Grundavgift 30 % och befolkning"]),
    (ALL, ["Nuvarande modell"])])
def test_the_compared_models_are_those_the_tables_hold(bench, unticked, expected):
    for name in unticked:
        bench.model_boxes[name].value = False
    bench.name.value = "Egen prövning"
    bench.grundavgift.value = "20"
    result = _lines(bench)["Jämförda modeller"]
    assert result == join_sv(expected)
    assert list(dict.fromkeys(bench.outcome.tables["Jämförelse"]["Modell"])) == [
        *expected, "Egen prövning"]


def test_befolkning_typed_as_shares_is_a_share_in_percent(bench):
    bench.name.value = "Egna andelar"
    bench.value_boxes["Herrljunga"].value = "40,25"
    bench.value_boxes["Vårgårda"].value = "59,75"
    result = {what: text for what, text in _lines(bench).items()
              if what.startswith("Befolkning")}
    expected = {"Befolkningsandel 2024: Herrljunga": f"40,25{NBSP}%",
                "Befolkningsandel 2024: Vårgårda": f"59,75{NBSP}%"}
    assert result == expected
