"""Page 80's key figure "Största skillnad mellan finansieringsmodellerna" names the models
that cost a kommun most and least as the page shows them (whole tkr): every model tied at
either end, and models all alike said to be (never "A mot A")."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing.report import costliest_against_cheapest, key_figures


@pytest.mark.parametrize(("costs", "expected"), [
    ({"A": 120.0, "B": 100.0, "C": 110.0}, "A mot B"),
    ({"A": 120.0, "B": 120.0, "C": 100.0}, "A och B mot C"),
    ({"A": 120.0, "B": 100.0, "C": 100.0}, "A mot B och C"),
    ({"A": 100.4, "B": 100.0, "C": 90.0}, "A och B mot C"),     # 100 and 100 as shown
    ({"A": 100.5, "B": 100.0, "C": 90.0}, "A mot C"),           # 101 and 100 as shown
    ({"A": 100.0, "B": 100.0}, "alla modeller ger samma kostnad"),
    ({"A": 100.2, "B": 99.8}, "alla modeller ger samma kostnad"),  # 100 and 100 as shown
])
def test_tied_models_are_all_named(costs, expected):
    result = costliest_against_cheapest(pd.Series(costs))
    assert result == expected


def test_a_model_like_another_is_named_beside_it_on_the_start_page(data_dir, params):
    # Rule: a saved model with the same driver as "Lika delar" costs each kommun the same,
    # so it is named wherever "Lika delar" is (2024-02: the most for Herrljunga, the least
    # for Vårgårda, as the golden sentences of the embedded params read).
    (params / "modeller.yaml").write_text(
        "financing_models:\n  - name: Lika igen\n    driver: lika\n", encoding="utf-8")
    figures = key_figures(open_report("2024-02", data_dir, params))
    result = {f.name.rpartition(", ")[2]: f.rule for f in figures}
    expected = {"Herrljunga": "Lika delar och Lika igen mot Växeln efter samtal",
                "Vårgårda": "Växeln efter samtal mot Lika delar och Lika igen"}
    assert result == expected
