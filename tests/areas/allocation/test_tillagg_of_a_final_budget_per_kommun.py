"""A year whose kommunbidrag per kommun is a final `budget` (no tillägg rows, as 2023) does
not say what tillägg each kommun took: the joint costs' tillägg split by the key then
contradicts nothing (it was read as 0 taken by every kommun, and pages 01 and 02 footnoted
a tillägg "not taken by the key")."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation.consistency import tillagg_by_key, tillagg_contradictions

KEY = pd.Series([0.436, 0.564], index=["Herrljunga", "Vårgårda"])
SPECIFIC = pd.Series([0.0, 0.0], index=["Herrljunga", "Vårgårda"])


@pytest.mark.parametrize(("taken", "expected"), [
    (pd.Series(dtype="float64"), []),
    (pd.Series([-24.0], index=["Vårgårda"]), ["Herrljunga", "Vårgårda"]),
], ids=["no-tillagg-rows", "a-year-with-tillagg-rows"])
def test_contradictions(taken, expected):
    found = tillagg_by_key(-24.0, SPECIFIC, taken, KEY)
    result = list(tillagg_contradictions(found, 0.5)["kommun"])
    assert result == expected


def test_final_budget_per_kommun_footnotes_no_tillagg(data_dir, params):
    path = data_dir / "kommunbidrag_kommun.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("2024")]
    lines += ["2024,,budget,Herrljunga,9178", "2024,,budget,Vårgårda,9793"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ctx = open_report("2024-02", data_dir, params)
    result = [c.description for c in allocation.checks(ctx) if "tillägg 2024" in c.description]
    expected = []
    assert result == expected
