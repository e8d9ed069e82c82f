"""Financing models, the report area (notebook 80): the area protocol and the page's
tables and Swedish sentences. The rules themselves are in `financing_rules`, which this
module imports.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

from functools import partial

import pandas as pd

from ..core.checks import Check, KeyFigure, compare
from ..core.errors import DataError
from ..core.formatting import (
    fmt_number,
    fmt_percent,
    fmt_tkr,
    is_missing,
    join_sv,
    round_half_away,
)
from ..core.loading import Column, Table
from ..core.periods import Period
from . import allocation, budget
from . import financing_rules as rules
from .financing_params import PARAMS as FINANCING_PARAMS

AREA = "Finansieringsmodell"
DIFFERENCE = "Skillnad mot nuvarande modell"
CUMULATIVE = "Ackumulerad skillnad mot nuvarande modell"
DRIVER_SV = {"befolkning": "befolkningsandel", "budgetandel": "budgetandel",
             "lika": "lika delar", "fast": "fasta andelar"}


def _validate_drivers(frame: pd.DataFrame, locate) -> None:
    """The driver table passes `financing_rules.driver_problem` (else DataError)."""
    problem = rules.driver_problem(frame)
    if problem is not None:
        label, column, message = problem
        file, line = locate(label)
        raise DataError(file, message, line, column)


PARAMS = FINANCING_PARAMS

TABLES = (
    Table("fordelningsnycklar",
          (Column("driver"),
           Column("year", "year"),
           Column("kommun", ref="kommuner.kommun"),
           Column("value", "number", min=0),
           Column("source")),
          key=("driver", "year", "kommun"), optional=True,
          validate=_validate_drivers),
)


# ---------------------------------------------------------------- report protocol

_LAST: list = []   # (ctx, its params, its dataset, results): one report's results, reused


def report_results(ctx) -> rules.Results:
    """The report's financing results, computed once per context (`rules.results_for`)."""
    if _LAST and _LAST[0] is ctx and _LAST[1] is ctx.params and _LAST[2] is ctx.dataset:
        return _LAST[3]
    found = rules.results_for(ctx)
    _LAST[:] = [ctx, ctx.params, ctx.dataset, found]
    return found


def has_data(dataset, period: Period) -> bool:
    """As the allocation: the operating statement covers the period and every kommun
    has a budget."""
    return allocation.has_data(dataset, period)


def validate_params(ctx) -> None:
    """Models and uppräkning checked against the data (a bad one: ParamError, exit 2)."""
    rules.models_for(ctx)
    _, groups = rules.upprakning_rates(rules.param_upprakning(ctx.params))
    known = set(ctx.dataset["kontogrupper"]["kontogrupp"])
    for group in groups:
        if group not in known:
            where = ctx.params.sources.where("upprakning_procent", "kontogrupper", group)
            raise rules.ModelError(f"{where}: {group!r} is not in kontogrupper",
                                   "unknown_kontogrupp", kontogrupp=group)


def summary(ctx) -> list[str]:
    """Swedish sentences: what each member would pay under each model."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    return summary_lines(report_results(ctx), ctx.period)


def key_figures(ctx) -> list[KeyFigure]:
    """Per kommun the largest difference between the models (report year)."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    rows = rules.report_year(report_results(ctx), ctx.period.year)
    result = []
    for kommun, part in rows.groupby("Kommun", sort=False):
        costs = part.set_index("Modell")["Kostnad"].dropna()
        if len(costs) < 2:
            continue
        result.append(KeyFigure(f"Största skillnad mellan finansieringsmodellerna, {kommun}",
                                float(costs.max() - costs.min()), "tkr", "",
                                f"{costs.idxmax()} mot {costs.idxmin()}"))
    return result


def model_checks(found: rules.Results, year: int, avser: str, nettokostnad: float,
                 tolerance: float) -> list[Check]:
    """Per model with figures for `year`: its shares of each pool sum to 100 %, and its
    costs per kommun sum to the operating statement's nettokostnad (tolerance per kommun)."""
    rows = rules.report_year(found, year)
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


def checks(ctx) -> list[Check]:
    """`model_checks` for the report year, against the resultaträkning's nettokostnad
    (prognos, or utfall at year end)."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    _, nettokostnad = budget.result_for(ctx)
    return model_checks(report_results(ctx), ctx.period.year, measure_word(ctx.period),
                        nettokostnad, ctx.tolerance)


# ---------------------------------------------------------------- the page

def driver_label(driver: str) -> str:
    """A driver as the page names it."""
    return DRIVER_SV.get(driver, driver)


def measure_word(period: Period) -> str:
    """"utfall" at year end, else "prognos"."""
    return "utfall" if period.is_year_end else "prognos"


def formats(frame: pd.DataFrame, decimals: int = 1) -> dict:
    """Formatters for committee_table: shares as "43,6 %", differences signed, tkr."""
    result = {c: partial(fmt_percent, decimals=decimals) for c in frame.columns
              if str(c).startswith("Andel ") or str(c).endswith("(antagande)")}
    for column in (DIFFERENCE, CUMULATIVE, "Avvikelse"):
        if column in frame.columns:
            result[column] = partial(fmt_number, signed=True)
    return result


def _difference_words(diff: float) -> str:
    if diff == 0:
        return "lika mycket som med nuvarande modell"
    return f"{fmt_tkr(abs(diff))} {'mindre' if diff < 0 else 'mer'} än med nuvarande modell"


def summary_lines(results: rules.Results, period: Period) -> list[str]:
    """What each member pays under the current model, and would pay under each other."""
    rows = rules.report_year(results, period.year)
    word = f"{measure_word(period)} {period.year}"
    current = rows[rows["Modell"] == results.models[0].name]
    lines = []
    if not current["Kostnad"].isna().any():
        lines.append("Med nuvarande modell betalar " + join_sv(
            [f"{k} {fmt_tkr(v)}" for k, v in zip(current["Kommun"], current["Kostnad"],
                                                  strict=True)]) + f" ({word}).")
    for model in results.models[1:]:
        part = rows[rows["Modell"] == model.name]
        if part["Kostnad"].isna().any():
            lines.append(f"Modellen {model.name} saknar underlag för {period.year} "
                         "(uppgift saknas).")
            continue
        for kommun, cost, diff in zip(part["Kommun"], part["Kostnad"], part[DIFFERENCE],
                                      strict=True):
            tail = "" if is_missing(diff) else f", {_difference_words(diff)}"
            lines.append(f"Med modellen {model.name} skulle {kommun} betala "
                         f"{fmt_tkr(cost)}{tail}.")
    return lines


def report_table(results: rules.Results, year: int) -> pd.DataFrame:
    """Per model and kommun for `year`: share per pool, cost, budget, avvikelse and the
    difference from the current model."""
    rows = rules.report_year(results, year)
    columns = ["Modell", "Kommun", *(f"Andel {p}" for p in results.inputs.pools), "Kostnad",
               "Budget", "Avvikelse", DIFFERENCE]
    return rows[columns].reset_index(drop=True)


def chart_frame(results: rules.Results, year: int) -> pd.DataFrame:
    """Kommun (rows) × model (columns): cost in `year`; models without figures left out."""
    rows = rules.report_year(results, year)
    wide = rows.pivot(index="Kommun", columns="Modell", values="Kostnad")
    wide = wide.reindex(index=list(results.inputs.kommuner),
                        columns=[m.name for m in results.models])
    return wide.dropna(axis=1, how="all")


def history_table(results: rules.Results) -> pd.DataFrame:
    """Every model applied to every year: cost, budget, avvikelse and the cumulative
    difference from the current model, per kommun."""
    data = results.comparison.sort_values(["Modell", "Kommun", "År"], kind="stable")
    data = data.assign(**{CUMULATIVE: rules.cumulative_difference(data)})
    order = {m.name: i for i, m in enumerate(results.models)}
    data = data.sort_values(["Modell", "År"], key=lambda s: s.map(order) if s.name == "Modell"
                            else s, kind="stable")
    data = data.assign(År=data["År"].astype(str))
    return data[["Modell", "År", "Kommun", "Avser", "Kostnad", "Budget", "Avvikelse",
                 CUMULATIVE]].reset_index(drop=True)


def basis_text(used: dict, year: int) -> str:
    """The keys a split used, with their dates; "(senast kända)" where a key for `year`
    is not in the data and an older one is used."""
    parts = []
    for driver, data_year in used.items():
        if data_year is None:
            parts.append(driver_label(driver))
            continue
        if driver == "befolkning":
            text = f"befolkning {allocation.key_label(allocation.key_date(data_year))}"
        elif driver == "budgetandel":
            text = f"budget {data_year}"
        else:
            text = f"{driver} {data_year}"
        late = data_year != rules.driver_year(driver, year)
        parts.append(text + (" (senast kända)" if late else ""))
    return ", ".join(parts)


def next_year_table(results: rules.Results, year: int) -> pd.DataFrame:
    """Next year's budget per kommun under each model, with the keys used."""
    table = results.next_year.copy()
    table["Nyckel"] = [basis_text(used, year) for used in table["Underlag"]]
    return table.drop(columns="Underlag")


def next_year_notes(results: rules.Results, year: int) -> list[str]:
    """Sentences: the budget is an assumption; which keys are not yet in the data."""
    lines = [f"Budget {year} är ett antagande: budget {year - 1} per kontogrupp uppräknad "
             "med uppräkningen i parametrarna, fördelad på kostnadsställen som budget "
             f"{year - 1}."]
    late = []
    for used in results.next_year["Underlag"]:
        for driver, data_year in used.items():
            if data_year is not None and data_year != rules.driver_year(driver, year):
                late.append((driver, data_year))
    for driver, data_year in dict.fromkeys(late):
        if driver == "befolkning":
            wanted = allocation.key_label(allocation.key_date(year))
            lines.append(f"Befolkningen per {wanted} (nyckeln för {year}) finns inte i "
                         "underlaget; den senast kända nyckeln, per "
                         f"{allocation.key_label(allocation.key_date(data_year))}, används.")
        else:
            lines.append(f"Underlaget för {driver_label(driver)} {rules.driver_year(driver, year)}"
                         f" finns inte; senast kända ({data_year}) används.")
    return lines


def driver_explanations(results: rules.Results) -> list[str]:
    """Each driver the models use, and where its data comes from; each grundavgift."""
    used = dict.fromkeys(d for m in results.models
                         for d in [m.driver, *m.pools.values()])
    sources = results.inputs.sources
    lines = []
    for driver in used:
        if driver == "befolkning":
            text = ("Befolkningsandel: antal invånare den 1 november två år före budgetåret "
                    "(nuvarande modell)")
        elif driver == "budgetandel":
            text = "Budgetandel: kommunens kommunbidrag delat med det totala kommunbidraget"
        elif driver == "lika":
            text = "Lika delar: samma andel för varje medlem"
        elif driver == "fast":
            models = [m for m in results.models if m.andelar is not None]
            text = "Fasta andelar: andelar angivna i parametrarna (" + "; ".join(
                f"{m.name}: " + join_sv([f"{k} {fmt_number(v, 1, zero='0')} %" for k, v in
                                         zip(results.inputs.kommuner, m.andelar, strict=True)])
                for m in models) + ")"
        else:
            text = (f"{driver.capitalize()}: antal per kommun året före budgetåret")
        source = sources.get(driver)
        lines.append(text + (f". Källa: {source}." if source else "."))
    for model in results.models:
        if model.grundavgift:
            lines.append(f"{model.name}: {fmt_number(model.grundavgift * 100, 0)} % av varje "
                         "kostnadspool fördelas lika (grundavgift), resten efter "
                         f"{driver_label(model.driver)}.")
    return lines


def footnote_text() -> str:
    """The page's footnote: units and rounding."""
    return ("Belopp i tkr, beräknade oavrundade och avrundade en gång; beloppen per kommun "
            "balanseras med största-restmetoden så att raderna summerar. Andelar avrundas som "
            "fördelningsnycklar. Avrundningsdifferenser kan förekomma.")


def missing_lines(results: rules.Results, year: int) -> list[str]:
    """Which models have no figures for `year` (a driver year missing); [] if none."""
    rows = rules.report_year(results, year)
    names = [m.name for m in results.models
             if rows[rows["Modell"] == m.name]["Kostnad"].isna().any()]
    if not names:
        return []
    return [f"Uppgift saknas för {year} för {join_sv(names)}: ett underlag för året "
            "finns inte i data."]
