"""Page 02's budget split by the key (neutral budget): its sum row's Förändring is the sum
row's shown Budget enligt nyckeln minus its shown Budget, and a column whose rows as shown
do not add up to the sum row is footnoted. Kommunbidrag of 9 177,5 and 9 792,5 (18 970,
within the tolerance of the committee's 18 971) showed Summa 18 970 → 18 971 with a
Förändring of 0 (the rows' −907 + 907), where the row's own amounts read 1."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation.amounts import with_neutral_total
from itvt_lib.core.paths import NOTEBOOKS_DIR


def _table(budgets, neutral):
    budgets = pd.Series(budgets, index=["A", "B"], dtype=float)
    neutral = pd.Series(neutral, index=["A", "B"], dtype=float)
    return pd.DataFrame({"Budget": budgets, "Budget enligt nyckeln": neutral,
                         "Förändring": neutral - budgets.round()})


@pytest.mark.parametrize(("budgets", "neutral", "expected"), [
    ([9177.5, 9792.5], [8271.0, 10700.0], 1.0),   # 18 971 − 18 970, not −907 + 907
    ([9178.0, 9793.0], [8271.0, 10700.0], 0.0),
    ([100.4, 100.4], [100.0, 101.0], 0.0),        # 201 − 201 (200,8)
])
def test_the_sum_rows_change_is_of_its_shown_amounts(budgets, neutral, expected):
    result = with_neutral_total(_table(budgets, neutral), "Summa").loc["Summa", "Förändring"]
    assert result == expected


def test_a_missing_budget_leaves_the_sum_rows_change_missing():
    result = with_neutral_total(_table([100.0, float("nan")], [50.0, 50.0]), "Summa")
    assert result.loc["Summa"].isna().tolist() == [True, False, True]


def test_the_page_notes_the_neutral_table(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8")
    for kommun, before, after in (("Herrljunga", "9178", "9177.5"), ("Vårgårda", "9817", "9816.5")):
        row = f"2024,,ursprunglig_budget,{kommun},{before}\n"
        assert row in text
        text = text.replace(row, f"2024,,ursprunglig_budget,{kommun},{after}\n")
    path.write_text(text, encoding="utf-8")
    neutral = allocation.neutral_budget_for(open_report("2024-02", data_dir))
    assert neutral.iloc[-1].tolist() == [18970.0, 18971.0, 1.0]
    result = allocation.unsummed_kommuner(neutral)
    assert len(result) == 1 and "Förändring: kommunerna summerar till 0 tkr, Summa SeN IT " \
        "visar 1 tkr" in result[0]
    source = "".join("".join(cell["source"]) for cell in json.loads(
        (NOTEBOOKS_DIR / "02-fordelning-kommuner.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "allocation.unsummed_kommuner(neutral)" in source
