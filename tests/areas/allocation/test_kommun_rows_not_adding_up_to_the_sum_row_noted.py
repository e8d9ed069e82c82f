"""Page 02's kommun tables, each row in whole tkr: kommunbidrag of 9 177,5 and 9 816,5 −
24 (9 792,5) showed budgets 9 178 + 9 793 beside Summa SeN IT 18 970 (18 970,0), and
avvikelser 907 + (−907) = 0 beside the sum row's −1 (18 970 − 18 971). A reader's (or a
spreadsheet's) sum of the column disagreed with the sum row and, unlike page 01's tables,
nothing under the statement or the allocation table said why."""

from __future__ import annotations

import json

import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.core.paths import NOTEBOOKS_DIR

BUDGETS = {"Herrljunga": "9178", "Vårgårda": "9817"}


def _context(data_dir, budgets):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8")
    for kommun, before in BUDGETS.items():
        row = f"2024,,ursprunglig_budget,{kommun},{before}\n"
        assert row in text
        text = text.replace(row, f"2024,,ursprunglig_budget,{kommun},{budgets[kommun]}\n")
    path.write_text(text, encoding="utf-8")
    return open_report("2024-02", data_dir)


HALVES = {"Herrljunga": "9177.5", "Vårgårda": "9816.5"}
LEAD = "Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
TAIL = " (en avrundningsdifferens)."  # a monthly budget: no total of record


def test_the_statement_notes_its_sum_row(data_dir):
    _, notes = allocation.statement_marked_for(_context(data_dir, HALVES))
    result = notes[-1]
    expected = (LEAD + "Urspr. budget 2024: kommunerna summerar till 18\xa0995 tkr, Summa SeN "
                "IT visar 18\xa0994 tkr; Budget 2024: kommunerna summerar till 18\xa0971 tkr, "
                "Summa SeN IT visar 18\xa0970 tkr; Avvikelse helår: kommunerna summerar till "
                "0 tkr, Summa SeN IT visar −1 tkr" + TAIL)
    assert result == expected


def test_the_allocation_table_notes_its_sum_row_and_leaves_the_shares(data_dir):
    ctx = _context(data_dir, HALVES)
    result = allocation.unsummed_kommuner(allocation.allocation_marked_for(ctx))
    expected = [LEAD + "Budget: kommunerna summerar till 18\xa0971 tkr, Summa SeN IT visar "
                "18\xa0970 tkr; Avvikelse: kommunerna summerar till 0 tkr, Summa SeN IT visar "
                "−1 tkr" + TAIL]
    assert result == expected


@pytest.mark.parametrize("budgets", [BUDGETS, {"Herrljunga": "9177.4", "Vårgårda": "9816.6"}])
def test_rows_that_add_up_as_shown_carry_no_note(data_dir, budgets):
    ctx = _context(data_dir, budgets)
    result = [n for n in allocation.statement_marked_for(ctx)[1] if n.startswith(LEAD)] + \
        allocation.unsummed_kommuner(allocation.allocation_marked_for(ctx))
    assert result == []


def test_the_page_shows_the_allocation_tables_note():
    source = "".join("".join(cell["source"]) for cell in json.loads(
        (NOTEBOOKS_DIR / "02-fordelning-kommuner.ipynb").read_text(encoding="utf-8"))["cells"])
    result = source.count("allocated, allocation.allocation_record_columns(ctx))")
    assert result == 1
