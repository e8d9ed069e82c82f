"""What the controller types into the form: numbers read by the project's one number
parser (`core.numbers.parse_typed`) and shown back with a decimal comma; who prepares the
scenario; the folders the form works in.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.numbers import NumberError, parse_typed
from .decision import typed_text  # noqa: F401  (the form imports it from here)
from .results import ScenarioError

VALUE_MAX = 1e9               # a driver value (users, calls, inhabitants) larger is a typo
RATE_RANGE = (-100.0, 1000.0)  # uppräkning in percent: above −100, at most 1 000


def read_number(text: str, what: str, *, percent_sign: bool = False,
                low: float | None = None, high: float | None = None) -> float | None:
    """A typed number (None when the box is empty), or a ScenarioError naming `what`."""
    if not str(text).strip():
        return None
    try:
        value = float(parse_typed(text, percent_sign=percent_sign))
    except NumberError as exc:
        raise ScenarioError(f"{what}: {exc}.") from None
    if low is not None and value <= low:
        raise ScenarioError(f"{what}: värdet måste vara större än {typed_text(low)}.")
    if high is not None and value > high:
        raise ScenarioError(f"{what}: värdet är för stort (högst {typed_text(high)}).")
    return value




ENV_FOLDERS = {"data_dir": "ITVT_DATA_DIR", "params_dir": "ITVT_PARAMS_DIR",
               "outputs_dir": "ITVT_OUTPUTS_DIR"}


def env_folder(given, variable: str) -> Path | None:
    """The folder given, else the environment variable's (made absolute against the
    kernel's working directory when the workbench opens), else None: the project's."""
    if given is not None:
        return Path(given)
    value = os.environ.get(variable, "").strip()
    return Path(value).resolve() if value else None
