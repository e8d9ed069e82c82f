"""The one entry point for a set of models (the report and the workbench): `compare`
gives every figure of the models for a period as `Results`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from ...core.periods import Period
from .inputs import Inputs, ModelError, inputs_for, with_drivers
from .params import FinancingModel, Upprakning
from .rules import (
    Model,
    adopted_next_year,
    compare_models,
    driver_weights,
    driver_year,
    missing_drivers,
    next_year_budget,
    next_year_split,
)
from .specs import locator, model_specs, upprakning_rates


@dataclass
class Results:
    """All financing figures of a set of models for a period (see `compare`)."""

    inputs: Inputs
    models: list[Model]
    comparison: pd.DataFrame        # compare_models
    next_year: pd.DataFrame         # next_year_split
    next_budget: pd.DataFrame       # per kontogrupp: this year, uppräkning, next year
    decimals: int


def typed_driver(model_name: str) -> str:
    """The driver of a model's own typed values: "<model>: angivna värden"."""
    return f"{model_name}: angivna värden"


def typed_values(models: list[FinancingModel] | None
                 ) -> tuple[list[FinancingModel] | None, pd.DataFrame | None]:
    """A model whose `underlag` names its data year (`ar`) uses its typed values instead of
    the data's for that driver: they become rows (driver, year, kommun, value, source) of
    a driver of its own (`typed_driver`) for that year, and its pools on the replaced
    driver use that one; other models, and an `underlag` without a year, are unchanged."""
    if not models:
        return models, None
    result, rows = [], []
    for model in models:
        typed = model.underlag
        if typed is None or typed.ar is None:
            result.append(model)
            continue
        own, replaced = typed_driver(model.name), typed.fordelningsnyckel
        pools = {p: (own if d == replaced else d) for p, d in (model.pools or {}).items()}
        result.append(model.model_copy(update={
            "driver": own if model.driver == replaced else model.driver,
            "pools": pools or model.pools}))
        rows += [{"driver": own, "year": typed.ar, "kommun": kommun, "value": value,
                  "source": typed.kalla}
                 for kommun, value in typed.varden.items()]
    return result, (pd.DataFrame(rows) if rows else None)


def data_years(inputs: Inputs, models: list[FinancingModel] | None) -> Inputs:
    """Typed values stand for their year only: a model's own driver (`typed_driver`,
    its typed year already in `inputs`) has the replaced driver's data for every other
    budget year (each year's data year by `driver_year`), and that data's source too;
    `typed` records the driver it replaces, `typed_years` the year of the typed values."""
    weights, sources, replaces = dict(inputs.weights), dict(inputs.sources), dict(inputs.typed)
    typed_years = dict(inputs.typed_years)
    for model in models or []:
        typed = model.underlag
        if typed is None or typed.ar is None:
            continue
        own, replaced = typed_driver(model.name), typed.fordelningsnyckel
        replaces[own], typed_years[own] = replaced, typed.ar
        shift = driver_year(own, 0) - driver_year(replaced, 0)
        data = {year + shift: values
                for year, values in inputs.weights.get(replaced, {}).items()}
        weights[own] = {**data, **inputs.weights.get(own, {})}
        if set(data) - set(inputs.weights.get(own, {})):
            sources[own] = "; ".join(dict.fromkeys(
                s for s in (sources.get(own), sources.get(replaced)) if s))
    return replace(inputs, weights=weights, sources=sources, typed=replaces,
                   typed_years=typed_years)


def typed_year_used(inputs: Inputs, model, underlag, years, next_year: int) -> bool:
    """Whether a model's typed values (`underlag` with its year `ar`) give one of the
    budget `years` (their own data year) or `next_year` (the latest known) its driver;
    values of a year none of them uses are not what the figures rest on."""
    if underlag is None or underlag.ar is None:
        return False
    own = typed_driver(model.name)
    used = {driver_weights(inputs, model, own, int(y))[1] for y in years}
    used.add(driver_weights(inputs, model, own, next_year, latest=True)[1])
    return underlag.ar in used


def typed_complete(models: list[FinancingModel] | None, kommuner, where) -> None:
    """A model's typed values (`underlag` with a year) are of a driver with values (not
    lika, not fast) the model uses and name every kommun and no other, not all zero; else
    a ModelError naming where the model is written (`where(n, key)`): values never used
    would be shown as the model's."""
    for n, model in enumerate(models or [], start=1):
        typed = model.underlag
        if typed is None or typed.ar is None:
            continue
        if typed.fordelningsnyckel in ("lika", "fast"):   # typed, they would split by weights
            raise ModelError(f"{where(n, 'underlag.fordelningsnyckel')}: {typed.fordelningsnyckel}"
                             " har inga värden per kommun att ange; ta bort underlag (fasta "
                             "andelar anges med andelar)", "unused_underlag")
        if typed.fordelningsnyckel not in [model.driver, *(model.pools or {}).values()]:
            raise ModelError(f"{where(n, 'underlag.fordelningsnyckel')}: modellen fördelar "
                             f"inget efter {typed.fordelningsnyckel}", "unused_underlag")
        for kommun in typed.varden:   # first: a renamed kommun also leaves one missing
            if kommun not in kommuner:
                raise ModelError(f'{where(n, f"underlag.varden.{kommun}")}: "{kommun}" finns '
                                 "inte i kommuner", "unknown_kommun", kommun=kommun)
        for kommun in kommuner:
            if kommun not in typed.varden:
                raise ModelError(f"{where(n, 'underlag.varden')}: värde för {typed.ar} "
                                 f"saknas för {kommun}", "missing_value", kommun=kommun)
        if not any(typed.varden.values()):
            raise ModelError(f"{where(n, 'underlag.varden')}: värdena för {typed.ar} summerar "
                             "till noll", "zero_sum")


def typed_name_free(models: list[FinancingModel] | None, drivers, where) -> None:
    """A model's typed values (`typed_driver`) are named like no driver of the data; else a
    ModelError: that driver's rows would be read as the model's own values."""
    for n, model in enumerate(models or [], start=1):
        own = typed_driver(model.name)
        if model.underlag is not None and model.underlag.ar is not None and own in drivers:
            raise ModelError(f"{where(n, 'underlag')}: fördelningsnyckeln ”{own}” i data har "
                             "samma namn som modellens angivna värden; byt namn på modellen "
                             "eller nyckeln", "typed_name_taken", driver=own)


def compare(dataset, period: Period, models: list[FinancingModel] | None,
            upprakning: Upprakning | dict | None = None, drivers: pd.DataFrame | None = None,
            decimals: int = 1, inputs: Inputs | None = None, required=(),
            source: str = "params") -> Results:
    """The typed models (`typed_models`; None: the current model; the first is the current
    one) compared over every year up to `period`, and next year's budget (raised by
    `upprakning`, as in params) split under each. `drivers` rows (driver, year, kommun,
    value) replace the data's values of their driver and year (a model's own typed
    values: `typed_values`); `inputs` are `inputs_for(dataset, period)` if the caller has
    them; a model named in `required` must have every driver for the period's year. Bad
    models or values against the data: ModelError, one line."""
    inputs = inputs if inputs is not None else inputs_for(dataset, period)
    inputs = with_drivers(inputs, drivers)
    typed_complete(models, inputs.kommuner, locator(source))
    typed_name_free(models, inputs.weights, locator(source))
    with_own, typed = typed_values(models)
    inputs = data_years(with_drivers(inputs, typed), models)
    models = with_own
    specs = model_specs(models, inputs, source)
    for model in specs:
        if model.name in required:
            for driver, data_year in missing_drivers(inputs, model, period.year):
                raise ModelError(f"{model.name}: fördelningsgrunden {driver} saknar värden för "
                                 f"{period.year} (uppgiftsår {data_year})", "missing_year",
                                 driver=driver, year=period.year, data_year=data_year)
    default, per_group = upprakning_rates(upprakning)
    base = inputs.base
    if inputs.adopted is not None:  # next year's budget is adopted: no assumption
        table = adopted_next_year(base, inputs.adopted)
        pools, specific = dict(inputs.adopted.pools), inputs.adopted.specific
    else:
        table, factor = next_year_budget(base, default, per_group)
        pools = {p: v * factor for p, v in base.pools.items()}
        specific = base.specific * factor
    return Results(inputs, specs, compare_models(inputs, specs, decimals),
                   next_year_split(inputs, specs, pools, specific, base.year + 1, decimals),
                   table, decimals)


def report_year(results: Results, year: int) -> pd.DataFrame:
    """The comparison rows of one year."""
    return results.comparison[results.comparison["År"] == year]
