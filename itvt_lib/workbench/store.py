"""Models saved from the workbench: params/modeller.yaml, a file only the workbench writes.

The controller's commented params files are never rewritten. `itvt run` reads this file
and appends its `financing_models` to those of params/ (core/params.py).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from ..areas.financing.params import NAME_MAX
from ..core.encoding import nfc
from ..core.errors import ParamError, blank, unshowable
from ..core.numbers import two_readings
from ..core.params import SAVED_MODELS, read_yaml
from ..core.paths import PARAMS_DIR, display_path
from ..core.settings import name_key

try:
    import fcntl
except ImportError:   # Windows: no flock; one writer assumed
    fcntl = None

MODELS_FILE = SAVED_MODELS
HEADER = ("# Financing models saved from the workbench (notebooks/scenarier.ipynb).\n"
          "# Written by the workbench: edit or delete models here, or save them again\n"
          "# from the form. `itvt run` shows them on the financing-models page.\n")


def models_path(params_dir=None) -> Path:
    """The workbench's models file: <params_dir>/modeller.yaml."""
    return Path(params_dir if params_dir is not None else PARAMS_DIR) / MODELS_FILE


def read_models(params_dir=None) -> list[dict]:
    """The models saved so far (an absent or empty file: none); a hand-edited file that is
    not a list of models with a name each is a Swedish ParamError naming it (the file is
    then never written over)."""
    path = models_path(params_dir)
    if not path.exists():
        return []
    content, shown = read_yaml(path), display_path(path)
    for key in content:
        if key != "financing_models":
            raise ParamError(f"{shown}: nyckeln {key!r} skriver arbetsbänken inte (bara "
                             "financing_models); rätta filen.")
    models = content.get("financing_models") or []
    if not isinstance(models, list):
        raise ParamError(f"{shown}: financing_models ska vara en lista av modeller; rätta "
                         "eller ta bort filen.")
    for n, model in enumerate(models, start=1):
        if not isinstance(model, dict) or not isinstance(model.get("name"), str):
            raise ParamError(f"{shown}: modell {n} i financing_models har inget namn "
                             "(nyckeln ”name” med en text); rätta eller ta bort den.")
        try:    # held to the rules the form saves a name by (one line, NAME_MAX)
            _name(model["name"])
        except ParamError as exc:
            reason = str(exc)
            raise ParamError(f"{shown}: modell {n} i financing_models: "
                             f"{reason[:1].lower()}{reason[1:]}") from None
    return models




def _name(name) -> str:
    """A model's name as stored: trimmed, in NFC (a name typed on a Mac is the same), at
    most NAME_MAX characters on one line (else a Swedish ParamError); a name that shows
    nothing (only invisible characters, `blank`) is none: ""."""
    name = nfc(str(name or "").strip())
    if blank(name):   # the params would refuse it: "namnet saknas", every run stopped
        return ""
    if len(name) > NAME_MAX:
        raise ParamError(f"Namnet är {len(name)} tecken långt; använd högst {NAME_MAX}.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise ParamError("Namnet innehåller en radbrytning eller tabb; skriv det på en rad.")
    reason = unshowable(name)
    if reason:  # a writing-direction control would reverse the figures beside the name
        raise ParamError(f"Namnet: {reason}.")
    return name


READABLE = 0o644   # read by `itvt run`, maybe under another account (mkstemp makes 0600)


def _mode(path: Path) -> int:
    """The models file's permissions: its present ones (a group's write kept), always
    readable by all; a new file: rw-r--r--."""
    try:
        return (path.stat().st_mode & 0o777) | 0o444
    except OSError:
        return READABLE


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, writing a float as a params file reads it back: 33.333 as
    "33.3330", since "33.333" has two readings (33,333 or 33 333) and is refused."""

    def represent_float(self, data):
        node = super().represent_float(data)
        if two_readings(node.value):
            node.value += "0"
        return node


_Dumper.add_representer(float, _Dumper.represent_float)


def _write(models: list[dict], params_dir=None) -> Path:
    """Write the saved models, atomically (a reader sees the old file or the new one),
    readable by all; a failed write (a full disk) leaves no temporary file in params/,
    where `itvt run` would refuse it as a stray parameter file."""
    path = models_path(params_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = HEADER + yaml.dump({"financing_models": models}, Dumper=_Dumper, allow_unicode=True,
                              sort_keys=False, default_flow_style=False)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".modeller-", suffix=".yaml")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


@contextmanager
def _one_writer(params_dir=None) -> Iterator[None]:
    """One change of modeller.yaml at a time: the params folder locked (flock) from the
    read to the write, so that two tabs saving at once keep both models, not the last."""
    folder = models_path(params_dir).parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:   # a folder one may write but not list: saved unlocked, as before
        yield
        return
    try:
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX)
            except OSError:   # a file system without locks: saved unlocked, as before
                pass
        yield
    finally:
        os.close(handle)   # closing releases the lock


def save_model(model: dict, params_dir=None, before: Callable[[], None] | None = None) -> Path:
    """Write `model` into modeller.yaml, replacing a saved model of the same name;
    `before` is called under the lock first (its error refuses the save: a check of the
    files as they are then, not as another tab found them a moment earlier)."""
    name = _name(model.get("name"))
    if not name:
        raise ParamError("Ange ett namn på modellen innan den sparas.")
    model = {"name": name, **{k: v for k, v in model.items() if k != "name"}}
    with _one_writer(params_dir):
        if before is not None:
            before()
        return _write([m for m in read_models(params_dir)
                       if name_key(m.get("name")) != name_key(name)] + [model], params_dir)


def _saved(name: str, params_dir=None) -> list[dict]:
    """The saved models, when `name` is one of them (else a Swedish ParamError)."""
    models = read_models(params_dir)
    if name not in [m.get("name") for m in models]:
        raise ParamError(f"”{name}” är ingen modell sparad från arbetsbänken "
                         f"({models_path(params_dir).name}); den kan inte ändras här.")
    return models


def rename_model(old: str, new: str, params_dir=None, taken=()) -> Path:
    """Give the saved model `old` the name `new` (required, not a name in use: a saved
    model's or one of `taken`, the other params files' models); keep its place."""
    new = _name(new)
    if not new:
        raise ParamError("Ange det nya namnet på modellen.")
    with _one_writer(params_dir):
        models = _saved(old, params_dir)
        others = [m.get("name") for m in models if m.get("name") != old]
        if name_key(new) in {name_key(n) for n in [*taken, *others]}:
            raise ParamError(f"Namnet ”{new}” används redan av en annan modell; välj ett "
                             "annat.")
        return _write([{**m, "name": new} if m.get("name") == old else m for m in models],
                      params_dir)


def delete_model(name: str, params_dir=None) -> Path:
    """Remove the saved model `name` from modeller.yaml (the last one: the file, since an
    empty list of models is not a valid parameter)."""
    with _one_writer(params_dir):
        left = [m for m in _saved(name, params_dir) if m.get("name") != name]
        if left:
            return _write(left, params_dir)
        path = models_path(params_dir)
        path.unlink()
        return path
