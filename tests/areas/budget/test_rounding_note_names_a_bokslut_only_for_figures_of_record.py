"""The note under a table whose rows as shown do not add up to its sum row ended "(en
avrundningsdifferens, eller bokslutets fastställda summa)" also under a monthly budget or
prognos, the year-to-date ledger tables and a monthly investment table, where no bokslut
is shown: it names a total of record only where a column found holds one."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, investments, open_report
from itvt_lib.areas.budget.statement import kostnadsstalle_sums, record_columns, unsummed_note
from itvt_lib.core.periods import Period

ROUNDING = " (en avrundningsdifferens)."
OF_RECORD = " (en avrundningsdifferens, eller bokslutets fastställda summa)."


@pytest.mark.parametrize("column, of_record_in, tail", [
    ("Budget 2024", set(), ROUNDING),
    ("Prognos 2024", {"Bokslut 2023"}, ROUNDING),
    ("Bokslut 2023", {"Bokslut 2023"}, OF_RECORD),
])
def test_the_reason_of_record_only_for_a_column_of_record(column, of_record_in, tail):
    table = pd.DataFrame({column: [0.5, 0.5, 1.0]}, index=["A", "B", "Summa SeN IT"])
    result = unsummed_note(table, kostnadsstalle_sums(table, "Summa SeN IT"), of_record_in)
    assert len(result) == 1 and result[0].endswith(tail)


@pytest.mark.parametrize("period, expected", [
    ("2024-02", {"Bokslut 2023"}),
    ("2023-12", {"Bokslut 2022", "Bokslut 2021", "Utfall 2023", "Avvikelse"}),
])
def test_the_columns_of_record(data_dir, period, expected):
    ctx = open_report(period, data_dir)
    result = record_columns(ctx.dataset["bokslut_totaler"], Period.parse(period))
    assert result == expected


def test_a_monthly_kommun_table_says_only_rounding(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8")
    for kommun, before, after in (("Herrljunga", "9178", "9177.5"),
                                  ("Vårgårda", "9817", "9816.5")):
        text = text.replace(f"2024,,ursprunglig_budget,{kommun},{before}\n",
                            f"2024,,ursprunglig_budget,{kommun},{after}\n")
    path.write_text(text, encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    result = allocation.statement_marked_for(ctx)[1][-1] + allocation.unsummed_kommuner(
        allocation.allocation_marked_for(ctx), allocation.allocation_record_columns(ctx))[0]
    assert result.count(ROUNDING) == 2 and "bokslut" not in result


def test_the_year_end_investment_total_of_record_is_named(data_dir):
    totals = data_dir / "investeringar_totaler.csv"
    row = "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,,3199\n"
    text = totals.read_text(encoding="utf-8")
    totals.write_text(text.replace(row, row.replace("3199", "3200")), encoding="utf-8")
    _, result = investments.marked_table_for(open_report("2023-12", data_dir))
    assert result[-1].endswith(OF_RECORD)
