"""The workbench's comparison as an Excel workbook, through the project's one workbook
writer (core/workbook.py): one sheet per table, each column of its kind (shares "43,6 %",
years "2023", tkr "8 271"), and a sheet "Antaganden" with what the figures rest on.
See docs/ARCHITECTURE.md, "Layers" and "Kinds of value".
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from ..core.formatting import Kind, is_missing
from ..core.paths import file_slug, scenario_folder
from ..core.workbook import SheetTable, write_book
from .results import column_kinds

ASSUMPTIONS = "Antaganden"


def export_path(name: str, outputs_dir=None, today: date | None = None) -> Path:
    """outputs/scenarier/<YYYY-MM-DD>-<name>.xlsx; when that file exists, -2, -3, … is
    added, so an export never overwrites an earlier one."""
    stem = f"{(today or date.today()).isoformat()}-{file_slug(name)}"
    folder = scenario_folder(outputs_dir)
    path, n = folder / f"{stem}.xlsx", 2
    while path.exists() or path.is_symlink():   # a dangling link is taken too, never followed
        path, n = folder / f"{stem}-{n}.xlsx", n + 1
    return path


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Index as columns, column labels as one line of text."""
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()
    frame = frame.copy()
    frame.columns = [" ".join(str(p) for p in c if str(p)) if isinstance(c, tuple) else str(c)
                     for c in frame.columns]
    return frame


def _text(kind: Kind | None, value) -> str:
    if kind is None:
        return "" if is_missing(value) else str(value)
    return kind.text(value)


def sheet_table(title: str, frame: pd.DataFrame, percent: list[str],
                notes: list[str] | None = None,
                row_kinds: Mapping[str, list] | None = None, decimals: int = 1,
                caption: str | None = None) -> SheetTable:
    """A table of the workbench as a sheet, each column with its kind (a column of
    `row_kinds` cell by cell, as the app shows it: a count, a percent, tkr), and the lines
    the app shows under it (why a figure is missing, what a sign means) as footnotes."""
    frame, row_kinds = _flat(frame), row_kinds or {}
    kinds = column_kinds(frame, percent, decimals)
    columns = list(frame.columns)
    values = [[None if is_missing(v) else (v.item() if hasattr(v, "item") else v)
               for v in row] for row in frame.itertuples(index=False)]
    cells = [[row_kinds[c][i] if c in row_kinds else kinds[c] for c in columns]
             for i in range(len(values))]
    texts = [[_text(kind, v) for kind, v in zip(own, row, strict=True)]
             for own, row in zip(cells, values, strict=True)]
    return SheetTable(title, [caption] if caption else [], columns,
                      [kinds[c] for c in columns], values, texts,
                      footnotes=list(notes or []),
                      cell_kinds=cells if row_kinds else None)


def assumptions_table(lines: list[tuple]) -> SheetTable:
    """The sheet "Antaganden": one line per assumption, (what, text) as text or (what,
    number, kind) as a number of that kind, shown as the form shows it."""
    values, texts, kinds = [], [], []
    for what, value, *kind in lines:
        own = kind[0] if kind else None
        values.append([what, value])
        texts.append([what, own.text(value) if own else str(value)])
        kinds.append([None, own])
    return SheetTable(ASSUMPTIONS, [], ["Uppgift", "Värde"], [None, None], values, texts,
                      cell_kinds=kinds)


def export_excel(sheets: Mapping[str, pd.DataFrame], path: Path,
                 percent_columns: Mapping[str, list[str]] | None = None,
                 assumptions: list[tuple[str, str]] | None = None,
                 created: datetime | None = None,
                 notes: Mapping[str, list[str]] | None = None,
                 row_kinds: Mapping[str, Mapping[str, list]] | None = None,
                 share_decimals: int = 1, captions: Mapping[str, str] | None = None) -> Path:
    """Write each table to its own sheet (with its notes, its cells' own kinds, shares with
    the keys' `share_decimals`, its caption as its title row) through the one workbook
    writer, then the assumptions; return the path it got (`path`, or the next number when
    that name was taken meanwhile)."""
    percent_columns, notes, row_kinds = percent_columns or {}, notes or {}, row_kinds or {}
    captions = captions or {}
    tables = [sheet_table(name, frame, list(percent_columns.get(name, ())), notes.get(name),
                          row_kinds.get(name), share_decimals, captions.get(name))
              for name, frame in sheets.items()]
    if assumptions:
        tables.append(assumptions_table(assumptions))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=".xlsx")
    os.close(handle)
    try:
        write_book(Path(tmp), tables, created or datetime.now().replace(microsecond=0))
        os.chmod(tmp, 0o644)
        return _claim(Path(tmp), path)
    finally:
        os.unlink(tmp)


def _claim(written: Path, path: Path) -> Path:
    """Give the written workbook the name `path`, or the next number beside it when that
    name was taken meanwhile (another tab's export, a link placed there): a hard link
    fails on any name in use, so nothing is written over or through."""
    target, n = path, 2
    while True:
        try:
            try:
                os.link(written, target)
            except FileExistsError:
                raise
            except OSError:   # a folder without hard links (a network share): an exclusive
                with open(target, "xb") as copy:   # create fails on a name in use, and
                    copy.write(written.read_bytes())   # on a link, as a hard link would
            return target
        except FileExistsError:
            target, n = path.with_name(f"{path.stem}-{n}{path.suffix}"), n + 1
