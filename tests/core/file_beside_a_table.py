"""The file the stray-table-file tests put beside a table (no such file is shipped in data/):
a text written as given, or a workbook of (sheet title, rows) pairs in that order."""

from __future__ import annotations

import openpyxl


def write(path, content) -> None:
    """Write `content` to `path`: a str as UTF-8 text, else a workbook of its sheets."""
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
        return
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in content:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
