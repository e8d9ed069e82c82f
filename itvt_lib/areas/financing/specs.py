"""The models and uppräkning of the parameters, checked against the data (a bad one is a
ModelError, one line naming the file and item).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ...core.errors import ParamError
from .. import allocation
from .inputs import Inputs, ModelError
from .rules import Model
from .schema import BUILTIN_DRIVERS

CURRENT_MODEL = {"name": "Nuvarande modell", "driver": "befolkning"}
MODEL_KEYS = ("name", "driver", "pools", "grundavgift_procent", "andelar")
# Kept with a model saved from the workbench (its scenario); they do not change its figures.
RECORD_KEYS = ("underlag", "upprakning_procent")


def _where(n: int, key: str = "") -> str:
    return f"financing_models[{n}]" + (f".{key}" if key else "")


def _quoted(value) -> str:
    """A value as a message quotes it: text in quotation marks, anything else as written."""
    return f'"{value}"' if isinstance(value, str) else str(value)


def _percent(value, where: str, **details) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) \
            or value != value:
        raise ModelError(f'{where}: {_quoted(value)} är inget tal', "not_a_number", **details)
    return float(value)


def locator(source) -> Callable[..., str]:
    """Where item n's key is written: `source(n, key)` when it is a function (the params'
    own sources), else `<source>: financing_models[n].key`."""
    if callable(source):
        return source
    return lambda n=None, key="": f"{source}: " + (_where(n, key) if n else "financing_models")


def model_specs(raw, inputs: Inputs, source="params") -> list[Model]:
    """The models of the parameters (`financing_models`), checked against the data: a
    known driver and pool, andelar for every kommun summing to 100; bad ones ModelError
    (a ParamError) naming where the value is written (`locator(source)`)."""
    at = locator(source)
    raw = [CURRENT_MODEL] if raw is None else raw
    if not isinstance(raw, list) or not raw:
        raise ModelError(f"{at()}: ska vara en lista med minst en modell", "no_models")
    drivers = (*BUILTIN_DRIVERS, *sorted(d for d in inputs.weights if d not in BUILTIN_DRIVERS))
    result, names = [], set()
    for n, spec in enumerate(raw, start=1):
        if not isinstance(spec, dict):
            raise ModelError(f'{at(n)}: ska vara en mappning med "name" och "driver"',
                             "not_a_model")
        unknown = sorted(set(spec) - set(MODEL_KEYS) - set(RECORD_KEYS))
        if unknown:
            raise ModelError(f"{at(n, unknown[0])}: okänd nyckel "
                             f"(kända: {', '.join(MODEL_KEYS)})", "unknown_key")
        name = spec.get("name")
        if not isinstance(name, str) or not name.strip() or name in names:
            twice = name in names
            raise ModelError(f"{at(n, 'name')}: namnet "
                             f"{'används två gånger' if twice else 'saknas'}",
                             "name_twice" if twice else "name_missing", name=name)
        names.add(name)
        pools = spec.get("pools") or {}
        if not isinstance(pools, dict):
            raise ModelError(f"{at(n, 'pools')}: ska vara en mappning pool: driver",
                             "not_a_model")
        for pool, driver in [(None, spec.get("driver")), *pools.items()]:
            where = at(n, "driver" if pool is None else f"pools.{pool}")
            if pool is not None and pool not in inputs.pools:
                raise ModelError(f'{where}: "{pool}" är ingen pool (gemensamma '
                                 f"kostnadsställen: {', '.join(inputs.pools)})", "unknown_pool",
                                 pool=pool)
            if driver not in drivers:
                raise ModelError(f'{where}: {_quoted(driver)} är ingen fördelningsgrund '
                                 f"({', '.join(drivers)})", "unknown_driver", driver=driver)
        where = at(n, "grundavgift_procent")
        base = _percent(spec.get("grundavgift_procent", 0), where, field="grundavgift")
        if not 0 <= base <= 100:
            raise ModelError(f"{where}: {base:g} ligger inte mellan 0 och 100", "grundavgift_range",
                             value=base)
        andelar = _andelar(spec.get("andelar"), inputs.kommuner, at(n, "andelar"),
                           "fast" in [spec.get("driver"), *pools.values()])
        result.append(Model(name, spec.get("driver"), dict(pools), base / 100, andelar))
    return result


def _andelar(values, kommuner, where: str, needed: bool) -> np.ndarray | None:
    """The fixed shares in percent per kommun, when the driver or a pool is `fast`; shares
    given to a model that does not use them would be ignored silently, so they are bad
    input."""
    if values is None and not needed:
        return None
    if not needed:
        raise ModelError(f"{where}: andelarna används bara med fördelningsgrunden fast "
                         "(driver: fast eller en pool med fast); ta bort dem eller välj fast",
                         "unused_andelar")
    if not isinstance(values, dict) or not values:
        raise ModelError(f"{where}: fördelningsgrunden fast behöver en procentsats per kommun", "no_andelar")
    for kommun in values:
        if kommun not in kommuner:
            raise ModelError(f'{where}: "{kommun}" finns inte i kommuner', "unknown_kommun",
                             kommun=kommun)
    for kommun in kommuner:
        if values.get(kommun) is None:
            raise ModelError(f"{where}: värde saknas för {kommun}", "missing_value", kommun=kommun)
    shares = np.array([_percent(values[k], f"{where}.{k}", kommun=k) for k in kommuner])
    for kommun, share in zip(kommuner, shares, strict=True):
        if share < 0:
            raise ModelError(f"{where}.{kommun}: {share:g} är negativt", "negative",
                             kommun=kommun, value=float(share))
    if abs(shares.sum() - 100) > allocation.SHARE_SUM_TOLERANCE + 1e-9:
        raise ModelError(f"{where}: andelarna summerar till {shares.sum():g} %, inte 100",
                         "share_sum", total=float(shares.sum()))
    return shares


def upprakning_rates(raw) -> tuple[float, dict[str, float]]:
    """(default, per kontogrupp) of an `upprakning_procent` value, in percent (none: 0)."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ParamError("upprakning_procent: ska vara en mappning med default och kontogrupper")
    default = _percent(raw.get("default", 0), "upprakning_procent.default")
    groups = raw.get("kontogrupper") or {}
    if not isinstance(groups, dict):
        raise ParamError("upprakning_procent.kontogrupper: ska vara en mappning kontogrupp: procent")
    return default, {g: _percent(v, f"upprakning_procent.kontogrupper.{g}", kontogrupp=g)
                     for g, v in groups.items()}


def param_models(params) -> list[dict] | None:
    """The parameters' financing models in the params schema (None: the current model)."""
    models = params.financing_models
    return None if models is None else [m.model_dump(exclude_none=True) for m in models]


def param_upprakning(params) -> dict | None:
    """The parameters' uppräkning in the params schema (None: 0 %)."""
    value = params.upprakning_procent
    return None if value is None else value.model_dump(exclude_none=True)


def param_locator(params) -> Callable[..., str]:
    """Where a financing model's key is written, in that file's own item numbers."""
    return lambda n=None, key="": params.sources.where(
        "financing_models", *(() if n is None else (n - 1,)), *(key.split(".") if key else ()))
