"""The inputs a run read: the data and params folders' files with their content hashes,
taken before the run reads them and again after a period's notebooks. Every notebook reads
the inputs anew, so a period whose inputs changed meanwhile (an export rewritten while the
pages were built) could show one ledger on one page and another on the next, under the
fingerprint of the first: it is not published. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from pathlib import Path

from ..core.data_files import read_as_data
from ..core.errors import InputError
from ..core.loading import data_key
from ..core.paths import DATA_DIR, PARAMS_DIR, display_path


def inputs_key(data_dir: Path | None, params_dir: Path | None) -> tuple:
    """The data and params folders' files that may be read (read_as_data) with their content
    hashes (data_key)."""
    return (*data_key(data_dir or DATA_DIR, read_as_data),
            *data_key(params_dir or PARAMS_DIR, read_as_data))


def changed_input(before: tuple, data_dir: Path | None, params_dir: Path | None) -> str | None:
    """The first input file added, removed or rewritten since `before` (inputs_key), as
    shown in messages; None when none is."""
    try:
        after = inputs_key(data_dir, params_dir)
    except (InputError, OSError):  # a file being replaced, unreadable for a moment
        after = ()
    changed = sorted(set(before) ^ set(after))
    return display_path(Path(changed[0][0])) if changed else None
