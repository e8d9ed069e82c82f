"""Where befolkning is given as shares ("Befolkningsandel per kommun (%)", 2024-02), typed
shares sum to 100 % ± 0,1 as in befolkning.csv and as fixed shares do: "43,6" and "65,4"
(a typo, 109 %) were rescaled to 40,0 / 60,0 % without a word, and "0,436" / "0,564"
(fractions pasted from a spreadsheet) to 43,6 / 56,4 %. Counts (2023-12) are weights."""

from __future__ import annotations

import html

import pytest

from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import ScenarioError, Session


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


def _type(bench, herrljunga: str, vargarda: str) -> None:
    bench.value_boxes["Herrljunga"].value = herrljunga
    bench.value_boxes["Vårgårda"].value = vargarda


@pytest.mark.parametrize(("typed", "expected"), [
    (("43,6", "65,4"), "Befolkningsandelarna summerar till 109,0 %, inte 100 %."),
    (("0,436", "0,564"), "Befolkningsandelarna summerar till 1,0 %, inte 100 %."),
    (("40", "40"), "Befolkningsandelarna summerar till 80,0 %, inte 100 %."),
    (("43,4", "56,4"), "Befolkningsandelarna summerar till 99,8 %, inte 100 %."),
])
def test_befolkning_shares_not_summing_to_100_are_one_line_and_no_results(bench, typed,
                                                                          expected):
    _type(bench, *typed)
    result = html.unescape(bench.message.value)
    assert f">{expected}<" in result
    assert bench.outcome is None
    assert bench.save() is None


@pytest.mark.parametrize(("typed", "expected"), [
    (("40", "60"), 0.4), (("43,65", "56,4"), 0.436), (("40 %", "60 %"), 0.4),
])
def test_befolkning_shares_summing_to_100_are_the_models_shares(bench, typed, expected):
    _type(bench, *typed)
    assert bench.message.value == ""
    table = bench.outcome.tables[results.COMPARISON]
    own = table[table["Modell"] == bench.name.value].set_index("Kommun")
    result = own.loc["Herrljunga", "Andel IT Gemensamt"]
    assert result == pytest.approx(expected)


def test_counts_are_weights_and_need_no_sum(bench):
    bench.period.value = "2023-12"
    assert "Antal invånare" in bench.values_title.value
    _type(bench, "9 510", "12 176")
    assert bench.message.value == ""


def test_an_empty_box_or_a_negative_value_is_named_before_the_sum():
    from itvt_lib.workbench.results import typed_shares_sum

    with pytest.raises(ScenarioError, match="summerar till 56,4 %"):
        typed_shares_sum({"A": 56.4, "B": 0.0})
    assert typed_shares_sum({"A": 56.4, "B": None}) is None
    assert typed_shares_sum({"A": 56.4, "B": -5.0}) is None
