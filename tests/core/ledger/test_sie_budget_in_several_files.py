"""A month's #PBUDGET in several SIE files (monthly exports each carry the year's budget)
is taken once for the budget check; files giving one month two different budgets are bad
input naming both (the budget was summed once per file: twelve monthly exports showed
twelve times the budget against the adopted one)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import read_ledger

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]
BUDGET = ["#PBUDGET 0 202301 5011 {} 100.00", "#PBUDGET 0 202302 5011 {} 100.00"]


def write(data_dir, name: str, day: str, budget: list[str]) -> None:
    folder = data_dir / "huvudbok"
    folder.mkdir(exist_ok=True)
    ver = [f'#VER A 1 {day} ""', "{", "#TRANS 5011 {} 10.00", "#TRANS 1930 {} -10.00", "}"]
    (folder / name).write_bytes(("\r\n".join([*HEAD, *budget, *ver]) + "\r\n").encode("cp437"))


def test_budget_carried_by_each_monthly_export_is_taken_once(data_dir):   # 0.00 or absent
    write(data_dir, "jan.se", "20230105", BUDGET)
    write(data_dir, "feb.se", "20230205", [*BUDGET, "#PBUDGET 0 202302 5012 {} 0.00"])
    budgets: list = []
    read_ledger(data_dir, budgets)
    result = pd.concat(budgets).groupby("month")["ore"].sum().to_dict()
    assert result == {1: 10000, 2: 10000}


@pytest.mark.parametrize("other", [
    ["#PBUDGET 0 202301 5011 {} 100.00", "#PBUDGET 0 202302 5011 {} 120.00"],
    ["#PBUDGET 0 202301 5011 {} 100.00", "#PBUDGET 0 202302 5011 {} 100.00",
     "#PBUDGET 0 202302 5012 {} 5.00"],
], ids=["another-amount", "another-account"])
def test_files_giving_a_month_two_budgets_are_bad_input(data_dir, other):
    write(data_dir, "jan.se", "20230105", BUDGET)
    write(data_dir, "feb.se", "20230205", other)
    with pytest.raises(DataError, match=r"huvudbok/jan\.se: #PBUDGET för 2023-02 skiljer sig "
                       r"från den i .*huvudbok/feb\.se") as info:
        read_ledger(data_dir, [])
    assert "\n" not in str(info.value)
