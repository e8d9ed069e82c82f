"""Page 80's key figure "Största skillnad mellan finansieringsmodellerna" over fewer models
than the page shows (a model without figures for the year) names the models left out, so
the difference between the others is not read as the largest between every model."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing.report import key_figures, left_out_note


@pytest.mark.parametrize(("models", "expected"), [
    ([], ""),
    (["Växeln efter samtal"],
     "Modellen Växeln efter samtal saknar underlag (uppgift saknas) och ingår inte i "
     "största skillnaden."),
    (["A", "B"],
     "Modellerna A och B saknar underlag (uppgift saknas) och ingår inte i största "
     "skillnaden."),
])
def test_left_out_note(models, expected):
    result = left_out_note(models)
    assert result == expected


def test_a_model_without_its_driver_is_named_beside_the_largest_difference(data_dir, params):
    # Vårgårda's calls of 2023 missing: "Växeln efter samtal" has no cost for 2024, and the
    # largest difference (1 215 tkr, Lika delar mot Nuvarande modell) leaves it out.
    path = data_dir / "fordelningsnycklar.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if "2023,Vårgårda" not in line),
                    encoding="utf-8")
    figures = key_figures(open_report("2024-02", data_dir, params))
    result = [(f.name.rpartition(", ")[2], round(f.value), f.note) for f in figures]
    note = left_out_note(["Växeln efter samtal"])
    expected = [("Herrljunga", 1215, note), ("Vårgårda", 1215, note)]
    assert result == expected


def test_every_model_with_figures_leaves_no_note(data_dir, params):
    figures = key_figures(open_report("2024-02", data_dir, params))
    result = [f.note for f in figures]
    expected = ["", ""]
    assert result == expected
