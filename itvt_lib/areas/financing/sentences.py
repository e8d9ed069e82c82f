"""The financing page's Swedish sentences: what each member pays under each model, next
year's notes, the drivers and their sources, the footnote and missing figures.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import (
    as_written,
    fmt_percent,
    fmt_tkr,
    is_missing,
    isolated,
    join_sv,
)
from ...core.periods import Period
from .. import allocation
from .decision import reads_as_no_difference
from .results import Results, report_year, typed_driver
from .rules import Model, driver_year, some_members_only
from .tables import DIFFERENCE, driver_label, measure_word, stands_for


def _difference_words(diff: float) -> str:
    if reads_as_no_difference(diff):
        return "lika mycket som med nuvarande modell"
    return f"{fmt_tkr(abs(diff))} {'mindre' if diff < 0 else 'mer'} än med nuvarande modell"


def andelar_as_used(kommuner, andelar, decimals: int) -> str:
    """What fixed shares (or any weights: lika delar are ones) become as a key (rounded to
    `decimals` decimals of a percent by largest remainder, as the figures use them): ""
    when that keeps each weight's exact share, else
    ", som fördelningsnyckel avrundade till Herrljunga 43,7 % och Vårgårda 56,3 %"."""
    weights = pd.Series(andelar, dtype="float64")
    used = allocation.shares_from_weights(weights, decimals)
    if ((used - weights / weights.sum()).abs() < 1e-9).all():
        return ""
    return ", som fördelningsnyckel avrundade till " + join_sv(
        [f"{k} {fmt_percent(u, decimals)}" for k, u in zip(kommuner, used, strict=True)])


def no_figures_lines(results: Results, year: int) -> list[str]:
    """The line saying the models have no figures for `year` (no cost of the year to
    split, e.g. no prognos per kostnadsställe), or none."""
    if not report_year(results, year).empty:
        return []
    return [f"Finansieringsmodellerna saknar underlag för {year} (uppgift saknas)."]


def summary_lines(results: Results, period: Period) -> list[str]:
    """What each member pays under the current model, and would pay under each other."""
    rows = report_year(results, period.year)
    if rows.empty:
        return no_figures_lines(results, period.year)
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


def next_year_notes(results: Results, year: int,
                    typed: dict[str, str] | None = None) -> list[str]:
    """Sentences: the budget is an assumption; which keys are not yet in the data (a
    model's typed driver named as the driver it replaces, `typed`, by default the results',
    see `stands_for`)."""
    typed = results.inputs.typed if typed is None else typed
    lines = [f"Budget {year} är ett antagande: budget {year - 1} per kontogrupp uppräknad "
             "med uppräkningen i parametrarna, fördelad på kostnadsställen som budget "
             f"{year - 1}."]
    if results.inputs.adopted is not None:
        lines = [f"Budget {year} är den antagna budgeten i data; förändringen per kontogrupp "
                 f"är räknad mot budget {year - 1}."]
    late = []
    for used in results.next_year["Underlag"]:
        for driver, data_year in used.items():
            if data_year is not None and data_year != driver_year(driver, year):
                late.append((driver, data_year))
    for driver, data_year in dict.fromkeys(stands_for(*d, typed or {}) for d in late):
        if driver == "befolkning":
            wanted = allocation.key_label(allocation.key_date(year))
            lines.append(f"Befolkningen per {wanted} (nyckeln för {year}) finns inte i "
                         "underlaget; den senast kända nyckeln, per "
                         f"{allocation.key_label(allocation.key_date(data_year))}, används.")
        else:
            lines.append(f"Underlaget för {driver_label(driver)} {driver_year(driver, year)}"
                         f" finns inte; det senast kända underlaget ({data_year}) används.")
    return lines


def typed_head(name: str) -> str:
    """A model's typed values as the sources head them: "Modellen <name as written>:
    angivna värden", never capitalized into a driver's name ("Samtal: …")."""
    return f"Modellen {isolated(name)}: angivna värden"


def driver_explanations(results: Results, typed: dict[str, str] | None = None) -> list[str]:
    """Each driver the models use, and where its data comes from (a model's typed driver,
    `typed`, by default the results', as values of the driver it replaces); each
    grundavgift."""
    typed = results.inputs.typed if typed is None else typed
    used = dict.fromkeys(d for m in results.models
                         for d in [m.driver, *m.pools.values()])
    sources = results.inputs.sources
    owners = {typed_driver(m.name): m.name for m in results.models}
    lines = []
    for driver in used:
        if driver == "befolkning":
            text = ("Befolkningsandel: antal invånare den 1 november två år före budgetåret "
                    "(nuvarande modell)")
        elif driver == "budgetandel":
            text = "Budgetandel: kommunens kommunbidrag delat med det totala kommunbidraget"
        elif driver == "lika":
            kommuner = results.inputs.kommuner
            text = "Lika delar: samma andel för varje medlem" + andelar_as_used(
                kommuner, [1.0] * len(kommuner), results.decimals)
        elif driver == "fast":
            models = [m for m in results.models if m.andelar is not None]
            text = "Fasta andelar: andelar angivna i parametrarna (" + "; ".join(
                f"{isolated(m.name)}: " + join_sv([f"{k} {as_written(v, 1)} %" for k, v in
                                         zip(results.inputs.kommuner, m.andelar, strict=True)])
                + andelar_as_used(results.inputs.kommuner, m.andelar, results.decimals)
                for m in models) + ")"
        elif driver in (typed or {}):
            text = f"{typed_head(owners.get(driver, driver))} för {driver_label(typed[driver])}"
        else:
            text = f"{driver[:1].upper()}{driver[1:]}: antal per kommun året före budgetåret"
        source = sources.get(driver)
        lines.append(text + (f". Källa: {source}." if source else "."))
    for model in results.models:
        if model.grundavgift:
            lines.append(f"{isolated(model.name)}: {as_written(model.grundavgift * 100)} % av varje "
                         "kostnadspool fördelas lika (grundavgift), resten efter "
                         f"{rest_words(model, results.inputs.pools, typed)}.")
    return lines


def rest_words(model: Model, pools, typed: dict[str, str] | None = None) -> str:
    """What the rest after a grundavgift follows: the one driver of all `pools`, else each
    driver with its pools ("budgetandel (IT Gemensamt) och fasta andelar (Telefonväxel)");
    a typed driver as the driver it stands for (`typed`, see `stands_for`)."""
    by_driver: dict[str, list[str]] = {}
    for pool in pools:
        driver = model.driver_for(pool)
        by_driver.setdefault((typed or {}).get(driver, driver), []).append(pool)
    if len(by_driver) <= 1:
        return driver_label(next(iter(by_driver), model.driver))
    return join_sv([f"{driver_label(d)} ({join_sv(p)})" for d, p in by_driver.items()])


def footnote_text() -> str:
    """The page's footnote: units and rounding."""
    return ("Belopp i tkr, beräknade oavrundade och avrundade en gång; beloppen per kommun "
            "balanseras med största-restmetoden så att raderna summerar. Andelar avrundas som "
            "fördelningsnycklar. Avrundningsdifferenser kan förekomma.")


def partial_year_lines(results: Results, years) -> list[str]:
    """Why a year of `years` shows the current model alone: its costs of record name some
    members only (`some_members_only`; a member that joined later)."""
    rows, lines = results.comparison, []
    for year in dict.fromkeys(years):
        current = rows[(rows["Modell"] == results.models[0].name) & (rows["År"] == year)]
        if some_members_only(current["Kostnad"].to_numpy()):
            absent = current.loc[current["Kostnad"].isna(), "Kommun"].tolist()
            lines.append(f"{year} visas bara med nuvarande modell: bokslutet för {year} har "
                         f"ingen kostnad för {join_sv(absent)}, så året fördelas inte om "
                         "mellan alla kommuner.")
    return lines


def missing_lines(results: Results, year: int) -> list[str]:
    """Which models have no figures for `year` (a driver year missing); [] if none."""
    rows = report_year(results, year)
    names = [m.name for m in results.models
             if rows[rows["Modell"] == m.name]["Kostnad"].isna().any()]
    if not names:
        return []
    return [f"Uppgift saknas för {year} för {join_sv(names)}: underlaget för året finns "
            "inte bland indata."]
