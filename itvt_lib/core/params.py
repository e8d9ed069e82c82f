"""Parameters: params/defaults.yaml, then the agenda of the meeting the period file names
(params/meetings/<datum>.yaml), overridden by params/<period>.yaml, then by flags.

Each file, the overrides and the merged result are validated against the typed model
`Params` (core.settings); a bad parameter is one ParamError line naming the file (or the
flag) and the dotted key, e.g. `params/2024-02.yaml: kommentar.driftredovisnig: unknown
key (did you mean driftredovisning?)`.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import os
import re
import typing
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from .caches import BoundedCache
from .errors import DataError, ParamError, unshowable, yaml_problem
from .paths import PARAMS_DIR, display_path
from .settings import MERGED, Params

__all__ = ["FLAGS", "Layer", "Params", "Sources", "dotted_key", "load_params", "merge",
           "param_error", "read_yaml", "text", "validate"]

# The CLI flag that sets each overridable parameter (messages name the flag, not the key).
FLAGS = {"tolerance_tkr": "--tolerance-tkr", "hours_per_fte": "--hours-per-fte",
         "share_decimals": "--share-decimals", "notebook_timeout_s": "--notebook-timeout"}
OVERRIDES = "overrides"  # how a message names overrides that are not CLI flags


class _KeyTwice(Exception):
    """A mapping that writes one key twice (raised by `_Loader`)."""

    def __init__(self, key, line: int):
        super().__init__(key)
        self.key, self.line = key, line


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key written twice in one mapping (PyYAML keeps the
    last silently; which one she meant would be a guess). Merge keys (`<<`) may override."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                twice = key in seen
            except TypeError:  # an unhashable key: the constructor says so below
                continue
            if twice:
                raise _KeyTwice(key, key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


MAX_YAML_VALUES = 100_000  # values of a params file, aliases expanded (an alias bomb)


def _expanded_size(node, sizes: dict) -> int:
    """How many values `node` holds with every alias expanded: a shared node is counted at
    each use but computed once, so a "billion laughs" is measured, never walked."""
    key = id(node)
    if key not in sizes:
        sizes[key] = 1  # a node that holds itself counts once, not forever
        total = 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += _expanded_size(k, sizes) + _expanded_size(v, sizes)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                total += _expanded_size(item, sizes)
        sizes[key] = total
    return sizes[key]


# A params file's mapping by its text's hash: each open report reads the files again
# (they may have changed), but parses a text it has seen only once (errors never kept).
_PARSED = BoundedCache("params files", 64)


def _read_yaml(path: Path) -> dict:
    from .input_files import read_regular_bytes  # refuses a FIFO or device unread

    shown = display_path(path)
    try:
        raw = read_regular_bytes(path, shown)
    except DataError as exc:
        raise ParamError(str(exc)) from None
    key = hashlib.sha256(raw).digest()
    return copy.deepcopy(_PARSED.get(key, lambda: _parse_yaml(raw, shown)))


def _parse_yaml(raw: bytes, shown: str) -> dict:
    try:
        loader = _Loader(raw.decode("utf-8-sig"))
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_YAML_VALUES:
                raise ParamError(f"{shown}: ogiltig YAML: alias (*namn) som växer till fler än "
                                 f"{MAX_YAML_VALUES} värden; skriv ut värdena")
            content = None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
        if content is None:
            return {}
        if not isinstance(content, dict):
            raise ParamError(f"{shown}: ska vara en mappning av namn till värden")
        _check_keys(content, (), shown)
        _refuse_unshowable(content, (), shown)
        return _nfc_texts(content)
    except _KeyTwice as exc:
        raise ParamError(f"{shown}:{exc.line}: {exc.key}: nyckeln står två gånger i samma "
                         "mappning; ta bort den ena") from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, ESC)
        raise ParamError(f"{shown}: ogiltig YAML: tecknet U+{exc.character:04X} får inte stå "
                         "i en params-fil") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{shown}:{mark.line + 1}" if mark else shown
        raise ParamError(f"{where}: {yaml_problem(getattr(exc, 'problem', None))}") from None
    except RecursionError:
        raise ParamError(f"{shown}: ogiltig YAML: listor eller mappningar nästlade för djupt "
                         "(fler nivåer än en params-fil behöver)") from None
    except UnicodeDecodeError:
        raise ParamError(f"{shown}: är inte text i UTF-8 (spara filen som UTF-8)") from None
    except DataError as exc:
        raise ParamError(str(exc)) from None


def _refuse_unshowable(node, loc: tuple, where: str) -> None:
    """No text of a params file holds a writing-direction control or a control character
    (core.errors.unshowable)."""
    if isinstance(node, str):
        reason = unshowable(node)
        if reason:
            raise ParamError(f"{where}: {dotted_key(loc)}: {reason}")
    elif isinstance(node, dict):
        for key, value in node.items():
            _refuse_unshowable(key, (*loc, key), where)
            _refuse_unshowable(value, (*loc, key), where)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            _refuse_unshowable(item, (*loc, n), where)


def read_yaml(path: Path) -> dict:
    """A params file's mapping, its texts in NFC (bad YAML: a ParamError naming file and
    line)."""
    return _read_yaml(path)


def _nfc_texts(node):
    """Every text of a YAML document in NFC: a name typed on a Mac ("a" + U+0308) is the
    name it looks like ("ä"), as data cells are (core/input_files.py)."""
    if isinstance(node, str):
        return unicodedata.normalize("NFC", node)
    if isinstance(node, dict):
        return {_nfc_texts(k): _nfc_texts(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_nfc_texts(v) for v in node]
    return node


def _check_keys(node, loc: tuple, where: str) -> None:
    """Every mapping key in a params file is text (YAML reads `1:` or `yes:` otherwise)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise ParamError(f"{where}: {dotted_key((*loc, str(key)))}: en nyckel ska vara "
                                 f"text, inte {_short(key)} (skriv den inom citattecken)")
            _check_keys(value, (*loc, key), where)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            _check_keys(item, (*loc, n), where)


def merge(base: dict, override: dict) -> dict:
    """Return `base` updated by `override`, merging nested mappings key by key."""
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def dotted_key(loc) -> str:
    """A location as the user writes it: `status.resultat.green_at`, `arenden[1].rubrik`
    (list items counted from 1)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        elif part == "[key]":
            text += " (key)"
        else:
            text += f".{part}" if text else str(part)
    return text


def _short(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    shown = f'"{value}"' if isinstance(value, str) else str(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _choices(expected: str) -> str:
    """pydantic's list of allowed values ("'a' or 'b'") as a message shows it."""
    return expected.replace("'", '"').replace(" or ", " eller ")


def _model_at(loc, root: type[BaseModel] = Params) -> type[BaseModel] | None:
    """The model class of the mapping at `loc` (None when it is not a model)."""
    model: type[BaseModel] | None = root
    for part in loc:
        if model is None or isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = _model_in(field.annotation)
    return model


def _model_in(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _message(error: dict, root: type[BaseModel] = Params) -> str:
    """One line for a pydantic error: what is wrong with the value at its key."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    loc = error["loc"]
    if kind == "param":
        return ctx["text"]
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1], root)
        known = list(model.model_fields) if model is not None else []
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f" (menade du {close[0]}?)" if close else \
            (f" (kända: {', '.join(known)})" if known else "")
        return f"okänd nyckel{hint}"
    if kind == "missing":
        return "saknas (krävs)"
    if kind == "finite_number":
        return f"{value} är inget ändligt tal"
    if kind in ("float_type", "float_parsing"):
        return f"{_short(value)} är inget tal"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{_short(value)} är inget heltal"
    if kind == "greater_than":
        return f"{_short(value)} är inte större än {_short(ctx['gt'])}"
    if kind == "greater_than_equal":
        return f"{_short(value)} är mindre än {_short(ctx['ge'])}"
    if kind == "less_than":
        return f"{_short(value)} är inte mindre än {_short(ctx['lt'])}"
    if kind == "less_than_equal":
        return f"{_short(value)} är större än {_short(ctx['le'])}"
    if kind == "string_type":
        return f"ska vara text, inte {_short(value)} (skriv den inom citattecken)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"ska vara en mappning av nycklar till värden, inte {_short(value)}"
    if kind == "list_type":
        return f"ska vara en lista, inte {_short(value)}"
    if kind == "too_short":
        return f"ska ha minst {ctx['min_length']} {'post' if ctx['min_length'] == 1 else 'poster'}"
    if kind == "literal_error":
        return f"{_short(value)} är inget av {_choices(ctx['expected'])}"
    return error["msg"]


def _first_error(content: dict, merged: bool = False, model: type[Params] = Params
                 ) -> tuple[Params | None, dict | None]:
    """`content` as `model`, or its first validation error (with the model, for hints)."""
    try:
        return model.model_validate(content, context={MERGED: merged}), None
    except ValidationError as exc:
        return None, {**exc.errors()[0], "model": model}


def param_error(error: dict, where: str, flags: dict | None = None) -> ParamError:
    """The one-line ParamError of a pydantic error: `where: dotted.key: message`, or
    `--flag: message` for a key set by a flag in `flags`."""
    loc, root = tuple(error["loc"]), error.get("model", Params)
    flag = (flags or {}).get(loc[0]) if loc else None
    if flag is not None:
        rest = dotted_key(loc[1:])
        return ParamError(f"{flag}{' ' + rest if rest else ''}: {_message(error, root)}")
    key = dotted_key(loc)
    return ParamError(f"{where}: {key}: {_message(error, root)}" if key
                      else f"{where}: {_message(error, root)}")


def validate(content: dict, where: str, *, merged: bool = False, flags: dict | None = None,
             model: type[Params] = Params) -> Params:
    """`content` as `model`; the first error is a ParamError naming `where` and the dotted
    key (or the flag, for a key in `flags`)."""
    result, error = _first_error(content, merged, model)
    if error is not None:
        raise param_error(error, where, flags)
    return result


def _defines(layer: dict, loc) -> int:
    """How many leading parts of `loc` the mapping `layer` sets."""
    depth, node = 0, layer
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node, depth = node[part], depth + 1
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node, depth = node[part], depth + 1
        else:
            break
    return depth


SAVED_MODELS = "modeller.yaml"  # the workbench's saved financing models
APPENDED = "financing_models"   # the one list whose saved items are appended, not replaced


@dataclass(frozen=True)
class Layer:
    """One source of parameters: where it is written, its content, and for an appended list
    how many items before its own come from earlier layers."""

    where: str
    content: dict
    offsets: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Sources:
    """Where each parameter was written: the layers of one `load_params`, last wins."""

    layers: tuple[Layer, ...]

    def where(self, *loc) -> str:
        """`file: dotted.key` of the layer that sets most of `loc` (the later one on a tie),
        in that file's own item numbers: item 1 of modeller.yaml is `financing_models[1]`."""
        return where_set(self.layers, loc)

    def file(self, *loc) -> str:
        """The file (or flag layer) that set `loc` last."""
        return self.where(*loc).split(": ", 1)[0]


def _own_loc(layer: Layer, loc) -> tuple | None:
    """`loc` in the layer's own numbering (None for an appended item it does not hold)."""
    loc = tuple(loc)
    offset = layer.offsets.get(loc[0]) if loc else None
    if offset is None or len(loc) < 2 or not isinstance(loc[1], int):
        return loc
    return (loc[0], loc[1] - offset, *loc[2:]) if loc[1] >= offset else None


def where_set(layers, loc) -> str:
    """`file: dotted.key` of the layer that sets most of `loc` (the later one on a tie)."""
    if not layers:
        return dotted_key(loc)
    best, depth = (layers[0], tuple(loc)), 0
    for layer in layers:
        own = _own_loc(layer, loc)
        found = -1 if own is None else _defines(layer.content, own)
        if found > 0 and found >= depth:
            best, depth = (layer, own), found
    return f"{best[0].where}: {dotted_key(best[1])}"


MEETINGS_DIR = "meetings"  # params/meetings/<datum>.yaml: one meeting's agenda
MEETING_KEYS = ("meeting", "arenden")


def _meeting_layer(params_dir: Path, period_content: dict) -> Layer | None:
    """The agenda of the meeting the period file names by its date
    (`params/meetings/<datum>.yaml`, shared by every period treated there), or None."""
    meeting = period_content.get("meeting")
    datum = meeting.get("datum") if isinstance(meeting, dict) else None
    if datum is None or not _MEETING_FILE.match(f"{datum}.yaml"):
        return None  # no date, or not one (the model says so): never a path
    path = params_dir / MEETINGS_DIR / f"{datum}.yaml"
    if not os.path.lexists(path):  # a FIFO, folder or broken link is refused when read
        return None
    content = _read_yaml(path)
    for key in content:
        if key not in MEETING_KEYS:
            raise ParamError(f"{display_path(path)}: {key}: en mötesfil innehåller bara "
                             f"{' och '.join(MEETING_KEYS)}")
    own = content.get("meeting")
    own = own.get("datum") if isinstance(own, dict) else None
    if own is not None and str(own) != str(datum):   # which date is the meeting's: a guess
        raise ParamError(f"{display_path(path)}: meeting.datum: {own} skiljer sig från "
                         f"filens namn ({datum}); rätta datumet eller döp om filen")
    return Layer(display_path(path), content)


_PERIOD_FILE = re.compile(r"^\d{4}-\d{2}\.yaml$", re.ASCII)
_MEETING_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.yaml$", re.ASCII)


def stray_params_file(params_dir: Path) -> str | None:
    """A file in the params folder that looks like parameters but that itvt would never
    read (`2024-02.yml`, `2024-2.yaml`, `Defaults.yaml`): one Swedish line, else None."""
    known = {"defaults.yaml", SAVED_MODELS}
    for path in sorted(params_dir.iterdir()) if params_dir.is_dir() else []:
        name = path.name
        if not path.is_file() or name in known or _PERIOD_FILE.match(name):
            continue
        if name.lower().endswith((".yml", ".yaml")):
            return (f"{display_path(path)}: läses inte (itvt läser defaults.yaml, "
                    f"{SAVED_MODELS} och en fil per period, ÅÅÅÅ-MM.yaml, t.ex. 2024-02.yaml); "
                    "döp om eller flytta filen")
    meetings = params_dir / MEETINGS_DIR
    for path in sorted(meetings.iterdir()) if meetings.is_dir() else []:
        name = path.name
        if path.is_file() and name.lower().endswith((".yml", ".yaml")) and \
                not _MEETING_FILE.match(name):
            return (f"{display_path(path)}: läses inte (itvt läser en fil per sammanträde, "
                    f"{MEETINGS_DIR}/ÅÅÅÅ-MM-DD.yaml, t.ex. {MEETINGS_DIR}/2024-03-06.yaml); "
                    "döp om eller flytta filen")
    return None


def load_params(period, params_dir=None, overrides: dict | None = None, *,
                model: type[Params] = Params) -> Params:
    """Merged and validated parameters for `period` as `model` (defaults filled in), with
    the file of every value in `.sources`; None values in `overrides` are ignored."""
    params_dir = Path(params_dir) if params_dir is not None else PARAMS_DIR
    defaults_path = params_dir / "defaults.yaml"
    if not defaults_path.is_file():
        raise ParamError(f"{display_path(defaults_path)}: filen saknas")
    stray = stray_params_file(params_dir)
    if stray:
        raise ParamError(stray)
    layers = [Layer(display_path(defaults_path), _read_yaml(defaults_path))]
    period_path = params_dir / f"{period}.yaml"
    if period_path.exists():
        period_content = _read_yaml(period_path)
        meeting_layer = _meeting_layer(params_dir, period_content)
        if meeting_layer is not None:
            layers.append(meeting_layer)
        layers.append(Layer(display_path(period_path), period_content))
    saved_path = params_dir / SAVED_MODELS  # written by the workbench: its models are appended
    if saved_path.exists():
        saved = _read_yaml(saved_path)
        if saved.get(APPENDED):
            defined = [c.content[APPENDED] for c in layers if c.content.get(APPENDED)]
            earlier = defined[-1] if defined else []
            layers.append(Layer(display_path(saved_path),
                                {**saved, APPENDED: [*earlier, *saved[APPENDED]]},
                                {APPENDED: len(earlier)}))
        else:
            layers.append(Layer(display_path(saved_path), saved))
    for layer in layers:
        _validate_layer(layer, model)
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    if clean:
        validate(clean, OVERRIDES, flags=FLAGS, model=model)
        layers.append(Layer(OVERRIDES, clean))
    merged: dict = {}
    for layer in layers:
        merged = merge(merged, layer.content)
    result, error = _first_error(merged, merged=True, model=model)
    if error is not None:  # a rule across keys: name the layer that set the key last
        where, _, key = where_set(layers, error["loc"]).partition(": ")
        if where == OVERRIDES:
            raise param_error(error, where, FLAGS)
        raise ParamError(f"{where}: {key}: {_message(error, model)}" if key
                         else f"{where}: {_message(error, model)}")
    result._sources = Sources(tuple(layers))
    return result


def _validate_layer(layer: Layer, model: type[Params]) -> None:
    """One file on its own; an error in an appended item names the item in its own file."""
    _, error = _first_error(layer.content, model=model)
    if error is not None:
        own = _own_loc(layer, error["loc"]) or tuple(error["loc"])
        raise param_error({**error, "loc": own}, layer.where)


def text(params, *keys, default: str = "") -> str:
    """A nested text parameter, e.g. text(p, "kommentar", "driftredovisning"); `default`
    when it is not set."""
    node = params
    for key in keys:
        if isinstance(node, BaseModel):
            node = getattr(node, key, None)
        elif isinstance(node, dict):
            node = node.get(key)
        else:
            node = None
        if node is None:
            return default
    return str(node)
