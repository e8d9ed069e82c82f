"""The sheet "Antaganden" named typed budgetandel values "Budgetandel 2024: Herrljunga" with
the value 9 000, a share's name on a kommunbidrag in tkr (the form's boxes say "Kommunbidrag
per kommun (tkr)"); they are named "Kommunbidrag 2024 (tkr)" now."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.workbench import open_workbench
from itvt_lib.workbench.decision import values_named


@pytest.mark.parametrize(("driver", "year", "shares", "expected"), [
    ("budgetandel", 2024, False, "Kommunbidrag 2024 (tkr)"),
    ("budgetandel", None, False, "Kommunbidrag (tkr)"),
    ("befolkning", 2024, True, "Befolkningsandel 2024"),
    ("samtal", 2023, False, "Samtal till växeln 2023"),
])
def test_typed_values_are_named_with_their_unit(driver, year, shares, expected):
    result = values_named(driver, year, shares)
    assert result == expected


def test_typed_kommunbidrag_in_antaganden(params, tmp_path):
    bench = open_workbench("2024-02", params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    bench.pool_drivers["IT Gemensamt"].value = "budgetandel"
    bench.value_boxes["Herrljunga"].value = "9000"
    bench.value_boxes["Vårgårda"].value = "10000"
    lines = bench.assumptions(bench.scenario(), datetime(2024, 3, 1))
    result = [(what, kind[0].text(value)) for what, value, *kind in lines
              if what.startswith(("Kommunbidrag", "Budgetandel"))]
    expected = [("Kommunbidrag 2024 (tkr): Herrljunga", "9\u00a0000"),
                ("Kommunbidrag 2024 (tkr): Vårgårda", "10\u00a0000")]
    assert result == expected
