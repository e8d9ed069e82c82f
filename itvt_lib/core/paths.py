"""Project paths, anchored to the package (never to the current directory).
See docs/ARCHITECTURE.md, "Layers".
"""

import getpass
import os
import re
import unicodedata
from pathlib import Path

from .errors import InputError, os_reason

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


SCENARIO_FOLDER = "scenarier"   # <outputs>/scenarier: the workbench's exports and the memos


def scenario_folder(outputs_dir=None) -> Path:
    """<outputs>/scenarier, made when missing; one that is a symlink (it would lead out of
    the output folder) or cannot be made there is refused (InputError, nothing written)."""
    folder = Path(outputs_dir if outputs_dir is not None else OUTPUTS_DIR) / SCENARIO_FOLDER
    if folder.is_symlink():
        raise InputError(f"{folder}: är en symbolisk länk; filen skrivs bara i en vanlig "
                         "mapp scenarier i utdatamappen. Inget skrevs.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{exc.filename or folder} går inte att skriva "
                         f"({os_reason(exc)}); välj en annan mapp. Inget skrevs.") from None
    return folder


def user_name() -> str:
    """Who prepares a scenario or a memo: $ITVT_USER, else the computer's user name, else
    (a user the system has no name for, as in some containers) "användare <uid>"."""
    try:
        return os.environ.get("ITVT_USER", "").strip() or getpass.getuser()
    except (KeyError, OSError):
        return f"användare {os.getuid()}"
