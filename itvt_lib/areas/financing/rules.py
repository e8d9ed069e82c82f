"""The financing rules: a driver's data year and weights, pool shares (with a grundavgift,
rounded like keys), cost per kommun, amounts balanced by largest remainder, every model
× year × kommun compared with the current model, and next year's budget split.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import numpy as np
import pandas as pd

from ...core.checks import as_computed_by_hand
from ...core.formatting import as_shown, round_half_away
from .. import allocation, budget
from .inputs import BudgetBase, Inputs, YearCost
from .schema import BUILTIN_DRIVERS


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
    if grundavgift:   # exactly, so a tie (48,25 % and 51,75 %) is a tie, broken in order
        base = Fraction(Decimal(repr(as_computed_by_hand(grundavgift))))
        mixed = [base / len(weights) + (1 - base) * Fraction(Decimal(repr(float(s))))
                 for s in shares]
        shares = allocation.round_shares(pd.Series(mixed, index=shares.index, dtype=object),
                                         decimals)
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


def shown_budgets(values: np.ndarray) -> np.ndarray:
    """Each kommun's kommunbidrag as page 02 shows it (`as_shown`, whole tkr, half away
    from zero): a given amount per kommun, not split from a total (9 792,5 reads 9 793)."""
    return np.array([as_shown(float(v)) for v in values], dtype=float)


def uprated(amounts: pd.Series, default: float, per_group: dict[str, float]) -> pd.Series:
    """Next year's budget per kontogrupp = this year's × (1 + uppräkning / 100), the
    uppräkning of the kontogrupp or else the default (percent)."""
    rates = pd.Series([float(per_group.get(g, default)) for g in amounts.index],
                      index=amounts.index)
    return amounts.astype(float) * (1 + rates / 100)


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
    """Avvikelse = shown budget − shown cost (`budget.shown_avvikelse`: a cost of record of
    11 602,5 reads 11 603); where the cost shown is a closed year's cost of record, its
    result of record instead (one figure, one value)."""
    deviation = budget.shown_avvikelse(pd.Series(budget_shown, dtype=float),
                                       pd.Series(cost_shown, dtype=float),
                                       pd.Series("kostnad", index=range(len(cost_shown))))
    deviation = deviation.to_numpy(dtype=float)
    if yc.cost_of_record is None or yc.result_of_record is None:
        return deviation
    of_record = (np.abs(cost_shown - yc.cost_of_record) < 0.5) & ~np.isnan(yc.result_of_record)
    return np.where(of_record, yc.result_of_record, deviation)


def shown_difference(cost: float, current: float) -> float:
    """Skillnad mot nuvarande modell = this model's shown cost − the current model's shown
    cost (`as_shown`): 12 581 beside a cost of record of 11 602,5 (reads 11 603) is 978."""
    return as_shown(cost) - as_shown(current)


def current_cost(computed: np.ndarray, yc: YearCost) -> np.ndarray:
    """The current model's cost in a closed year is the cost of record per kommun where the
    annual report has one (what the members paid), else the computed cost."""
    if yc.cost_of_record is None:
        return computed
    record = np.asarray(yc.cost_of_record, dtype=float)
    return np.where(np.isnan(record), computed, record)


def beside_the_record(cost: np.ndarray, current_by_rule: np.ndarray, yc: YearCost) -> np.ndarray:
    """In a closed year whose current-model cost of record splits the same total as that
    model's cost by the rule as shown, but otherwise (another key rounding), another model's
    cost is the record plus its own difference by the rule from the current model: a model
    like the current one then differs by nothing. Another total is left to the checks."""
    if yc.cost_of_record is None or np.isnan(current_by_rule).any():
        return cost
    record, shown = current_cost(current_by_rule, yc), balanced_amounts(current_by_rule)
    if (np.abs(shown - record) < 0.5).all() or abs(shown.sum() - record.sum()) >= 0.5:
        return cost
    return cost + record - current_by_rule


def costs_known(pools: dict[str, float], specific: np.ndarray) -> bool:
    """A year is split only when every pool and every kommun's kommunspecifika is known:
    one missing (empty in data) leaves every kommun's cost missing, never read as 0."""
    return not any(math.isnan(v) for v in pools.values()) and \
        not np.isnan(np.asarray(specific, dtype=float)).any()


def some_members_only(current: np.ndarray) -> bool:
    """A year whose current-model cost names some members but not others (costs of record
    without the rest: they were not members then) is a year no other model is split for."""
    gaps = np.isnan(np.asarray(current, dtype=float))
    return bool(gaps.any() and not gaps.all())


def compare_models(inputs: Inputs, models: list[Model], decimals: int = 1) -> pd.DataFrame:
    """Every model × every year × kommun: share per pool, cost (unrounded and shown; the
    current model's of record in a closed year, `current_cost`; another model's beside that
    record, `beside_the_record`), budget, avvikelse (budget
    − cost, or the result of record where the cost is of record) and difference from the
    first (current) model, between shown amounts; long format. A year the current
    model covers for some members only is shown for it alone (`some_members_only`)."""
    rows, cache = [], {}
    n = len(inputs.kommuner)
    missing = np.full(n, np.nan)
    for yc in inputs.years:
        shown_budget = shown_budgets(yc.budget)
        no_pools = not costs_known(yc.pools, yc.specific)
        current = None
        for m, model in enumerate(models):
            shares, _ = model_shares(inputs, model, yc.year, decimals, cache=cache)
            if shares is None or no_pools or m and some_members_only(current):
                cost, shown = missing, missing
            else:
                cost = model_cost(yc.pools, shares, yc.specific)
                shown = balanced_amounts(cost)
            if m == 0:
                by_rule = cost
                cost, shown = current_cost(cost, yc), current_cost(shown, yc)
                current = shown
            elif not np.isnan(cost).all():
                cost = beside_the_record(cost, by_rule, yc)
                shown = balanced_amounts(cost)
            pool_shares = [shares[p] if shares else missing for p in inputs.pools]
            deviation = deviation_shown(shown_budget, shown, yc)
            for i, kommun in enumerate(inputs.kommuner):
                rows.append((model.name, yc.year, yc.avser, kommun,
                             *(s[i] for s in pool_shares),
                             cost[i], shown[i], shown_budget[i], deviation[i],
                             shown_difference(shown[i], current[i])))
    columns = ["Modell", "År", "Avser", "Kommun", *(f"Andel {p}" for p in inputs.pools),
               "Kostnad (oavrundad)", "Kostnad", "Budget", "Avvikelse",
               "Skillnad mot nuvarande modell"]
    return pd.DataFrame(rows, columns=columns)


def cumulative_difference(results: pd.DataFrame) -> pd.Series:
    """Per model and kommun (rows in year order), the difference from the current model
    summed over the years up to each year, from its first year with a difference; none in a
    year without one, nor in any year after such a gap (the sum is not known)."""
    column = "Skillnad mot nuvarande modell"
    keys = [results["Modell"], results["Kommun"]]
    known = results[column].notna()
    gap = (~known & known.groupby(keys, sort=False).cummax()).groupby(keys, sort=False).cummax()
    running = results.groupby(["Modell", "Kommun"], sort=False)[column].cumsum()
    return running.where(known & ~gap)


def next_year_split(inputs: Inputs, models: list[Model], pools: dict[str, float],
                    specific: np.ndarray, year: int, decimals: int = 1) -> pd.DataFrame:
    """Next year's budget per kommun under each model (latest known driver years), with
    the data year each driver used."""
    rows, cache = [], {}
    for model in models:
        shares, used = model_shares(inputs, model, year, decimals, latest=True, cache=cache)
        if shares is None or not costs_known(pools, specific):
            shown, share_rows = np.full(len(inputs.kommuner), np.nan), shares
        else:
            shown, share_rows = balanced_amounts(model_cost(pools, shares, specific)), shares
        for i, kommun in enumerate(inputs.kommuner):
            rows.append((model.name, kommun,
                         *((share_rows[p][i] if share_rows else np.nan) for p in inputs.pools),
                         shown[i], dict(used)))
    return pd.DataFrame(rows, columns=["Modell", "Kommun",
                                       *(f"Andel {p}" for p in inputs.pools),
                                       f"Budget {year}", "Underlag"])


UPPRAKNING_COLUMN = "Uppräkning % (antagande)"   # next year's budget assumed: the rate typed
CHANGE_COLUMN = "Förändring %"                  # next year's budget adopted: its change


def rate_column(table: pd.DataFrame) -> str:
    """The next-year table's rate column: the assumed uppräkning, or the adopted change."""
    return CHANGE_COLUMN if CHANGE_COLUMN in table.columns else UPPRAKNING_COLUMN


def next_year_budget(base: BudgetBase, default: float,
                     per_group: dict[str, float]) -> tuple[pd.DataFrame, float]:
    """(per kontogrupp: budget of the base year, uppräkning, budget of the year after; the
    factor next year's net budget / this year's) — kommunbidrag rows left out. A kontogrupp
    whose budget is missing stays missing, and so does the factor unless every kontogrupp
    has the same uppräkning (then the factor is 1 + it / 100 whatever the amounts)."""
    this, year = base.groups, base.year
    nxt = uprated(this, default, per_group)
    rates = [float(per_group.get(g, default)) for g in this.index]
    table = pd.DataFrame({f"Budget {year}": this, UPPRAKNING_COLUMN: rates,
                          f"Budget {year + 1}": nxt}, index=list(this.index))
    if this.isna().any():
        factor = 1 + rates[0] / 100 if len(set(rates)) == 1 else float("nan")
        return table, factor
    total = float(this.sum())
    factor = float(nxt.sum()) / total if total else 1.0
    return table, factor


def budget_change(this: pd.Series, nxt: pd.Series, income) -> pd.Series:
    """A kontogrupp's budget change in percent of this year's size, positive when it grows
    the way its kind counts (a cost up, an intäkt, `income`, more negative): (next − this)
    / |this|, the other way round for an intäkt; a cost budget −100 → 50 is +150 %, never
    −150 % as next / this − 1 reads it when the budget changes sign."""
    towards = pd.Series([-1.0 if g in set(income) else 1.0 for g in this.index],
                        index=this.index)
    size = this.abs()
    return (towards * (nxt - this) / size.where(size != 0) * 100).astype(float)


def adopted_next_year(base: BudgetBase, adopted: BudgetBase) -> pd.DataFrame:
    """Next year's budget where it is adopted: the adopted amounts per kontogrupp and their
    change from this year's budget (`CHANGE_COLUMN`, `budget_change`, percent, one
    decimal; 0 where both are equal, missing where this year's is 0 and next year's is
    not)."""
    this, nxt = base.groups.astype(float), adopted.groups.reindex(base.groups.index)
    rates = budget_change(this, nxt.astype(float), base.income).map(
        lambda r: round_half_away(r, 1) if r == r else r).mask(this == nxt, 0.0)
    return pd.DataFrame({f"Budget {base.year}": this, CHANGE_COLUMN: rates,
                         f"Budget {base.year + 1}": nxt.astype(float)}, index=list(this.index))
