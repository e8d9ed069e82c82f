"""Parameters: params/defaults.yaml, then the agenda of the meeting the period file names
(params/meetings/<datum>.yaml), overridden by params/<period>.yaml, then by flags.

Each file, the overrides and the merged result are validated against the typed model
`Params` (core.settings); a bad parameter is one ParamError line naming the file (or the
flag) and the dotted key, e.g. `params/2024-02.yaml: kommentar.driftredovisnig: unknown
key (did you mean driftredovisning?)`.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import difflib
import os
import re
import typing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .data_files import lies_beside
from .errors import ParamError
from .paths import PARAMS_DIR, display_path
from .settings import MERGED, Params
from .yaml_files import at_line, dotted_key, read_yaml, short_value

__all__ = ["FLAGS", "Layer", "Params", "Sources", "dotted_key", "load_params", "merge",
           "error_text", "param_error", "read_yaml", "text", "validate"]

# The CLI flag that sets each overridable parameter (messages name the flag, not the key).
FLAGS = {"tolerance_tkr": "--tolerance-tkr", "hours_per_fte": "--hours-per-fte",
         "share_decimals": "--share-decimals", "notebook_timeout_s": "--notebook-timeout"}
OVERRIDES = "overrides"  # how a message names overrides that are not CLI flags


def merge(base: dict, override: dict) -> dict:
    """Return `base` updated by `override`, merging nested mappings key by key."""
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


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


def error_text(error: dict, root: type[BaseModel] = Params) -> str:
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
        return f"{short_value(value)} är inget tal"
    if kind in ("int_type", "int_parsing", "int_from_float"):   # 1.0 as written, never "1"
        return f"{repr(value) if isinstance(value, float) else short_value(value)} är inget heltal"
    if kind == "greater_than":
        return f"{short_value(value)} är inte större än {short_value(ctx['gt'])}"
    if kind == "greater_than_equal":
        return f"{short_value(value)} är mindre än {short_value(ctx['ge'])}"
    if kind == "less_than":
        return f"{short_value(value)} är inte mindre än {short_value(ctx['lt'])}"
    if kind == "less_than_equal":
        return f"{short_value(value)} är större än {short_value(ctx['le'])}"
    if kind == "string_type":
        return f"ska vara text, inte {short_value(value)} (skriv den inom citattecken)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"ska vara en mappning av nycklar till värden, inte {short_value(value)}"
    if kind == "list_type":
        return f"ska vara en lista, inte {short_value(value)}"
    if kind == "too_short":
        return f"ska ha minst {ctx['min_length']} {'post' if ctx['min_length'] == 1 else 'poster'}"
    if kind == "too_long":   # e.g. more financing models than a page can compare
        return (f"har {ctx['actual_length']} poster, högst {ctx['max_length']} går att visa; "
                "ta bort några")
    if kind == "literal_error":
        return f"{short_value(value)} är inget av {_choices(ctx['expected'])}"
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
        return ParamError(f"{flag}{' ' + rest if rest else ''}: {error_text(error, root)}")
    key = dotted_key(loc)
    return ParamError(f"{where}: {key}: {error_text(error, root)}" if key
                      else f"{where}: {error_text(error, root)}")


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
    """One source of parameters: where it is written, its content, for an appended list
    how many items before its own come from earlier layers, and the YAML text when a
    message names the line of a key (`at`)."""

    where: str
    content: dict
    offsets: dict = field(default_factory=dict)
    text: str | None = None

    def at(self, own_loc) -> str:
        """`file:line` of a key in the layer's own numbering (`file` without its text)."""
        return at_line(self.where, self.text, own_loc)


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
    return f"{best[0].at(best[1])}: {dotted_key(best[1])}"


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
        astray = meeting_file_astray(params_dir, f"{datum}.yaml")
        if astray is not None:
            raise ParamError(f"{display_path(astray)}: läses inte (itvt läser sammanträdets "
                             f"fil {MEETINGS_DIR}/{datum}.yaml); flytta filen dit")
        return None
    content = read_yaml(path)
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


def meeting_file_astray(params_dir: Path, name: str) -> Path | None:
    """A file `name` (the period's meeting, ÅÅÅÅ-MM-DD.yaml) in another folder of params
    than meetings/ (Meetings/, sammantraden/), never read: its agenda would be left out."""
    found = sorted(p for p in params_dir.glob(f"*/{name}")
                   if p.parent.name != MEETINGS_DIR and not lies_beside(p.parent.name))
    return found[0] if found else None


def _check_shared_agenda(layer: Layer) -> None:
    """An item with pages in a file shared by several periods (a meeting's file,
    defaults.yaml) names its packet (`unnamed_packet`), else ParamError naming the file
    and the item."""
    unnamed = unnamed_packet(layer.content.get("arenden"))
    if unnamed is not None:
        raise ParamError(f"{layer.where}: {dotted_key(('arenden', unnamed, 'rapport'))}: "
                         "saknas; ett ärende med sidor i en fil som delas av flera perioder "
                         "(mötesfilen eller defaults.yaml) anger rapportens period, t.ex. "
                         'rapport: "2024-02", annars länkar varje periods rapport till sina '
                         "egna sidor")


def unnamed_packet(arenden) -> int | None:
    """The index of the first agenda item with pages (`sidor`) but no packet (`rapport`):
    in a meeting file shared by several periods "this period's pages" differs per packet."""
    for n, item in enumerate(arenden if isinstance(arenden, list) else []):
        if isinstance(item, dict) and item.get("sidor") and item.get("rapport") is None:
            return n
    return None


_PERIOD_FILE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])\.yaml$", re.ASCII)    # a month 01–12
_MEETING_FILE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\.yaml$", re.ASCII)


def is_meeting_file(name: str) -> bool:
    """Whether a file name of params/meetings/ is a day of the calendar, ÅÅÅÅ-MM-DD.yaml
    (2024-02-30.yaml names none: no period file can name it, so it would never be read)."""
    if not _MEETING_FILE.match(name):
        return False
    try:
        date.fromisoformat(name[:10])
    except ValueError:
        return False
    return True


def stray_params_file(params_dir: Path) -> str | None:
    """A file in the params folder that looks like parameters but that itvt would never
    read (`2024-02.yml`, `2024-2.yaml`, `Defaults.yaml`): one Swedish line, else None."""
    known = {"defaults.yaml", SAVED_MODELS}
    for path in sorted(params_dir.iterdir()) if params_dir.is_dir() else []:
        name = path.name
        if not path.is_file() or name in known or _PERIOD_FILE.match(name) or lies_beside(name):
            continue
        if name.lower().endswith((".yml", ".yaml")):
            return (f"{display_path(path)}: läses inte (itvt läser defaults.yaml, "
                    f"{SAVED_MODELS} och en fil per period, ÅÅÅÅ-MM.yaml, t.ex. 2024-02.yaml); "
                    "döp om eller flytta filen")
    meetings = params_dir / MEETINGS_DIR
    for path in sorted(meetings.iterdir()) if meetings.is_dir() else []:
        name = path.name
        if path.is_file() and name.lower().endswith((".yml", ".yaml")) and \
                not is_meeting_file(name) and not lies_beside(name):
            return (f"{display_path(path)}: läses inte (itvt läser en fil per sammanträde, "
                    f"{MEETINGS_DIR}/ÅÅÅÅ-MM-DD.yaml, t.ex. {MEETINGS_DIR}/2024-03-06.yaml); "
                    "döp om eller flytta filen")
    return None


def yaml_text(path: Path) -> str | None:
    """A params file's text as its lines are counted (None when it cannot be read again)."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
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
    layers = [Layer(display_path(defaults_path), read_yaml(defaults_path))]
    meeting_layer = None
    period_path = params_dir / f"{period}.yaml"
    if period_path.exists():
        period_content = read_yaml(period_path)
        meeting_layer = _meeting_layer(params_dir, period_content)
        if meeting_layer is not None:
            layers.append(meeting_layer)
        layers.append(Layer(display_path(period_path), period_content))
    saved_path = params_dir / SAVED_MODELS  # written by the workbench: its models are appended
    if saved_path.exists():
        saved = read_yaml(saved_path)
        for key in saved:   # any other key would override every params file unseen
            if key != APPENDED:
                raise ParamError(f"{display_path(saved_path)}: nyckeln {key!r} skriver "
                                 f"arbetsbänken inte (bara {APPENDED}); rätta filen.")
        if saved.get(APPENDED) is not None:   # none saved (no list): the params' models
            defined = [c.content[APPENDED] for c in layers if c.content.get(APPENDED)]
            earlier = defined[-1] if defined else []
            models = saved[APPENDED]
            layers.append(Layer(display_path(saved_path),
                                {APPENDED: [*earlier, *models] if isinstance(models, list)
                                 else models}, {APPENDED: len(earlier)},
                                yaml_text(saved_path)))
    for layer in layers:
        _validate_layer(layer, model)
    for shared in (layers[0], meeting_layer):   # defaults.yaml and the meeting's file
        if shared is not None:
            _check_shared_agenda(shared)
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    if clean:
        validate(clean, OVERRIDES, flags=FLAGS, model=model)
        layers.append(Layer(OVERRIDES, clean))
    merged: dict = {}
    for n, layer in enumerate(layers):
        erased = erasing(layer.content, merged)
        if erased is not None:
            raise ParamError(f"{layer.where}: {dotted_key(erased)}: inget värde, så värdet "
                             f"från {where_set(layers[:n], erased).split(': ', 1)[0]} skulle "
                             "strykas; skriv ett värde eller ta bort raden")
        merged = merge(merged, layer.content)
    result, error = _first_error(merged, merged=True, model=model)
    if error is not None:  # a rule across keys: name the layer that set the key last
        where, _, key = where_set(layers, error["loc"]).partition(": ")
        if where == OVERRIDES:
            raise param_error(error, where, FLAGS)
        raise ParamError(f"{where}: {key}: {error_text(error, model)}" if key
                         else f"{where}: {error_text(error, model)}")
    result._sources = Sources(tuple(layers))
    return result


def erasing(content: dict, earlier: dict, prefix: tuple = ()) -> tuple | None:
    """The key of the first value a file leaves empty (None) that `earlier` files set: an
    empty key (items commented out) would erase it unseen, so it is bad input."""
    for key, value in content.items():
        before = earlier.get(key) if isinstance(earlier, dict) else None
        if value is None and before is not None:
            return (*prefix, key)
        if isinstance(value, dict) and isinstance(before, dict):
            found = erasing(value, before, (*prefix, key))
            if found is not None:
                return found
    return None


def _validate_layer(layer: Layer, model: type[Params]) -> None:
    """One file on its own; an error in an appended item names the item in its own file."""
    _, error = _first_error(layer.content, model=model)
    if error is not None:
        own = _own_loc(layer, error["loc"]) or tuple(error["loc"])
        raise param_error({**error, "loc": own}, layer.at(own))


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
