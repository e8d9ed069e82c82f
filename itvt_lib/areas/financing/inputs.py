"""The models' inputs, extracted once per period from the data (plain arrays): each
year's pools (joint net cost per joint kostnadsställe; a closed year's of record),
kommunspecifika, budget and figures of record, and the drivers' weights per year.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ...core.errors import ParamError
from ...core.periods import Period
from ...core.reference import kommun_names
from .. import allocation, budget
from .schema import driver_problem


class ModelError(ParamError):
    """A model or a driver value the rules cannot use: one Swedish line, and a `reason`
    with `details` (kommun, value, driver, year, ...) so that a caller can translate it."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message)
        self.reason, self.details = reason, details


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
    income: tuple[str, ...] = ()    # the kontogrupper of typ intakt (a budget's size grows
                                    # the other way: more negative)


@dataclass(frozen=True)
class Inputs:
    """Everything the models need, extracted once from the data (plain arrays)."""

    kommuner: tuple[str, ...]
    pools: tuple[str, ...]
    years: tuple[YearCost, ...]
    weights: dict[str, dict[int, np.ndarray]]   # driver -> year -> weight per kommun
    sources: dict[str, str] = field(default_factory=dict)
    base: BudgetBase | None = None
    adopted: BudgetBase | None = None           # next year's budget where the data hold it
    typed: dict[str, str] = field(default_factory=dict)   # typed driver -> driver it replaces
    typed_years: dict[str, int] = field(default_factory=dict)   # typed driver -> its year


def joint_pools(kostnadsstallen: pd.DataFrame) -> list[str]:
    """The pools: kostnadsställen without a kommun, in their order."""
    frame = kostnadsstallen.sort_values("ordning") if "ordning" in kostnadsstallen else \
        kostnadsstallen
    return [c for c, k in zip(frame["kostnadsstalle"], frame["kommun"], strict=True)
            if k is None or k != k or k == ""]


def pools_of_record(pools: dict[str, float], record: float | None) -> dict[str, float]:
    """A closed year's pools: the difference to the joint net cost of record goes to the
    largest pool in size, |pool|, of pools equal in size the first in kostnadsställen order
    (so that the pools sum to the figure of record)."""
    values = list(pools.values())
    if record is None or record != record or not values or any(v != v for v in values):
        return dict(pools)
    largest = max(pools, key=lambda p: abs(pools[p]))
    return {**pools, largest: pools[largest] + float(record) - sum(values)}


def _befolkning_weights(befolkning: pd.DataFrame, kommuner: list[str]) -> dict[int, np.ndarray]:
    result = {}
    for day in sorted(set(befolkning["key_date"])):
        year = day.year + allocation.KEY_LAG_YEARS
        rows = allocation.key_rows(befolkning, year).reindex(kommuner)
        counts = rows["invanare"].astype(float)
        result[year] = counts.where(counts.notna(), rows["andel_procent"].astype(float)).to_numpy()
    return result


def history_years(netto: pd.DataFrame, totals: pd.DataFrame, period: Period) -> list[int]:
    """The years up to `period` the models are shown for: every year of the costs per
    kostnadsställe and every closed year of the bokslut totals (a closed year without
    kostnadsställe rows is shown missing, never left out)."""
    closed = {int(y) for y in set(totals["year"])
              if y < period.year or (y == period.year and period.is_year_end)}
    return sorted({int(y) for y in set(netto["year"]) if y <= period.year} | closed)


def _specific(items: pd.Series, owner: dict, kommuner) -> np.ndarray:
    """Each kommun's own kostnadsställen summed; one without a row is missing (NaN), as
    on page 01 (`allocation.every_centre`)."""
    return np.array([sum(float(items.get(c, float("nan"))) for c, o in owner.items() if o == k)
                     for k in kommuner])


def uprated_groups(kontogrupper: pd.DataFrame) -> pd.Series:
    """The kontogrupper next year's budget is raised per: all but kommunbidrag, in order."""
    groups = kontogrupper[kontogrupper["typ"] != "kommunbidrag"]
    return groups.sort_values("ordning")["kontogrupp"]


def _budget_base(dataset, year: int, pools, owner: dict, kommuner) -> BudgetBase:
    """The year's budget per kontogrupp (missing where the year has no budget row for it,
    as the operating statement shows it), per pool and per kommun's own kostnadsställen."""
    groups = uprated_groups(dataset["kontogrupper"])
    this = budget.budget_amounts(budget.drift_for(dataset), "kontogrupp", year).reindex(
        groups)
    items = budget.budget_amounts(budget.netto_for(dataset), "kostnadsstalle", year)
    kinds = dataset["kontogrupper"]
    income = tuple(kinds[kinds["typ"] == "intakt"]["kontogrupp"])
    return BudgetBase(year, this, {p: float(items.get(p, float("nan"))) for p in pools},
                      _specific(items, owner, kommuner), income)


def is_adopted(base: BudgetBase) -> bool:
    """A year's budget is adopted when the data hold a budget for every kontogrupp."""
    return bool(len(base.groups)) and not base.groups.isna().any()


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
    for year in history_years(netto, totals, period):
        closed = year < period.year or period.is_year_end
        measure = "utfall" if closed else "prognos"
        items = budget.measure_amounts(netto, "kostnadsstalle", year, measure, period)
        if items.empty and not closed:
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
                              _specific(items, owner, kommuner) if not items.empty
                              else np.full(len(kommuner), np.nan),
                              allocation.kommun_budget(kb, kommuner, year).to_numpy(),
                              cost_of_record, result_of_record))
    weights = {"befolkning": _befolkning_weights(dataset["befolkning"], kommuner),
               "budgetandel": {y: allocation.kommun_budget(kb, kommuner, y).to_numpy()
                               for y in sorted(set(kb["year"]))}}
    sources = {"befolkning": "; ".join(dict.fromkeys(dataset["befolkning"]["source"]))}
    drivers = dataset["fordelningsnycklar"] if "fordelningsnycklar" in dataset else None
    following = _budget_base(dataset, period.year + 1, pools, owner, kommuner)
    inputs = Inputs(tuple(kommuner), tuple(pools), tuple(years), weights, sources,
                    _budget_base(dataset, period.year, pools, owner, kommuner),
                    following if is_adopted(following) else None)
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
            raise ModelError(f'drivers: "{kommun}" finns inte i kommuner', "unknown_kommun",
                             kommun=kommun)
        if value is None or isinstance(value, bool) or not isinstance(
                value, (int, float, np.number)) or value != value:
            raise ModelError(f"drivers: värde saknas för {kommun}", "missing_value", kommun=kommun)
        if value < 0:
            raise ModelError(f"drivers: värdet för {kommun} är negativt ({value:g})",
                             "negative", kommun=kommun, value=float(value))
    for (name, year), part in rows.groupby(["driver", "year"], sort=False):
        for kommun in kommuner:
            if kommun not in set(part["kommun"]):
                raise ModelError(f"drivers: värde för {name} {year} saknas för {kommun}",
                                 "missing_value", kommun=kommun)
    problem = driver_problem(rows)
    if problem is not None:
        _, column, message = problem
        raise ModelError(f"drivers: {column}: {message}",
                         "zero_total" if column == "value" else "builtin_driver")
