"""A kommun's kommunbidrag for a year below 0 (ursprunglig_budget + a larger cut, tillagg)
is bad data: it is the budgetandel key, and a negative key gave the financing models a
share of −2,6 % and 102,6 % with a green check. One Swedish line naming file, line and
column (each row alone, a negative tillägg, is allowed)."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("old", "new", "line"), [
    # A tillägg (a cut) larger than the ursprunglig budget: each row alone is allowed.
    ("2024,,tillagg,Vårgårda,-24", "2024,,tillagg,Vårgårda,-10000", 7),
    ("2024,,tillagg,Herrljunga,-", "2024,,tillagg,Herrljunga,-9179", 6),
])
def test_a_negative_kommun_budget_is_refused(data_dir, old, new, line):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf"kommunbidrag_kommun\.csv:{line}: belopp: "
                       r"kommunbidraget 2024 för \w+ är negativt \(−\d+ tkr\)"):
        areas.open_report("2024-02", data_dir)


@pytest.mark.parametrize(("old", "new"), [
    ("2024,,ursprunglig_budget,Herrljunga,9178", "2024,,ursprunglig_budget,Herrljunga,0"),
    ("2024,,tillagg,Herrljunga,-", "2024,,tillagg,Herrljunga,-9178"),
])
def test_a_kommun_budget_of_zero_or_a_negative_tillagg_is_read(data_dir, old, new):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    areas.open_report("2024-02", data_dir)
