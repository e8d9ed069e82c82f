"""Parameters: params/defaults.yaml, overridden by params/<period>.yaml, then by flags."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ParamError
from .paths import PARAMS_DIR, display_path


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
    if content is None:
        return {}
    if not isinstance(content, dict):
        raise ParamError(f"{display_path(path)}: expected a mapping of names to values")
    return content


def merge(base: dict, override: dict) -> dict:
    """Return `base` updated by `override`, merging nested mappings key by key."""
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def load_params(period, params_dir=None, overrides: dict | None = None) -> dict:
    """Merged parameters for `period`; None values in `overrides` are ignored."""
    params_dir = Path(params_dir) if params_dir is not None else PARAMS_DIR
    defaults_path = params_dir / "defaults.yaml"
    if not defaults_path.exists():
        raise ParamError(f"{display_path(defaults_path)}: file not found")
    params = _read_yaml(defaults_path)
    period_path = params_dir / f"{period}.yaml"
    if period_path.exists():
        params = merge(params, _read_yaml(period_path))
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    params = merge(params, clean)
    _check_numbers(params, defaults_path)
    return params


def _check_numbers(params: dict, where: Path) -> None:
    for name in ("tolerance_tkr", "share_decimals", "hours_per_fte", "notebook_timeout_s"):
        value = params.get(name)
        if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)
                                  or value < 0):
            raise ParamError(f"{name}: {value!r} is not a non-negative number")


def text(params: dict, *keys, default: str = "") -> str:
    """A nested text parameter, e.g. text(p, "kommentar", "driftredovisning")."""
    node = params
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return "" if node is None else str(node)
