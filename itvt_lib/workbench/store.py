"""Models saved from the workbench: params/modeller.yaml, a file only the workbench writes.

The controller's commented params files are never rewritten. `itvt run` reads this file
and appends its `financing_models` to those of params/ (core/params.py).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from ..core.errors import ParamError
from ..core.params import SAVED_MODELS
from ..core.paths import PARAMS_DIR

MODELS_FILE = SAVED_MODELS
HEADER = ("# Financing models saved from the workbench (notebooks/scenarier.ipynb).\n"
          "# Written by the workbench: edit or delete models here, or save them again\n"
          "# from the form. `itvt run` shows them on the financing-models page.\n")


def models_path(params_dir=None) -> Path:
    """The workbench's models file: <params_dir>/modeller.yaml."""
    return Path(params_dir if params_dir is not None else PARAMS_DIR) / MODELS_FILE


def read_models(params_dir=None) -> list[dict]:
    """The models saved so far (an absent or empty file: none)."""
    path = models_path(params_dir)
    if not path.exists():
        return []
    content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    models = content.get("financing_models") if isinstance(content, dict) else None
    return list(models or [])


def save_model(model: dict, params_dir=None) -> Path:
    """Write `model` into modeller.yaml, replacing a saved model of the same name."""
    name = str(model.get("name") or "").strip()
    if not name:
        raise ParamError("Ange ett namn på modellen innan den sparas.")
    model = {"name": name, **{k: v for k, v in model.items() if k != "name"}}
    models = [m for m in read_models(params_dir) if m.get("name") != name] + [model]
    path = models_path(params_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = HEADER + yaml.safe_dump({"financing_models": models}, allow_unicode=True,
                                   sort_keys=False, default_flow_style=False)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".modeller-", suffix=".yaml")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)
    return path
