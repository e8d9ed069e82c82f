"""Which files of the data (or params) folder may be read as inputs: the rule that tells a
change of the inputs from a file that only lies beside them (a workbench open while the data
is corrected, a run whose inputs change while its pages are built).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from pathlib import Path

from .input_files import SUFFIXES
from .ledger.layouts import FOLDER


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
