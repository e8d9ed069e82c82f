"""Test data by a stated rule: a table of the embedded data saved as the .xlsx a controller
makes of it (the CSV's cells; whole numbers as numbers, empty cells empty), with one edit
of its sheet, in place of the CSV."""

from __future__ import annotations

import csv

import openpyxl

TABLE = "kommunbidrag_kommun"


def table_as_xlsx(data_dir, edit, table: str = TABLE) -> None:
    """data_dir/<table>.csv replaced by <table>.xlsx holding its cells, `edit(sheet)` applied."""
    book = openpyxl.Workbook()
    with open(data_dir / f"{table}.csv", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            book.active.append([int(c) if c.isdigit() else (c or None) for c in row])
    edit(book.active)
    book.save(data_dir / f"{table}.xlsx")
    (data_dir / f"{table}.csv").unlink()
