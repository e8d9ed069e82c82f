"""Parameters: params/defaults.yaml, overridden by params/<period>.yaml, then by flags.

Each file, the overrides and the merged result are validated against the typed model
`Params` (core.settings); a bad parameter is one ParamError line naming the file (or the
flag) and the dotted key, e.g. `params/2024-02.yaml: kommentar.driftredovisnig: unknown
key (did you mean driftredovisning?)`.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import difflib
import typing
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from .errors import ParamError
from .paths import PARAMS_DIR, display_path
from .settings import MERGED, Params

__all__ = ["FLAGS", "Params", "dotted_key", "load_params", "merge", "param_error",
           "source_of", "text", "validate"]

# The CLI flag that sets each overridable parameter (messages name the flag, not the key).
FLAGS = {"tolerance_tkr": "--tolerance-tkr", "hours_per_fte": "--hours-per-fte",
         "share_decimals": "--share-decimals", "notebook_timeout_s": "--notebook-timeout"}
OVERRIDES = "overrides"  # how a message names overrides that are not CLI flags


def _read_yaml(path: Path) -> dict:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{display_path(path)}:{mark.line + 1}" if mark else display_path(path)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ParamError(f"{where}: {problem}") from None
    except UnicodeDecodeError:
        raise ParamError(f"{display_path(path)}: not UTF-8 text") from None
    except OSError as exc:
        raise ParamError(f"{display_path(path)}: cannot be read ({exc.strerror})") from None
    if content is None:
        return {}
    if not isinstance(content, dict):
        raise ParamError(f"{display_path(path)}: expected a mapping of names to values")
    _check_keys(content, (), display_path(path))
    return content


def _check_keys(node, loc: tuple, where: str) -> None:
    """Every mapping key in a params file is text (YAML reads `1:` or `yes:` otherwise)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise ParamError(f"{where}: {dotted_key((*loc, str(key)))}: a key must be "
                                 f"text, not {key!r} (write it in quotes)")
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
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _model_at(loc) -> type[BaseModel] | None:
    """The model class of the mapping at `loc` (None when it is not a model)."""
    model: type[BaseModel] | None = Params
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


def _message(error: dict) -> str:
    """One line for a pydantic error: what is wrong with the value at its key."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    loc = error["loc"]
    if kind == "param":
        return ctx["text"]
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        known = list(model.model_fields) if model is not None else []
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f" (did you mean {close[0]}?)" if close else \
            (f" (known: {', '.join(known)})" if known else "")
        return f"unknown key{hint}"
    if kind == "missing":
        return "missing (required)"
    if kind == "finite_number":
        return f"{value} is not a finite number"
    if kind in ("float_type", "float_parsing"):
        return f"{_short(value)} is not a number"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{_short(value)} is not a whole number"
    if kind == "greater_than":
        return f"{_short(value)} is not greater than {ctx['gt']:g}"
    if kind == "greater_than_equal":
        return f"{_short(value)} is less than {ctx['ge']:g}"
    if kind == "less_than":
        return f"{_short(value)} is not less than {ctx['lt']:g}"
    if kind == "less_than_equal":
        return f"{_short(value)} is greater than {ctx['le']:g}"
    if kind == "string_type":
        return f"expected text, got {_short(value)} (write it in quotes)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping of keys to values, got {_short(value)}"
    if kind == "list_type":
        return f"expected a list, got {_short(value)}"
    if kind == "too_short":
        return f"expected at least {ctx['min_length']} item(s)"
    if kind == "literal_error":
        return f"{_short(value)} is not one of {ctx['expected']}"
    return error["msg"]


def _first_error(content: dict, merged: bool = False) -> tuple[Params | None, dict | None]:
    """`content` as a `Params` model, or its first validation error."""
    try:
        return Params.model_validate(content, context={MERGED: merged}), None
    except ValidationError as exc:
        return None, exc.errors()[0]


def param_error(error: dict, where: str, flags: dict | None = None) -> ParamError:
    """The one-line ParamError of a pydantic error: `where: dotted.key: message`, or
    `--flag: message` for a key set by a flag in `flags`."""
    loc = tuple(error["loc"])
    flag = (flags or {}).get(loc[0]) if loc else None
    if flag is not None:
        rest = dotted_key(loc[1:])
        return ParamError(f"{flag}{' ' + rest if rest else ''}: {_message(error)}")
    key = dotted_key(loc)
    return ParamError(f"{where}: {key}: {_message(error)}" if key
                      else f"{where}: {_message(error)}")


def validate(content: dict, where: str, *, merged: bool = False, flags: dict | None = None
             ) -> Params:
    """`content` as a `Params` model; the first error is a ParamError naming `where` and the
    dotted key (or the flag, for a key in `flags`)."""
    model, error = _first_error(content, merged)
    if error is not None:
        raise param_error(error, where, flags)
    return model


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


def load_params(period, params_dir=None, overrides: dict | None = None) -> dict:
    """Merged and validated parameters for `period` (defaults filled in, as a plain dict);
    None values in `overrides` are ignored."""
    params_dir = Path(params_dir) if params_dir is not None else PARAMS_DIR
    defaults_path = params_dir / "defaults.yaml"
    if not defaults_path.is_file():
        raise ParamError(f"{display_path(defaults_path)}: file not found")
    layers = [(display_path(defaults_path), _read_yaml(defaults_path))]
    period_path = params_dir / f"{period}.yaml"
    if period_path.exists():
        layers.append((display_path(period_path), _read_yaml(period_path)))
    saved_path = params_dir / SAVED_MODELS  # written by the workbench: its models are appended
    saved = _read_yaml(saved_path) if saved_path.exists() else {}
    validate(saved, display_path(saved_path))  # on its own: its own item numbers
    if saved.get("financing_models"):
        defined = [c["financing_models"] for _, c in layers if c.get("financing_models")]
        models = [*(defined[-1] if defined else []), *saved["financing_models"]]
        layers.append((display_path(saved_path), {**saved, "financing_models": models}))
    for where, content in layers:
        validate(content, where)
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    if clean:
        validate(clean, OVERRIDES, flags=FLAGS)
        layers.append((OVERRIDES, clean))
    params: dict = {}
    for _, content in layers:
        params = merge(params, content)
    model, error = _first_error(params, merged=True)
    if error is not None:  # a rule across keys: name the layer that set the key last
        depths = [_defines(content, error["loc"]) for _, content in layers]
        where = layers[max(range(len(layers)), key=lambda i: (depths[i], i))][0]
        raise param_error(error, where, FLAGS if where == OVERRIDES else None)
    return model.model_dump(exclude_none=True)


def source_of(period, params_dir, *keys) -> str:
    """The params file (as displayed) that sets the key path `keys` last: the period's file
    when it sets it, else defaults.yaml (for hooks that check parameters against data)."""
    params_dir = Path(params_dir) if params_dir is not None else PARAMS_DIR
    period_path = params_dir / f"{period}.yaml"
    if period_path.is_file() and keys and _defines(_read_yaml(period_path), keys) == len(keys):
        return display_path(period_path)
    return display_path(params_dir / "defaults.yaml")


def text(params: dict, *keys, default: str = "") -> str:
    """A nested text parameter, e.g. text(p, "kommentar", "driftredovisning")."""
    node = params
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return "" if node is None else str(node)
