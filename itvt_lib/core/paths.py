"""Project paths, anchored to the package (never to the current directory).
See docs/ARCHITECTURE.md, "Layers".
"""

import getpass
import os
import re
from pathlib import Path

from .encoding import nfc
from .errors import InputError, os_reason, unshowable

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
PARAMS_DIR = ROOT / "params"
NOTEBOOKS_DIR = ROOT / "notebooks"
OUTPUTS_DIR = ROOT / "outputs"


def absolute_path(path) -> Path | None:
    """`path` made absolute against the current folder with its ".." kept for the system to
    read: "link/../data" is the data folder beside the link's target, as `ls` reads it."""
    return None if path is None else Path(os.getcwd(), os.fspath(path))


def display_path(path) -> str:
    """Return `path` relative to the current directory when inside it, else as given."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # outside, or a symlink loop
        return str(path)


SLUG_MAX = 60
SLUG_BYTES = 180   # of UTF-8: 60 letters of 4 bytes (𝔸) made a file name over 255 bytes


def file_slug(name: str) -> str:
    """A file-name part from a model name: letters (å, ä, ö kept), digits and dashes, at
    most 60 characters and SLUG_BYTES bytes; a name without letters or digits ("", ".",
    "..") is refused."""
    name = nfc(str(name))   # "ä" typed on a Mac: a + U+0308
    slug = re.sub(r"[^\w]+", "-", name.strip(), flags=re.UNICODE).strip("-_").lower()
    if not slug:
        raise InputError(f"Namnet ”{name}” går inte att använda som filnamn; ange ett namn "
                         "med bokstäver eller siffror.")
    slug = slug[:SLUG_MAX]
    while len(slug.encode("utf-8")) > SLUG_BYTES:
        slug = slug[:-1]
    return slug.rstrip("-_")


SCENARIO_FOLDER = "scenarier"   # <outputs>/scenarier: the workbench's exports and the memos


def scenario_folder(outputs_dir=None) -> Path:
    """<outputs>/scenarier, made when missing; one that is a symlink (it would lead out of
    the output folder) or cannot be made there is refused (InputError, nothing written)."""
    folder = Path(outputs_dir if outputs_dir is not None else OUTPUTS_DIR) / SCENARIO_FOLDER
    outside_output_folders(folder.parent)
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
    (a user the system has no name for, as in some containers) "användare <uid>". A name
    no page, workbook or params file can hold (a line break, a control or writing-direction
    character: `unshowable`) is an InputError naming where it comes from."""
    given = os.environ.get("ITVT_USER", "").strip()
    try:
        name = given or getpass.getuser()
    except (KeyError, OSError):
        return f"användare {os.getuid()}"
    reason = ("texten innehåller en radbrytning eller tabb; skriv namnet på en rad"
              if any(c in name for c in "\t\n\r") else unshowable(name))
    if reason:
        raise InputError(f"{'ITVT_USER' if given else 'användarnamnet'}: {reason}.")
    return name


def input_around(path, inputs) -> Path | None:
    """The folder of `inputs` (None: not given) that `path` equals, lies in or holds,
    symlinks resolved; None when it stands apart from them all."""
    target = Path(path).resolve()
    for folder in (Path(f).resolve() for f in inputs if f is not None):
        if target == folder or folder in target.parents or target in folder.parents:
            return folder
    return None


OUTPUT_MARKER = ".itvt-output"   # the file that makes a folder an itvt output folder


def enclosing_output_folder(path) -> Path | None:
    """The itvt output folder (one holding OUTPUT_MARKER) that `path` lies inside, symlinks
    resolved (a period's link leads into its `.builds`), or None: a folder inside another
    output folder (a published report, `.builds`) is removed by that folder's next run."""
    target = Path(path).resolve()
    for folder in target.parents:
        if (folder / OUTPUT_MARKER).is_file():
            return folder
    return None


def outside_output_folders(path) -> None:
    """Refuse (InputError) an output folder that lies inside another itvt output folder."""
    folder = enclosing_output_folder(path)
    if folder is not None:
        raise InputError(f"{path}: ligger i utdatamappen {folder}, vars nästa körning tar "
                         "bort det som skrivs där; välj utdatamappen själv eller en egen "
                         "mapp utanför den. Inget skrevs.")


def inputs_clash(path, folder: Path) -> str:
    """Why output folder `path` may not be used: it is in or around input folder `folder`."""
    return (f"{path}: utdatamappen får inte ligga i eller innehålla indatamappen {folder}; "
            "välj en egen mapp för rapporten")


def outputs_apart(outputs_dir=None, data_dir=None, params_dir=None):
    """`outputs_dir` as given when it (None: outputs/) stands apart from the data and params
    folders (None: the project's); else InputError: exports and memos would land among
    the inputs."""
    path = outputs_dir if outputs_dir is not None else OUTPUTS_DIR
    folder = input_around(path, (data_dir or DATA_DIR, params_dir or PARAMS_DIR))
    if folder is not None:
        raise InputError(inputs_clash(path, folder))
    return outputs_dir
