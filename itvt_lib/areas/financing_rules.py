"""Financing models, the rules: how each member would pay under another model (issue 14).
The area protocol and the page's tables and sentences are in `financing`, which imports
this module (never the other way round).

Rules:
- A year's joint net cost splits into pools by the joint kostnadsställen (those without a
  kommun in kostnadsstallen.csv); kommunspecifika costs stay with their kommun. A closed
  year's pools are those of record; the difference to the joint net cost of record goes
  to the largest pool. The report's own open year uses the latest prognos.
- A driver is a quantity per kommun and year: befolkning (the key of year Y, population
  (Y−2)-11-01), budgetandel (budget year Y), lika, fast (percent from params), or a driver
  of data/fordelningsnycklar.csv (a count for budget year Y uses year Y−1). A missing
  driver year is missing ("uppgift saknas"), never a number.
- A model maps each pool to a driver, optionally with a grundavgift (a percent of every
  pool split equally). Shares round like keys (allocation.round_shares). Amounts are
  unrounded and shown once, balanced by largest remainder so that rows add up; the
  first model is the current one, and differences are between shown amounts.
- Next year's budget = this year's budget per kontogrupp × (1 + uppräkning), split per
  kommun under each model with the latest key known.

`compare` is the one entry point for a set of models (the report and the workbench);
`inputs_for` extracts everything from the data once per period, so a caller that
recomputes often (the workbench) passes its cached inputs.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from ..core.errors import ParamError
from ..core.periods import Period
from ..core.reference import kommun_names
from . import allocation, budget

BUILTIN_DRIVERS = ("befolkning", "budgetandel", "lika", "fast")
CURRENT_MODEL = {"name": "Nuvarande modell", "driver": "befolkning"}
MODEL_KEYS = ("name", "driver", "pools", "grundavgift_procent", "andelar")


class ModelError(ParamError):
    """A model or a driver value the rules cannot use: one English line, and a `reason`
    with `details` (kommun, value, driver, year, ...) so that a caller can translate it."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message)
        self.reason, self.details = reason, details


# ---------------------------------------------------------------- inputs

@dataclass(frozen=True)
class YearCost:
    """One year's pools (joint net cost per kostnadsställe), kommunspecifika and budget."""

    year: int
    avser: str                      # "utfall" or "prognos YYYY-MM" or "budget"
    pools: dict[str, float]         # pool -> net cost (NaN = missing)
    specific: np.ndarray            # kommunspecifika per kommun
    budget: np.ndarray              # kommunbidrag per kommun (NaN = missing)
    cost_of_record: np.ndarray | None = None    # a closed year's nettokostnad per kommun
    result_of_record: np.ndarray | None = None  # and its resultat per kommun (NaN = none)


@dataclass(frozen=True)
class BudgetBase:
    """The report year's budget that next year's is raised from (extracted once)."""

    year: int
    groups: pd.Series               # kontogrupp -> budget (no kommunbidrag rows), in order
    pools: dict[str, float]         # pool -> budgeted net cost
    specific: np.ndarray            # budgeted kommunspecifika per kommun


@dataclass(frozen=True)
class Inputs:
    """Everything the models need, extracted once from the data (plain arrays)."""

    kommuner: tuple[str, ...]
    pools: tuple[str, ...]
    years: tuple[YearCost, ...]
    weights: dict[str, dict[int, np.ndarray]]   # driver -> year -> weight per kommun
    sources: dict[str, str] = field(default_factory=dict)
    base: BudgetBase | None = None


@dataclass(frozen=True)
class Model:
    """A financing model: a driver per pool, a grundavgift (fraction), fixed shares."""

    name: str
    driver: str
    pools: dict[str, str]
    grundavgift: float = 0.0
    andelar: np.ndarray | None = None

    def driver_for(self, pool: str) -> str:
        return self.pools.get(pool, self.driver)


def joint_pools(kostnadsstallen: pd.DataFrame) -> list[str]:
    """The pools: kostnadsställen without a kommun, in their order."""
    frame = kostnadsstallen.sort_values("ordning") if "ordning" in kostnadsstallen else \
        kostnadsstallen
    return [c for c, k in zip(frame["kostnadsstalle"], frame["kommun"], strict=True)
            if k is None or k != k or k == ""]


def pools_of_record(pools: dict[str, float], record: float | None) -> dict[str, float]:
    """A closed year's pools: the difference to the joint net cost of record goes to the
    largest pool (so that the pools sum to the figure of record)."""
    values = list(pools.values())
    if record is None or record != record or not values or any(v != v for v in values):
        return dict(pools)
    largest = max(pools, key=lambda p: pools[p])
    return {**pools, largest: pools[largest] + float(record) - sum(values)}


def driver_problem(frame: pd.DataFrame):
    """The first problem of driver rows (driver, year, kommun, value) as (row label,
    column, message), or None: a driver is not named like a built-in one, and its values
    per year sum above zero."""
    for i, name in frame["driver"].items():
        if name in BUILTIN_DRIVERS:
            return i, "driver", f'"{name}" is a built-in driver; give the driver another name'
    for (name, year), rows in frame.groupby(["driver", "year"], sort=False):
        if float(rows["value"].sum()) <= 0:
            return rows.index[-1], "value", f"the values of {name} {year} sum to zero"
    return None


def _population_weights(befolkning: pd.DataFrame, kommuner: list[str]) -> dict[int, np.ndarray]:
    result = {}
    for day in sorted(set(befolkning["key_date"])):
        year = day.year + allocation.KEY_LAG_YEARS
        rows = allocation.key_rows(befolkning, year).reindex(kommuner)
        counts = rows["invanare"].astype(float)
        result[year] = counts.where(counts.notna(), rows["andel_procent"].astype(float)).to_numpy()
    return result


def _specific(items: pd.Series, owner: dict, kommuner) -> np.ndarray:
    return np.array([sum(float(v) for c, v in items.items() if owner.get(c) == k)
                     for k in kommuner])


def _budget_base(dataset, year: int, pools, owner: dict, kommuner) -> BudgetBase:
    groups = dataset["kontogrupper"]
    groups = groups[groups["typ"] != "kommunbidrag"].sort_values("ordning")["kontogrupp"]
    this = budget.budget_amounts(budget.drift_for(dataset), "kontogrupp", year).reindex(groups)
    items = budget.budget_amounts(budget.netto_for(dataset), "kostnadsstalle", year)
    return BudgetBase(year, this, {p: float(items.get(p, float("nan"))) for p in pools},
                      _specific(items, owner, kommuner))


def inputs_for(dataset, period: Period) -> Inputs:
    """The models' inputs for a report period: every year up to the period's, and the
    period's budget that next year's is raised from."""
    kommuner = kommun_names(dataset["kommuner"])
    pools = joint_pools(dataset["kostnadsstallen"])
    owner = dict(zip(dataset["kostnadsstallen"]["kostnadsstalle"],
                     dataset["kostnadsstallen"]["kommun"], strict=True))
    netto, totals = budget.netto_for(dataset), dataset["bokslut_totaler"]
    kb = dataset["kommunbidrag_kommun"]
    years = []
    for year in sorted(y for y in set(netto["year"]) if y <= period.year):
        closed = year < period.year or period.is_year_end
        measure = "utfall" if closed else "prognos"
        items = budget.measure_amounts(netto, "kostnadsstalle", year, measure, period)
        if items.empty:
            continue
        year_pools = {p: float(items.get(p, float("nan"))) for p in pools}
        cost_of_record = result_of_record = None
        if closed:
            record = budget.of_record(totals, year).get("nettokostnad_gemensamma")
            year_pools = pools_of_record(year_pools, record)
            cost_of_record = allocation.record_by_kommun(totals, year, "nettokostnad",
                                                         kommuner).to_numpy()
            result_of_record = allocation.record_by_kommun(totals, year, "resultat",
                                                           kommuner).to_numpy()
        years.append(YearCost(year, "utfall" if closed else f"prognos {period}", year_pools,
                              _specific(items, owner, kommuner),
                              allocation.kommun_budget(kb, kommuner, year).to_numpy(),
                              cost_of_record, result_of_record))
    weights = {"befolkning": _population_weights(dataset["befolkning"], kommuner),
               "budgetandel": {y: allocation.kommun_budget(kb, kommuner, y).to_numpy()
                               for y in sorted(set(kb["year"]))}}
    sources = {"befolkning": "; ".join(dict.fromkeys(dataset["befolkning"]["source"]))}
    drivers = dataset["fordelningsnycklar"] if "fordelningsnycklar" in dataset else None
    inputs = Inputs(tuple(kommuner), tuple(pools), tuple(years), weights, sources,
                    _budget_base(dataset, period.year, pools, owner, kommuner))
    return with_drivers(inputs, drivers, checked=True)


def with_drivers(inputs: Inputs, rows: pd.DataFrame | None, checked: bool = False) -> Inputs:
    """The inputs with driver rows (driver, year, kommun, value[, source]) added; a
    (driver, year) in the rows replaces the inputs' values of it. Rows not `checked` (not
    from the validated data) are checked: known kommuner, a non-negative number for every
    kommun, a total above zero, no built-in name (else ModelError)."""
    if rows is None or rows.empty:
        return inputs
    if not checked:
        _check_driver_rows(rows, inputs.kommuner)
    weights = {d: dict(by_year) for d, by_year in inputs.weights.items()}
    sources = dict(inputs.sources)
    for (name, year), part in rows.groupby(["driver", "year"], sort=True):
        values = part.set_index("kommun")["value"].astype(float).reindex(list(inputs.kommuner))
        weights.setdefault(name, {})[int(year)] = values.to_numpy()
    if "source" in rows:
        for name, part in rows.groupby("driver", sort=False):
            sources[name] = "; ".join(dict.fromkeys(part["source"]))
    return replace(inputs, weights=weights, sources=sources)


def _check_driver_rows(rows: pd.DataFrame, kommuner) -> None:
    for kommun, value in zip(rows["kommun"], rows["value"], strict=True):
        if kommun not in kommuner:
            raise ModelError(f"drivers: {kommun!r} is not in kommuner", "unknown_kommun",
                             kommun=kommun)
        if value is None or isinstance(value, bool) or not isinstance(
                value, (int, float, np.number)) or value != value:
            raise ModelError(f"drivers: no value for {kommun}", "missing_value", kommun=kommun)
        if value < 0:
            raise ModelError(f"drivers: the value for {kommun} is negative ({value:g})",
                             "negative", kommun=kommun, value=float(value))
    for (name, year), part in rows.groupby(["driver", "year"], sort=False):
        for kommun in kommuner:
            if kommun not in set(part["kommun"]):
                raise ModelError(f"drivers: no value of {name} {year} for {kommun}",
                                 "missing_value", kommun=kommun)
    problem = driver_problem(rows)
    if problem is not None:
        _, column, message = problem
        raise ModelError(f"drivers: {column}: {message}",
                         "zero_total" if column == "value" else "builtin_driver")


# ---------------------------------------------------------------- rules

def driver_year(driver: str, year: int) -> int:
    """The data year a driver gives budget year Y: Y−1 for a count driver; Y for
    befolkning (the key of Y, itself (Y−2)-11-01) and budgetandel."""
    return year if driver in BUILTIN_DRIVERS else year - 1


def driver_weights(inputs: Inputs, model: Model, driver: str, year: int,
                   latest: bool = False) -> tuple[np.ndarray | None, int | None]:
    """(weights per kommun, the data year used) of a driver for budget year `year`; with
    `latest` the newest data year up to the one wanted; (None, None) when missing."""
    n = len(inputs.kommuner)
    if driver == "lika":
        return np.ones(n), None
    if driver == "fast":
        return model.andelar, None
    wanted = driver_year(driver, year)
    table = inputs.weights.get(driver, {})
    if latest:
        known = [y for y, w in table.items() if y <= wanted and not np.isnan(w).any()]
        wanted = max(known) if known else wanted
    values = table.get(wanted)
    if values is None or np.isnan(values).any() or values.sum() <= 0:
        return None, None
    return values, wanted


@lru_cache(maxsize=4096)
def _pool_share(weights: tuple, grundavgift: float, decimals: int) -> np.ndarray:
    shares = allocation.shares_from_weights(pd.Series(weights, dtype="float64"), decimals)
    if grundavgift:
        mixed = grundavgift / len(weights) + (1 - grundavgift) * shares
        shares = allocation.round_shares(mixed, decimals)
    result = shares.to_numpy()
    result.flags.writeable = False
    return result


def pool_share(weights: np.ndarray, grundavgift: float, decimals: int = 1) -> np.ndarray:
    """Pool share = grundavgift / number of members + (1 − grundavgift) × the driver's
    share, rounded like keys (one decimal of a percent, largest remainder)."""
    return _pool_share(tuple(float(v) for v in weights), float(grundavgift), int(decimals))


def model_cost(pools: dict[str, float], shares: dict[str, np.ndarray],
               specific: np.ndarray) -> np.ndarray:
    """Cost per kommun = Σ over pools of pool × the kommun's share + its kommunspecifika
    (unrounded)."""
    cost = np.asarray(specific, dtype=float).copy()
    for pool, amount in pools.items():
        cost = cost + amount * shares[pool]
    return cost


@lru_cache(maxsize=4096)
def _balanced(values: tuple) -> np.ndarray:
    result = allocation.round_to_total(pd.Series(values, dtype="float64")).to_numpy()
    result.flags.writeable = False
    return result


def balanced_amounts(values: np.ndarray) -> np.ndarray:
    """Whole tkr per kommun by allocation.round_to_total (largest remainder)."""
    return _balanced(tuple(float(v) for v in values))


def uprated(amounts: pd.Series, default: float, per_group: dict[str, float]) -> pd.Series:
    """Next year's budget per kontogrupp = this year's × (1 + uppräkning / 100), the
    uppräkning of the kontogrupp or else the default (percent)."""
    rates = pd.Series([float(per_group.get(g, default)) for g in amounts.index],
                      index=amounts.index)
    return amounts.astype(float) * (1 + rates / 100)


# ---------------------------------------------------------------- model results

def model_shares(inputs: Inputs, model: Model, year: int, decimals: int = 1,
                 latest: bool = False, cache: dict | None = None):
    """Share per pool of a model for budget year `year` and the data year per driver;
    None when a driver's year is missing."""
    cache = {} if cache is None else cache
    shares, used = {}, {}
    for pool in inputs.pools:
        driver = model.driver_for(pool)
        key = (driver, year, latest, model.grundavgift,
               None if model.andelar is None else tuple(model.andelar))
        if key not in cache:
            weights, data_year = driver_weights(inputs, model, driver, year, latest)
            cache[key] = None if weights is None else \
                (pool_share(weights, model.grundavgift, decimals), data_year)
        if cache[key] is None:
            return None, {}
        shares[pool], used[driver] = cache[key]
    return shares, used


def missing_drivers(inputs: Inputs, model: Model, year: int) -> list[tuple[str, int]]:
    """(driver, data year wanted) of each driver of a model without values for `year`."""
    drivers = dict.fromkeys(model.driver_for(p) for p in inputs.pools)
    return [(d, driver_year(d, year)) for d in drivers
            if driver_weights(inputs, model, d, year)[0] is None]


def deviation_shown(budget_shown: np.ndarray, cost_shown: np.ndarray,
                    yc: YearCost) -> np.ndarray:
    """Avvikelse = budget − cost between shown amounts; where the cost shown is a closed
    year's cost of record, its result of record instead (one figure, one value)."""
    deviation = budget_shown - cost_shown
    if yc.cost_of_record is None or yc.result_of_record is None:
        return deviation
    of_record = (np.abs(cost_shown - yc.cost_of_record) < 0.5) & ~np.isnan(yc.result_of_record)
    return np.where(of_record, yc.result_of_record, deviation)


def compare_models(inputs: Inputs, models: list[Model], decimals: int = 1) -> pd.DataFrame:
    """Every model × every year × kommun: share per pool, cost (unrounded and shown),
    budget, avvikelse (budget − cost, or the result of record where the cost is of record)
    and difference from the first (current) model, between shown amounts; long format."""
    rows, cache = [], {}
    n = len(inputs.kommuner)
    missing = np.full(n, np.nan)
    for yc in inputs.years:
        shown_budget = balanced_amounts(yc.budget)
        no_pools = any(math.isnan(v) for v in yc.pools.values())
        current = None
        for m, model in enumerate(models):
            shares, _ = model_shares(inputs, model, yc.year, decimals, cache=cache)
            if shares is None or no_pools:
                cost, shown = missing, missing
            else:
                cost = model_cost(yc.pools, shares, yc.specific)
                shown = balanced_amounts(cost)
            if m == 0:
                current = shown
            pool_shares = [shares[p] if shares else missing for p in inputs.pools]
            deviation = deviation_shown(shown_budget, shown, yc)
            for i, kommun in enumerate(inputs.kommuner):
                rows.append((model.name, yc.year, yc.avser, kommun,
                             *(s[i] for s in pool_shares),
                             cost[i], shown[i], shown_budget[i], deviation[i],
                             shown[i] - current[i]))
    columns = ["Modell", "År", "Avser", "Kommun", *(f"Andel {p}" for p in inputs.pools),
               "Kostnad (oavrundad)", "Kostnad", "Budget", "Avvikelse",
               "Skillnad mot nuvarande modell"]
    return pd.DataFrame(rows, columns=columns)


def cumulative_difference(results: pd.DataFrame) -> pd.Series:
    """Per model and kommun, the difference from the current model summed over the years
    up to each year (years without a difference add nothing and show none)."""
    column = "Skillnad mot nuvarande modell"
    running = results.groupby(["Modell", "Kommun"], sort=False)[column].cumsum()
    return running.where(results[column].notna())


def next_year_split(inputs: Inputs, models: list[Model], pools: dict[str, float],
                    specific: np.ndarray, year: int, decimals: int = 1) -> pd.DataFrame:
    """Next year's budget per kommun under each model (latest known driver years), with
    the data year each driver used."""
    rows, cache = [], {}
    for model in models:
        shares, used = model_shares(inputs, model, year, decimals, latest=True, cache=cache)
        if shares is None:
            shown, share_rows = np.full(len(inputs.kommuner), np.nan), None
        else:
            shown, share_rows = balanced_amounts(model_cost(pools, shares, specific)), shares
        for i, kommun in enumerate(inputs.kommuner):
            rows.append((model.name, kommun,
                         *((share_rows[p][i] if share_rows else np.nan) for p in inputs.pools),
                         shown[i], dict(used)))
    return pd.DataFrame(rows, columns=["Modell", "Kommun",
                                       *(f"Andel {p}" for p in inputs.pools),
                                       f"Budget {year}", "Underlag"])


def next_year_budget(base: BudgetBase, default: float,
                     per_group: dict[str, float]) -> tuple[pd.DataFrame, float]:
    """(per kontogrupp: budget of the base year, uppräkning, budget of the year after; the
    factor next year's net budget / this year's) — kommunbidrag rows left out."""
    this, year = base.groups, base.year
    nxt = uprated(this.fillna(0.0), default, per_group)
    table = pd.DataFrame({f"Budget {year}": this,
                          "Uppräkning % (antagande)": [float(per_group.get(g, default))
                                                       for g in this.index],
                          f"Budget {year + 1}": nxt}, index=list(this.index))
    total = float(this.sum())
    factor = float(nxt.sum()) / total if total else 1.0
    return table, factor


# ---------------------------------------------------------------- parameters

def _where(n: int, key: str = "") -> str:
    return f"financing_models[{n}]" + (f".{key}" if key else "")


def _percent(value, where: str, **details) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) \
            or value != value:
        raise ModelError(f"{where}: {value!r} is not a number", "not_a_number", **details)
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
        raise ModelError(f"{at()}: expected a non-empty list of models", "no_models")
    drivers = (*BUILTIN_DRIVERS, *sorted(d for d in inputs.weights if d not in BUILTIN_DRIVERS))
    result, names = [], set()
    for n, spec in enumerate(raw, start=1):
        if not isinstance(spec, dict):
            raise ModelError(f"{at(n)}: expected a mapping with name and driver",
                             "not_a_model")
        unknown = sorted(set(spec) - set(MODEL_KEYS))
        if unknown:
            raise ModelError(f"{at(n, unknown[0])}: unknown key "
                             f"(expected: {', '.join(MODEL_KEYS)})", "unknown_key")
        name = spec.get("name")
        if not isinstance(name, str) or not name.strip() or name in names:
            twice = name in names
            raise ModelError(f"{at(n, 'name')}: the name "
                             f"{'is used twice' if twice else 'is missing'}",
                             "name_twice" if twice else "name_missing", name=name)
        names.add(name)
        pools = spec.get("pools") or {}
        if not isinstance(pools, dict):
            raise ModelError(f"{at(n, 'pools')}: expected pool: driver",
                             "not_a_model")
        for pool, driver in [(None, spec.get("driver")), *pools.items()]:
            where = at(n, "driver" if pool is None else f"pools.{pool}")
            if pool is not None and pool not in inputs.pools:
                raise ModelError(f"{where}: {pool!r} is not a pool (joint "
                                 f"kostnadsställe: {', '.join(inputs.pools)})", "unknown_pool",
                                 pool=pool)
            if driver not in drivers:
                raise ModelError(f"{where}: {driver!r} is not a driver "
                                 f"({', '.join(drivers)})", "unknown_driver", driver=driver)
        where = at(n, "grundavgift_procent")
        base = _percent(spec.get("grundavgift_procent", 0), where, field="grundavgift")
        if not 0 <= base <= 100:
            raise ModelError(f"{where}: {base:g} is not from 0 to 100", "grundavgift_range",
                             value=base)
        andelar = _andelar(spec.get("andelar"), inputs.kommuner, at(n, "andelar"),
                           "fast" in [spec.get("driver"), *pools.values()])
        result.append(Model(name, spec.get("driver"), dict(pools), base / 100, andelar))
    return result


def _andelar(values, kommuner, where: str, needed: bool) -> np.ndarray | None:
    if values is None and not needed:
        return None
    if not isinstance(values, dict) or not values:
        raise ModelError(f"{where}: the driver fast needs a percent per kommun", "no_andelar")
    for kommun in values:
        if kommun not in kommuner:
            raise ModelError(f"{where}: {kommun!r} is not in kommuner", "unknown_kommun",
                             kommun=kommun)
    for kommun in kommuner:
        if values.get(kommun) is None:
            raise ModelError(f"{where}: no value for {kommun}", "missing_value", kommun=kommun)
    shares = np.array([_percent(values[k], f"{where}.{k}", kommun=k) for k in kommuner])
    for kommun, share in zip(kommuner, shares, strict=True):
        if share < 0:
            raise ModelError(f"{where}.{kommun}: {share:g} is negative", "negative",
                             kommun=kommun, value=float(share))
    if abs(shares.sum() - 100) > allocation.SHARE_SUM_TOLERANCE + 1e-9:
        raise ModelError(f"{where}: the shares sum to {shares.sum():g} %, not 100",
                         "share_sum", total=float(shares.sum()))
    return shares


def upprakning_rates(raw) -> tuple[float, dict[str, float]]:
    """(default, per kontogrupp) of an `upprakning_procent` value, in percent (none: 0)."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ParamError("upprakning_procent: expected default and kontogrupper")
    default = _percent(raw.get("default", 0), "upprakning_procent.default")
    groups = raw.get("kontogrupper") or {}
    if not isinstance(groups, dict):
        raise ParamError("upprakning_procent.kontogrupper: expected kontogrupp: percent")
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


def models_for(ctx, inputs: Inputs | None = None) -> list[Model]:
    """The report's models, validated."""
    inputs = inputs if inputs is not None else inputs_for(ctx.dataset, ctx.period)
    return model_specs(param_models(ctx.params), inputs, param_locator(ctx.params))


# ---------------------------------------------------------------- the one entry point

@dataclass
class Results:
    """All financing figures of a set of models for a period (see `compare`)."""

    inputs: Inputs
    models: list[Model]
    comparison: pd.DataFrame        # compare_models
    next_year: pd.DataFrame         # next_year_split
    next_budget: pd.DataFrame       # per kontogrupp: this year, uppräkning, next year
    decimals: int


def compare(dataset, period: Period, models: list[dict] | None,
            upprakning: dict | None = None, drivers: pd.DataFrame | None = None,
            decimals: int = 1, inputs: Inputs | None = None, required=(),
            source="params") -> Results:
    """The models (dicts in the params schema; the first is the current one) compared over
    every year up to `period`, and next year's budget (raised by `upprakning`, as in
    params) split under each. `drivers` rows (driver, year, kommun, value) replace the
    data's values of their driver and year; `inputs` are `inputs_for(dataset, period)` if
    the caller has them; a model named in `required` must have every driver for the
    period's year. Bad models or values: ModelError, one line."""
    inputs = inputs if inputs is not None else inputs_for(dataset, period)
    inputs = with_drivers(inputs, drivers)
    specs = model_specs(models, inputs, source)
    for model in specs:
        if model.name in required:
            for driver, data_year in missing_drivers(inputs, model, period.year):
                raise ModelError(f"{model.name}: the driver {driver} has no values for "
                                 f"{period.year} (data year {data_year})", "missing_year",
                                 driver=driver, year=period.year, data_year=data_year)
    default, per_group = upprakning_rates(upprakning)
    base = inputs.base
    table, factor = next_year_budget(base, default, per_group)
    pools = {p: v * factor for p, v in base.pools.items()}
    return Results(inputs, specs, compare_models(inputs, specs, decimals),
                   next_year_split(inputs, specs, pools, base.specific * factor,
                                   base.year + 1, decimals), table, decimals)


def results_for(ctx, inputs: Inputs | None = None) -> Results:
    """Models compared over every year, and next year's budget split, for the report
    (`inputs`: the period's, if the caller has them cached)."""
    return compare(ctx.dataset, ctx.period, param_models(ctx.params),
                   param_upprakning(ctx.params), None, ctx.params.share_decimals, inputs,
                   source=param_locator(ctx.params))


def report_year(results: Results, year: int) -> pd.DataFrame:
    """The comparison rows of one year."""
    return results.comparison[results.comparison["År"] == year]
