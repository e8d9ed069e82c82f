"""Which files of the data (or params) folder may be read as inputs: the rule that tells a
change of the inputs from a file that only lies beside them (a workbench open while the data
is corrected, a run whose inputs change while its pages are built).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from pathlib import Path

from .errors import DataError
from .input_files import SUFFIXES
from .ledger.layouts import FOLDER
from .paths import display_path


def lies_beside(name: str) -> bool:
    """Whether a file name is one no input has: hidden or an office lock file (".x",
    ".~lock.x#", "~$x", a Mac's "._x" on a share, a save's ".modeller-x.yaml")."""
    return name.startswith((".", "~$"))


def read_as_data(relative: Path) -> bool:
    """Whether a file of the data folder (its path in it) may be read as data: nothing hidden
    or an office lock file (".x", ".~lock.x#", "~$x"); in huvudbok/ every other file (an
    export, or one its import refuses); elsewhere a table's suffix (.csv, .xlsx, .xls in any
    case) or YAML, never README.md, Thumbs.db, desktop.ini or an editor's backup (x.csv~)."""
    if any(lies_beside(part) for part in relative.parts):
        return False
    return relative.parts[0] == FOLDER or relative.suffix.lower() in (
        *SUFFIXES, ".xls", ".yaml", ".yml")


def table_named_in(file_name: str, tables) -> str | None:
    """The table a file name of the data folder is named after without being its file
    (`driftredovisning-2024-03.csv`, `driftredovisning - Kopia.xlsx`: the table's name, then
    no letter, then a table's suffix; or `driftredovisning.xls`), the longest; else None."""
    stem, _, suffix = file_name.rpartition(".")
    if f".{suffix.lower()}" not in (*SUFFIXES, ".xls") or lies_beside(file_name):
        return None
    stem = stem.lower()
    if stem in tables:   # its own file, but an Excel 97 workbook (.xls) is never read
        return stem if suffix.lower() == "xls" else None
    named = [t for t in tables if stem.startswith(t) and not stem[len(t)].isalpha()]
    return max(named, key=len, default=None)


def refuse_stray_table_files(data_dir: Path, tables) -> None:
    """A file of the data folder named after a table but never read as it
    (`table_named_in`) is bad input: its rows (a month typed into a file of its own) would
    be left out unseen."""
    names = {t.lower() for t in tables}
    for path in sorted(data_dir.iterdir()) if data_dir.is_dir() else []:
        table = table_named_in(path.name, names) if path.is_file() else None
        if table is not None:
            raise DataError(display_path(path), f"läses inte: tabellen {table} läses bara från "
                            f"{table}.csv eller {table}.xlsx (eller filerna i mappen {table}/); "
                            "för in raderna där, eller döp om eller flytta filen")
