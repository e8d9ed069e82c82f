"""The financing area's report protocol (docs/ARCHITECTURE.md, "The area protocol"):
has_data, validate_params, summary, key_figures and checks.
"""

from __future__ import annotations

from ...core.checks import FAIL, WARN, Check, KeyFigure, compare
from ...core.errors import InputError
from ...core.formatting import fmt_value, join_sv, round_half_away
from ...core.periods import Period
from .. import allocation, budget
from .adapters import models_for, report_inputs, report_results
from .inputs import ModelError, uprated_groups
from .results import Results, report_year, typed_complete, typed_year_used
from .rules import shown_difference
from .schema import AREA, driver_member_checks
from .sentences import summary_lines
from .specs import (
    first_is_current,
    param_locator,
    param_models,
    param_upprakning,
    upprakning_rates,
)
from .tables import measure_word


def has_data(dataset, period: Period) -> bool:
    """As the allocation: the operating statement covers the period and every kommun
    has a budget."""
    return allocation.has_data(dataset, period)


def validate_params(ctx) -> None:
    """Models, their typed values and uppräkning checked against the data (a bad one:
    ParamError, exit 2)."""
    models_for(ctx)
    first_is_current(param_models(ctx.params), param_locator(ctx.params))
    typed_complete(param_models(ctx.params), report_inputs(ctx).kommuner,
                   param_locator(ctx.params))
    known = set(ctx.dataset["kontogrupper"]["kontogrupp"])
    uprated = set(uprated_groups(ctx.dataset["kontogrupper"]))
    model_at = param_locator(ctx.params)
    rates = [(upprakning_rates(param_upprakning(ctx.params))[1],
              lambda g: ctx.params.sources.where("upprakning_procent", "kontogrupper", g))]
    rates += [(upprakning_rates(model.upprakning_procent)[1],
               lambda g, n=n: model_at(n, f"upprakning_procent.kontogrupper.{g}"))
              for n, model in enumerate(param_models(ctx.params) or [], start=1)]
    for groups, where in rates:   # the params' uppräkning, then each model's own
        for group in groups:
            if group not in known:
                raise ModelError(f'{where(group)}: "{group}" finns inte i kontogrupper',
                                 "unknown_kontogrupp", kontogrupp=group)
            if group not in uprated:   # kommunbidrag: no budget row is raised by it
                raise ModelError(f'{where(group)}: "{group}" är kommunbidrag; nästa års budget '
                                 "räknas upp per kontogrupp av intäkter och kostnader, så "
                                 "uppräkningen skulle inte användas; ta bort raden",
                                 "kommunbidrag_uprated", kontogrupp=group)


def summary(ctx) -> list[str]:
    """Swedish sentences: what each member would pay under each model."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    return summary_lines(report_results(ctx), ctx.period)


def key_figures(ctx) -> list[KeyFigure]:
    """Per kommun the largest difference between the models (report year): the highest
    shown cost − the lowest (`shown_difference`), as the page's costs read."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    rows = report_year(report_results(ctx), ctx.period.year)
    result = []
    for kommun, part in rows.groupby("Kommun", sort=False):
        every = part.set_index("Modell")["Kostnad"]
        costs = every.dropna()
        if len(costs) < 2:
            continue
        result.append(KeyFigure(f"Största skillnad mellan finansieringsmodellerna, {kommun}",
                                shown_difference(costs.max(), costs.min()), "tkr", "",
                                costliest_against_cheapest(costs),
                                note=left_out_note(list(every.index[every.isna()]))))
    return result


def left_out_note(models: list[str]) -> str:
    """The models a largest difference leaves out for want of a cost are named (uppgift
    saknas), so it is not read as the difference between every model; "" when none is."""
    if not models:
        return ""
    subject = f"Modellen {models[0]} saknar" if len(models) == 1 else \
        f"Modellerna {join_sv(models)} saknar"
    return f"{subject} underlag (uppgift saknas) och ingår inte i största skillnaden."


def costliest_against_cheapest(costs) -> str:
    """Which models cost a kommun most and least as the page shows them (whole tkr):
    every model tied at either end is named, and models all alike are said to be."""
    shown = {name: round_half_away(float(cost)) for name, cost in costs.items()}
    high, low = max(shown.values()), min(shown.values())
    if high == low:
        return "alla modeller ger samma kostnad"
    return (f"{join_sv([n for n, v in shown.items() if v == high])} mot "
            f"{join_sv([n for n, v in shown.items() if v == low])}")


def model_checks(found: Results, year: int, avser: str, nettokostnad: float,
                 tolerance: float) -> list[Check]:
    """Per model with figures for `year`: its shares of each pool sum to 100 %, and its
    costs per kommun sum to the operating statement's nettokostnad (tolerance per kommun)."""
    rows = report_year(found, year)
    n = len(found.inputs.kommuner)
    result = []
    for name, part in rows.groupby("Modell", sort=False):
        if part["Kostnad"].isna().any():
            continue  # a driver year is missing: the page says "uppgift saknas"
        for pool in found.inputs.pools:
            shares = part[f"Andel {pool}"]
            result.append(compare(AREA, f"{name}: andelarna för {pool} {year} summerar "
                                  "till 100 %", 100.0,
                                  round_half_away(float(shares.sum()) * 100, 6), 0.0))
        result.append(compare(AREA, f"{name}: kostnaden per kommun summerar till "
                              f"nettokostnaden ({avser} {year})", nettokostnad,
                              float(part["Kostnad"].sum()), tolerance * n))
    return result


def closed_year_checks(found: Results, year: int, totals, tolerance: float) -> list[Check]:
    """Per closed year before `year` and model with figures: its costs per kommun sum to the
    year's nettokostnad of record (bokslut_totaler; tolerance per kommun)."""
    rows = found.comparison
    rows = rows[(rows["År"] < year) & (rows["Avser"] == "utfall")]
    records = {closed: budget.of_record(totals, int(closed)).get("nettokostnad")
               for closed in rows["År"].unique()}
    keys = [rows["År"], rows["Modell"]]
    sums = rows["Kostnad"].groupby(keys, sort=True).sum()
    missing = rows["Kostnad"].isna().groupby(keys, sort=True).any()
    result = []
    for (closed, name), total in sums.items():
        record = records[closed]
        if missing[(closed, name)] or record is None or record != record:
            continue
        result.append(compare(AREA, f"{name}: kostnaden per kommun summerar till "
                              f"nettokostnaden (utfall {closed})", float(record),
                              float(total), tolerance * len(found.inputs.kommuner)))
    return result


def adopted_next_year_checks(found: Results, year: int, tolerance: float) -> list[Check]:
    """Per model with figures, where next year's budget is adopted in the data: its budget
    per kommun (split from the kostnadsställen's budget) sums to that budget's nettokostnad
    per kontogrupp (tolerance per kommun); none where next year's budget is assumed."""
    if found.inputs.adopted is None:
        return []
    column = f"Budget {year + 1}"
    nettokostnad = float(found.next_budget[column].sum(min_count=1))
    result = []
    for name, part in found.next_year.groupby("Modell", sort=False):
        if part[column].isna().any():
            continue  # a kostnadsställe's budget or a driver year is missing: shown missing
        result.append(compare(AREA, f"{name}: budget {year + 1} per kommun summerar till "
                              f"nettokostnaden i budget {year + 1} (antagen)", nettokostnad,
                              float(part[column].sum()), tolerance * len(found.inputs.kommuner)))
    return result


def partial_next_year_checks(ctx, found: Results) -> list[Check]:
    """A warning where the data hold next year's budget for some kontogrupper but not all:
    it is then not used as adopted (page 80 raises this year's by the uppräkning)."""
    if found.inputs.adopted is not None:
        return []
    year = ctx.period.year + 1
    held = budget.budget_amounts(budget.drift_for(ctx.dataset), "kontogrupp", year).reindex(
        uprated_groups(ctx.dataset["kontogrupper"]))
    if not held.notna().any():
        return []
    missing = join_sv([str(g) for g in held.index[held.isna()]])
    return [Check(AREA, f"Budget {year} i driftredovisning.csv för varje kontogrupp",
                  "alla kontogrupper", f"saknas för {missing}", 0.0, WARN,
                  f"budget {year} används inte som antagen, sidan räknar med uppräkningen; "
                  f"skriv - för en kontogrupp utan budget {year}")]


def summing_to_nettokostnad(ctx, found: Results) -> Results:
    """Rule: each model's costs per kommun sum to the nettokostnad, of the report year
    (`checks`), of each closed year on record (`closed_year_checks`) and of next year's
    adopted budget (`adopted_next_year_checks`); figures that do not are refused where no
    checks page shows (memo, workbench)."""
    for check in sum_checks(ctx, found):
        if check.status == FAIL:
            raise InputError(f"{check.area}: {check.description}: väntat "
                             f"{fmt_value(check.expected)}, beräknat {fmt_value(check.actual)}: "
                             f"rätta indata (itvt check --period {ctx.period} visar "
                             "kontrollerna med fel)")
    return found


def sum_checks(ctx, found: Results) -> list[Check]:
    """Every year page 80 shows, each model's costs per kommun against its nettokostnad:
    the report year's (`model_checks`), each closed year's of record (`closed_year_checks`)
    and next year's adopted budget (`adopted_next_year_checks`, `partial_next_year_checks`)."""
    _, nettokostnad = budget.result_for(ctx)
    return [*model_checks(found, ctx.period.year, measure_word(ctx.period), nettokostnad,
                          ctx.tolerance),
            *closed_year_checks(found, ctx.period.year, ctx.dataset["bokslut_totaler"],
                                ctx.tolerance),
            *adopted_next_year_checks(found, ctx.period.year, ctx.tolerance),
            *partial_next_year_checks(ctx, found)]


def unused_typed_checks(ctx, found: Results) -> list[Check]:
    """A warning per model whose typed values (`underlag` with its year `ar`) give no year
    the page shows its driver (`typed_year_used`; e.g. `ar` edited by hand to a year
    without a budget year here): page 80 names them as the model's source, but its
    figures rest on the data's values."""
    years = [int(y) for y in dict.fromkeys(found.comparison["År"]) if y <= ctx.period.year]
    where = param_locator(ctx.params)
    result = []
    for n, (model, spec) in enumerate(zip(param_models(ctx.params) or [], found.models,
                                          strict=False), start=1):
        underlag = model.underlag
        if underlag is None or underlag.ar is None or typed_year_used(
                found.inputs, spec, underlag, years, ctx.period.year + 1):
            continue
        result.append(Check(AREA, f"{model.name}: angivna värden för {underlag.ar} används",
                            f"ett år som sidan visar ({years[0]}–{ctx.period.year + 1})",
                            f"inget år använder {underlag.ar}", 0.0, WARN,
                            f"{where(n, 'underlag.ar')}: sidans siffror för modellen bygger "
                            "på underlagets värden, inte de angivna; rätta året"))
    return result


def checks(ctx) -> list[Check]:
    """The report's `sum_checks` (the page's history table shows the closed years too), a
    warning for a driver's year without some member (`driver_member_checks`) and for typed
    values no year uses (`unused_typed_checks`)."""
    if not has_data(ctx.dataset, ctx.period):
        return driver_member_checks(ctx.dataset)
    found = report_results(ctx)
    return driver_member_checks(ctx.dataset) + sum_checks(ctx, found) + \
        unused_typed_checks(ctx, found)
