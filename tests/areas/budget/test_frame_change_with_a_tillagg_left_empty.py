"""Hostile budget rows (areas/budget/report.py): the frame's change since the budget
decision summed the year's tillägg skipping an empty belopp (not yet known; "-" is 0), so
with Personalkostnader +100 and Kapitalkostnader's tillägg left empty the summary said
"Totalt har nämnden fått en utökad ram med 100 tkr under 2024" with every check ok. An
empty tillägg now leaves the change unknown and the sentence out; no row still adds 0."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import budget, open_report

GROUPS = pd.DataFrame({"kontogrupp": ["Personal", "Kapital", "Kommunbidrag"],
                       "ordning": [1, 2, 3], "typ": ["kostnad", "kostnad", "kommunbidrag"]})


@pytest.mark.parametrize(("tillagg", "expected"), [
    ({"Personal": 100.0, "Kapital": -24.0}, 76.0),
    ({"Personal": 100.0, "Kapital": np.nan}, np.nan),
    ({"Personal": 100.0}, 100.0),
], ids=["both", "kapital-empty", "kapital-no-row"])
def test_frame_change_sums_known_tillagg_only_when_all_are_known(tillagg, expected):
    drift = pd.DataFrame({"year": 2024, "period": None, "measure": "tillagg",
                          "kontogrupp": list(tillagg), "belopp": list(tillagg.values())})
    result = budget.frame_change(drift, GROUPS, 2024)
    np.testing.assert_allclose(result, expected)


def test_summary_says_nothing_of_a_frame_change_it_does_not_know(data_dir):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    for old, new in (("2024,,tillagg,Personalkostnader,-", "2024,,tillagg,Personalkostnader,100"),
                     ("2024,,tillagg,Kapitalkostnader,-24", "2024,,tillagg,Kapitalkostnader,"),
                     ("2024,,tillagg,Kommunbidrag,-24", "2024,,tillagg,Kommunbidrag,")):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    result = [line for line in budget.summary(open_report("2024-02", data_dir))
              if "ram" in line or "kommunbidraget" in line]
    assert result == []
