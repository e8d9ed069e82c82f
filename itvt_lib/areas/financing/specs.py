"""The financing models as typed models (`typed_models`: raw ones, as the workbench and
its saved models give them, checked once like params) and checked against the data
(`model_specs`); a bad one is a ModelError, one line naming the file and item.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from pydantic import ValidationError

from ...core.errors import ParamError
from ...core.formatting import as_written
from ...core.params import error_text
from ...core.settings import first_repeat, name_key
from .. import allocation
from .inputs import Inputs, ModelError
from .params import FinancingModel, Upprakning
from .rules import Model
from .schema import BUILTIN_DRIVERS

CURRENT_MODEL = FinancingModel(name="Nuvarande modell", driver="befolkning")
MODEL_KEYS = ("name", "driver", "pools", "grundavgift_procent", "andelar")
RANGE_ERRORS = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")


def is_current(model: FinancingModel) -> bool:
    """Whether `model` is the current model: every pool by population (`befolkning`), no
    pool driver, grundavgift, fixed shares or typed values of its own (page 02's key, by
    which the members paid: a closed year shows its cost of record)."""
    return (model.driver == "befolkning" and not model.pools and not model.grundavgift_procent
            and model.andelar is None and model.underlag is None)


def first_is_current(models: list[FinancingModel] | None, source="params") -> None:
    """The first of the models is the current one (`is_current`): page 80, the key
    figures, the workbench and the memo compare every model with it, and show its closed
    years at their cost of record; else a ModelError naming where it is written."""
    if models and not is_current(models[0]):
        raise ModelError(f'{locator(source)(1)}: den första modellen ("{models[0].name}") är '
                         "den nuvarande och visas med det fastställda bokslutet: den ska ha "
                         "driver: befolkning och inga pools, grundavgift_procent, andelar "
                         "eller underlag; lägg den nuvarande modellen först",
                         "first_not_current", name=models[0].name)
    for n, model in enumerate(models or [], start=1):
        if n > 1 and named_as_current(model.name):
            raise ModelError(f'{locator(source)(n, "name")}: "{model.name}" är det namn sidorna '
                             f'ger den nuvarande modellen (den första, "{models[0].name}"); '
                             "ge modellen ett annat namn", "named_as_current", name=model.name)


def named_as_current(name) -> bool:
    """A name that reads as the current model's ("nuvarande modell", case and spaces aside:
    the pages' sentences and columns call the first model so)."""
    return name_key(name) == name_key(CURRENT_MODEL.name)


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


def _kommun_value(loc) -> str | None:
    """The kommun whose value is at `loc` of a model (andelar, or typed driver values)."""
    if len(loc) == 2 and loc[0] == "andelar" or len(loc) == 3 and loc[:2] == ("underlag",
                                                                              "varden"):
        return str(loc[-1])
    return None


def _model_error(error: dict, where: Callable[[str], str]) -> ModelError:
    """A pydantic error of one model as the ModelError the rules give for it: the reason
    and details a caller translates (`where(key)` names where the value is written)."""
    loc, kind, value = tuple(error["loc"]), error["type"], error.get("input")
    key = ".".join(map(str, loc))
    kommun = _kommun_value(loc)
    if kind == "extra_forbidden" and len(loc) == 1:
        return ModelError(f"{where(key)}: okänd nyckel (kända: {', '.join(MODEL_KEYS)})",
                          "unknown_key")
    if kind == "extra_forbidden":
        return ModelError(f"{where(key)}: {error_text(error, FinancingModel)}", "unknown_key")
    if loc == ("name",):
        name = None if kind == "missing" else value
        return ModelError(f"{where(key)}: namnet saknas", "name_missing", name=name)
    if loc == ("driver",) or len(loc) == 2 and loc[0] == "pools":
        driver = None if kind == "missing" else value
        return ModelError(f"{where(key)}: {error_text(error, FinancingModel)}",
                          "unknown_driver", driver=driver)
    if loc == ("pools",):
        return ModelError(f"{where(key)}: ska vara en mappning pool: driver", "not_a_model")
    if loc == ("andelar",):
        return ModelError(f"{where(key)}: ska vara en mappning kommun: procent", "no_andelar")
    if loc == ("grundavgift_procent",) and kind in RANGE_ERRORS:
        return ModelError(f"{where(key)}: {value:g} ligger inte mellan 0 och 100",
                          "grundavgift_range", value=float(value))
    if loc == ("grundavgift_procent",):
        return ModelError(f"{where(key)}: {_quoted(value)} är inget tal", "not_a_number",
                          field="grundavgift")
    if kommun is not None and value is None:
        return ModelError(f"{where(key)}: värde saknas för {kommun}", "missing_value",
                          kommun=kommun)
    if kommun is not None and kind in RANGE_ERRORS:
        return ModelError(f"{where(key)}: {value:g} är negativt", "negative", kommun=kommun,
                          value=float(value))
    if kommun is not None:
        return ModelError(f"{where(key)}: {_quoted(value)} är inget tal", "not_a_number",
                          kommun=kommun)
    return ModelError(f"{where(key)}: {error_text(error, FinancingModel)}", "bad_value")


def _first(errors: list[dict]) -> dict:
    """The error a model is named by: an unknown key first (often a key misspelt)."""
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def typed_models(raw, source="params") -> list[FinancingModel]:
    """Models in the params schema (mappings; typed ones pass as they are) as typed models,
    checked as params checks them (a list of at least one model, each a `FinancingModel`,
    no name twice); a bad one is a ModelError naming where it is written
    (`locator(source)`)."""
    at = locator(source)
    if not isinstance(raw, list) or not raw:
        raise ModelError(f"{at()}: ska vara en lista med minst en modell", "no_models")
    result = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, (dict, FinancingModel)):
            raise ModelError(f'{at(n)}: ska vara en mappning med "name" och "driver"',
                             "not_a_model")
        try:
            result.append(FinancingModel.model_validate(item))
        except ValidationError as exc:
            raise _model_error(_first(exc.errors()), lambda key, n=n: at(n, key)) from None
    repeat = first_repeat(model.name for model in result)
    if repeat is not None:
        n, name, _ = repeat
        raise ModelError(f"{at(n, 'name')}: namnet används två gånger", "name_twice",
                         name=name)
    return result


def model_specs(models: list[FinancingModel] | None, inputs: Inputs,
                source="params") -> list[Model]:
    """The typed models (None: the current model) checked against the data: a known
    driver and pool, andelar for every kommun summing to 100; bad ones ModelError (a
    ParamError) naming where the value is written (`locator(source)`)."""
    at = locator(source)
    models = [CURRENT_MODEL] if models is None else models
    drivers = (*BUILTIN_DRIVERS, *sorted(d for d in inputs.weights if d not in BUILTIN_DRIVERS))
    result = []
    for n, model in enumerate(models, start=1):
        pools = model.pools or {}
        for pool, driver in [(None, model.driver), *pools.items()]:
            where = at(n, "driver" if pool is None else f"pools.{pool}")
            if pool is not None and pool not in inputs.pools:
                raise ModelError(f'{where}: "{pool}" är ingen pool (gemensamma '
                                 f"kostnadsställen: {', '.join(inputs.pools)})", "unknown_pool",
                                 pool=pool)
            if driver not in drivers:
                raise ModelError(f'{where}: {_quoted(driver)} är ingen fördelningsgrund '
                                 f"({', '.join(drivers)})", "unknown_driver", driver=driver)
        andelar = _andelar(model.andelar, inputs.kommuner, at(n, "andelar"),
                           "fast" in [model.driver, *pools.values()])
        result.append(Model(model.name, model.driver, dict(pools),
                            model.grundavgift_procent / 100, andelar))
    return result


def _andelar(values, kommuner, where: str, needed: bool) -> np.ndarray | None:
    """The fixed shares in percent per kommun (typed: numbers, none negative), when the
    driver or a pool is `fast`; shares given to a model that does not use them would be
    ignored silently, so they are bad input."""
    if values is None and not needed:
        return None
    if not needed:
        raise ModelError(f"{where}: andelarna används bara med fördelningsgrunden fast "
                         "(driver: fast eller en pool med fast); ta bort dem eller välj fast",
                         "unused_andelar")
    if not values:
        raise ModelError(f"{where}: fördelningsgrunden fast behöver en procentsats per kommun",
                         "no_andelar")
    for kommun in values:
        if kommun not in kommuner:
            raise ModelError(f'{where}: "{kommun}" finns inte i kommuner', "unknown_kommun",
                             kommun=kommun)
    for kommun in kommuner:
        if kommun not in values:
            raise ModelError(f"{where}: värde saknas för {kommun}", "missing_value", kommun=kommun)
    shares = np.array([values[k] for k in kommuner], dtype=float)
    if abs(shares.sum() - 100) > allocation.SHARE_SUM_TOLERANCE + 1e-9:
        raise ModelError(f"{where}: andelarna summerar till {as_written(shares.sum())} %, inte 100",
                         "share_sum", total=float(shares.sum()))
    return shares


def upprakning_rates(raw) -> tuple[float, dict[str, float]]:
    """(default, per kontogrupp) of an `upprakning_procent` value (typed, or a mapping as
    the workbench's form gives it), in percent (none: 0)."""
    if isinstance(raw, Upprakning):
        return raw.default, dict(raw.kontogrupper or {})
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ParamError("upprakning_procent: ska vara en mappning med default och kontogrupper")
    default = _percent(raw.get("default", 0), "upprakning_procent.default")
    groups = raw.get("kontogrupper") or {}
    if not isinstance(groups, dict):
        raise ParamError("upprakning_procent.kontogrupper: ska vara en mappning kontogrupp: procent")
    return default, {g: _percent(v, f"upprakning_procent.kontogrupper.{g}", kontogrupp=g)
                     for g, v in groups.items()}


def param_models(params) -> list[FinancingModel] | None:
    """The parameters' financing models, typed as loaded (None: the current model)."""
    return params.financing_models


def param_upprakning(params) -> dict | None:
    """The parameters' uppräkning in the params schema (None: 0 %)."""
    value = params.upprakning_procent
    return None if value is None else value.model_dump(exclude_none=True)


def param_locator(params) -> Callable[..., str]:
    """Where a financing model's key is written, in that file's own item numbers."""
    return lambda n=None, key="": params.sources.where(
        "financing_models", *(() if n is None else (n - 1,)), *(key.split(".") if key else ()))
