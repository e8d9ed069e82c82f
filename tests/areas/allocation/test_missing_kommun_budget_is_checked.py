"""A kommun without a budget for the report's year: the page says the data are missing, and
the checks page says why (the kommunbidrag per kommun cannot be summed to the committee's),
instead of dropping the allocation's checks without a word."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import allocation
from itvt_lib.core.checks import WARN


@pytest.mark.parametrize(("old", "new"), [
    ("2024,,ursprunglig_budget,Vårgårda,9817", "2024,,ursprunglig_budget,Vårgårda,"),
    ("2024,,ursprunglig_budget,Vårgårda,9817\n", ""),
])
def test_missing_kommun_budget_warns_on_the_checks_page(data_dir, old, new):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    ctx = areas.open_report("2024-02", data_dir)
    gathered = areas.gather(ctx)
    result = [(c.description, c.status, c.note) for c in gathered["checks"]
              if c.area == allocation.AREA and "budget 2024" in c.description]
    expected = [("Kommunbidrag per kommun summerar till nämndens kommunbidrag (budget 2024)",
                 WARN, "uppgift saknas")]
    assert allocation.AREA in gathered["no_data"]
    assert result == expected
