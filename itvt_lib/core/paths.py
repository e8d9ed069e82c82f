"""Project paths, anchored to the package (never to the current directory).
See docs/ARCHITECTURE.md, "Layers".
"""

import getpass
import os
import re
import unicodedata
from pathlib import Path

from .errors import InputError

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
PARAMS_DIR = ROOT / "params"
NOTEBOOKS_DIR = ROOT / "notebooks"
OUTPUTS_DIR = ROOT / "outputs"


def display_path(path) -> str:
    """Return `path` relative to the current directory when inside it, else as given."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # outside, or a symlink loop
        return str(path)


SLUG_MAX = 60


def file_slug(name: str) -> str:
    """A file-name part from a model name: letters (å, ä, ö kept), digits and dashes, at
    most 60 characters; a name without letters or digits ("", ".", "..") is refused."""
    name = unicodedata.normalize("NFC", str(name))   # "ä" typed on a Mac: a + U+0308
    slug = re.sub(r"[^\w]+", "-", name.strip(), flags=re.UNICODE).strip("-_").lower()
    if not slug:
        raise InputError(f"Namnet ”{name}” går inte att använda som filnamn; ange ett namn "
                         "med bokstäver eller siffror.")
    return slug[:SLUG_MAX].rstrip("-_")


def user_name() -> str:
    """Who prepares a scenario or a memo: $ITVT_USER, else the computer's user name."""
    return os.environ.get("ITVT_USER", "").strip() or getpass.getuser()
