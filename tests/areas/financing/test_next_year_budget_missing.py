"""Hostile budget rows (areas/financing): a kontogrupp whose budget amount is missing (an
empty belopp, or an empty tillägg) was raised from 0 like a kontogrupp without a budget
row, so next year's table showed Budget 2025 = 0 beside Budget 2024 "uppgift saknas", and
with an uppräkning per kontogrupp the factor (next year's net / this year's) was taken over
the other kontogrupper alone: every kommun's Budget 2025 was published resting on an
unknown amount, with every check ok. The amount stays missing now, and so does the factor
unless every kontogrupp has the same uppräkning; a kontogrupp without a budget row is
missing too, as page 01 shows it (test_next_year_budget_without_a_budget_row)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.areas import open_report

NAN = float("nan")
ROW = '2024,,ursprunglig_budget,"Lokalkostnader, energi, VA",0'


@pytest.mark.parametrize(("per_group", "expected_next", "expected_factor"), [
    ({}, [110.0, NAN], 1.1),
    ({"Personal": 3.0}, [103.0, NAN], NAN),
], ids=["one-uppräkning", "uppräkning-per-kontogrupp"])
def test_next_year_budget_of_a_missing_amount_is_missing(per_group, expected_next,
                                                         expected_factor):
    base = rules.BudgetBase(2024, pd.Series([100.0, NAN], index=["Personal", "Övrigt"]),
                            {}, np.zeros(2))
    result, factor = rules.next_year_budget(base, 10.0, per_group)
    np.testing.assert_allclose(result["Budget 2025"].to_numpy(), expected_next)
    np.testing.assert_allclose(factor, expected_factor)


def with_row(data_dir, row: str):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, row, 1), encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    return rules.inputs_for(ctx.dataset, ctx.period).base.groups


@pytest.mark.parametrize(("row", "expected"), [
    (ROW[:-1], NAN),
    ("", NAN),
], ids=["amount-empty", "no-budget-row"])
def test_budget_base_keeps_a_missing_amount_and_an_absent_row_missing(data_dir, row, expected):
    result = with_row(data_dir, row)["Lokalkostnader, energi, VA"]
    np.testing.assert_allclose(result, expected)
