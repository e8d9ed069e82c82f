"""An empty belopp in kostnadsstalle_netto.csv is missing ("uppgift saknas"), not 0
(data/README.md). Notebook 01's table "Kostnadsställe, hittills" summed the budgets it had:
with Telefonväxel's ursprunglig_budget 2024 empty, the sum row showed Budget 2024 18 347
(IT Gemensamt alone) as the committee's whole budget. Rule: a column's sum row is missing
when any kostnadsställe's figure in it is missing."""

from __future__ import annotations

import math

import pytest
from ledger_exports import saldo_csv

from itvt_lib import areas as report
from itvt_lib.areas import budget, ledger, load_dataset

BUDGET, PERIODISED, UTFALL = "Budget 2024", "Budget jan–feb 2024", "Utfall jan–feb 2024"


def centres(data_dir, empty: bool):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2024.csv").write_bytes(saldo_csv())
    if empty:
        path = data_dir / "kostnadsstalle_netto.csv"
        text = path.read_bytes().decode("utf-8")
        row = "2024,,ursprunglig_budget,Telefonväxel,624"
        assert row in text
        path.write_bytes(text.replace(row, "2024,,ursprunglig_budget,Telefonväxel,")
                         .encode("utf-8"))
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    return ledger.centres_ytd_for(ctx), budget.total_label(ctx.params)


@pytest.mark.parametrize("column", [BUDGET, PERIODISED, "Avvikelse"])
def test_a_missing_centre_budget_leaves_the_sum_row_missing(data_dir, column):
    table, total = centres(data_dir, empty=True)
    result = table.loc[total, column]
    assert math.isnan(result)


def test_the_sum_row_keeps_the_whole_columns(data_dir):
    table, total = centres(data_dir, empty=True)
    result = table.loc[total, UTFALL]
    expected = table[UTFALL].drop(total).sum()
    assert result == expected


def test_with_every_budget_the_sum_row_is_the_sum(data_dir):
    table, total = centres(data_dir, empty=False)
    result = table.loc[total, BUDGET]
    expected = 18347.0 + 624.0
    assert result == expected
