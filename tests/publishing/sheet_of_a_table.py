"""A committee table as `tabeller.xlsx` writes it: displayed by a one-cell executed
notebook, read back from the sheet (label of the first column → the row's other cells)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import nbformat
from openpyxl import load_workbook

from itvt_lib.core.workbook import write_book
from itvt_lib.publishing.workbook import sheet_tables


def sheet_of(styler, folder: Path) -> dict:
    """The sheet of one committee table: {first cell of a row: the row's other cells}."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", styler._repr_mimebundle_())]
    nb.cells = [cell]
    executed = folder / "01-sida.ipynb"
    nbformat.write(nb, executed)
    path = write_book(folder / "tabeller.xlsx",
                      sheet_tables(executed, "Sida", "01", "2023-12", "Rapport"),
                      datetime(2023, 12, 31))
    book = load_workbook(path)
    return {row[0].value: row[1:] for row in book[book.sheetnames[0]].iter_rows(min_row=5)}
