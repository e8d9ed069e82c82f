"""A table's file in a sub-folder of the data folder (`data/mars/driftredovisning.csv`,
`data/Nya filer/driftredovisning mars.csv`): never read, so one holding rows newer than the
table's own is bad input, while an archive of older or the same rows lies there unread.
See data/README.md, "Files", and docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from .data_files import (
    LOOKED_AT,
    TEXT,
    copies_table,
    delimiter_of,
    first_rows,
    lies_beside,
    table_named_in,
)
from .encoding import decode_text, nfc
from .errors import DataError
from .input_files import SUFFIXES, read_regular_bytes, read_xlsx_rows
from .ledger.layouts import FOLDER
from .paths import display_path
from .periods import Period

WHEN = ("period", "year", "date")   # the kinds of column that tell which rows are newer
_YEAR_RE = re.compile(r"^[0-9]{4}(?:[.,]0+)?$")
_DATE_RE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9:.]*)?$")
# A month as typed in a file no check reads: "2024-3", "2024/03", "2024-03-01", "202403".
_LOOSE_PERIOD_RE = re.compile(r"^([0-9]{4})(?:\s*[-/.]\s*([0-9]{1,2})(?:[-/.][0-9]{1,2})?|"
                              r"([0-9]{2}))$")


def table_of(file_name: str, tables) -> str | None:
    """The table a file of a sub-folder is named after: its own file name
    (`driftredovisning.csv`) or one naming it (`table_named_in`), read as CSV or xlsx."""
    stem, _, suffix = file_name.rpartition(".")
    if f".{suffix.lower()}" not in (*SUFFIXES, *TEXT) or lies_beside(file_name):
        return None
    return stem.lower() if stem.lower() in tables else table_named_in(file_name, tables)


def table_by_header(path: Path, tables) -> str | None:
    """The table a file named after none holds by its header (`data/mars.csv`,
    `data/driftredovisning mars/export.csv`): the one, or the widest, whose required
    columns a first row names every one of; None when none or two alike (nilex,
    nilex_totaler) do."""
    if path.suffix.lower() not in (*SUFFIXES, *TEXT):
        return None
    rows = [set(row) for row in first_rows(path) or []]
    found = sorted(((len(t.columns), t.name.lower()) for t in tables if any(
        {c.name.lower() for c in t.columns if c.required} <= row for row in rows)),
        reverse=True)
    return found[0][1] if found and (len(found) == 1 or found[0][0] > found[1][0]) else None


def when_value(kind: str, value) -> str | int | None:
    """A cell of a `period`, `year` or `date` column as the loaded table holds it
    ("2024-03", 2024, "2024-03-31" as text; a period also typed "2024-3", "2024/03",
    "2024-03-01" or "202403"), None when it is none."""
    try:
        if kind == "period":
            text = value.strftime("%Y-%m") if hasattr(value, "strftime") else str(value)
            loose = _LOOSE_PERIOD_RE.match(text.strip())
            if loose:
                text = f"{loose.group(1)}-{int(loose.group(2) or loose.group(3)):02d}"
            return str(Period.parse(text))
        if kind == "year":
            text = str(value).strip()
            return int(float(text.replace(",", "."))) if _YEAR_RE.match(text) else None
        if isinstance(value, datetime | date):
            return value.strftime("%Y-%m-%d")
        match = _DATE_RE.match(str(value).strip())
        return match.group(1) if match else None
    except (ValueError, TypeError):
        return None


def newest(kind: str, values: pd.Series) -> str | int | None:
    """The newest value of a loaded table's column of `kind` (None when it has none)."""
    found = [v for v in (when_value(kind, x) for x in values.dropna()) if v is not None]
    return max(found, default=None)


def file_rows(path: Path) -> list[tuple[int, list]] | None:
    """A CSV (or text: each line split on its own comma, semicolon or tab) or xlsx file's
    non-empty rows with their line numbers (None when it cannot be read: rows that cannot
    be told are left)."""
    shown = display_path(path)
    try:
        if path.suffix.lower() == ".xlsx":
            header, rows, _, line = read_xlsx_rows(path, shown)
            return [(line, list(header)), *rows]
        text = nfc(decode_text(read_regular_bytes(path, shown), shown))
    except (DataError, OSError, ValueError):
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [(n, next(csv.reader([x], delimiter=delimiter_of(x)), []))
            for n, x in enumerate(lines, start=1) if x.strip()]


def newer_row(rows: list[tuple[int, list]], when: dict[str, str],
              newest_of: dict) -> tuple[int, str, object] | None:
    """The first row (line, column, value) whose period, year or date is newer than the
    table's newest (`newest_of`), under the first of the first rows naming such a column."""
    heads = ([str("" if v is None else v).strip().lower() for v in head]
             for _, head in rows[:LOOKED_AT + 1])
    found = next(((i, {names.index(c): c for c in when if c in names})
                  for i, names in enumerate(heads) if any(c in names for c in when)), None)
    if found is None:
        return None
    i, where = found
    for line, cells in rows[i + 1:]:
        for j, column in where.items():
            value = when_value(when[column], cells[j]) if j < len(cells) else None
            if value is not None and (newest_of[column] is None
                                      or value > newest_of[column]):
                return line, column, value
    return None


def refuse_newer_in_subfolders(data_dir: Path, tables, frames: dict) -> None:
    """A file below a sub-folder of the data folder (any depth; not hidden, not huvudbok/,
    not directly in a table's own folder `<table>/`) named after a table (`table_of`), or
    by any name in a folder below a table's own folder (`projekttid/mars/2024-03.csv`), or
    in data or below it by a name of its own with a table's header (`table_by_header`), whose
    first rows may be the table's (`copies_table`) and that holds a row whose period, year
    or date is newer than any of the table's own is bad input: that month would be left
    out unseen. `tables`: the Table objects; `frames`: each table's loaded rows."""
    by_name = {t.name.lower(): t for t in tables}
    for path in sorted(data_dir.rglob("*")) if data_dir.is_dir() else []:
        parts = path.relative_to(data_dir).parts
        if (parts[0] == FOLDER or any(lies_beside(p) for p in parts) or not path.is_file()
                or (len(parts) == 2 and parts[0].lower() in by_name)
                or (len(parts) == 1 and table_named_in(path.name, set(by_name)))
                or (len(parts) == 1 and path.stem.lower() in by_name)):
            continue   # (a file of data named after a table: `refuse_stray_table_files`)
        name = table_of(path.name, set(by_name)) if len(parts) > 1 else None
        if len(parts) > 1 and parts[0].lower() in by_name and table_of(
                path.name, {path.stem.lower()}):
            name = parts[0].lower()   # below a table's folder: that table's, by any name
        name = name or table_by_header(path, by_name.values())
        table = by_name.get(name) if name else None
        when = {c.name.lower(): c.kind for c in table.columns if c.kind in WHEN} if table else {}
        if not when or not copies_table(first_rows(path), [c.name for c in table.columns]):
            continue
        frame = frames.get(table.name, pd.DataFrame())
        newest_of = {c: newest(k, frame[c]) if c in frame else None for c, k in when.items()}
        rows = file_rows(path)
        found = newer_row(rows, when, newest_of) if rows else None
        if found:
            line, column, value = found
            have = newest_of[column]
            where = ("en fil i en undermapp till data" if len(parts) > 1
                     else "en fil i data som inte heter som en tabell")
            raise DataError(
                display_path(path), f"läses inte: {where} läses aldrig, och den här har "
                f"{column} {value}, som tabellen {table.name} saknar"
                + (f" (den har till och med {have})" if have is not None else "")
                + f"; för in raderna i {table.name}.csv eller {table.name}.xlsx (eller mappen "
                f"{table.name}/), eller flytta filen ut ur data", line=line, column=column)
