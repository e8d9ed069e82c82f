"""The financing page's tables: per model and kommun for a year, the chart frame, every
model over every year, next year's budget with the keys used, and their formats.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import YEAR_KIND, amount, own_decimals, percent, share
from ...core.periods import Period
from .. import allocation
from .results import Results, report_year
from .rules import CHANGE_COLUMN, cumulative_difference, driver_year
from .schema import driver_names

DIFFERENCE = "Skillnad mot nuvarande modell"
CUMULATIVE = "Ackumulerad skillnad mot nuvarande modell"
DRIVER_SV = {"befolkning": "befolkningsandel", "budgetandel": "budgetandel",
             "lika": "lika delar", "fast": "fasta andelar"}


def driver_label(driver: str) -> str:
    """A driver as a sentence names it: the built-in ones as DRIVER_SV, the data's by
    their Swedish name in lower case ("samtal till växeln")."""
    if driver in DRIVER_SV:
        return DRIVER_SV[driver]
    name = driver_names(driver)[0]
    return name if name.startswith("Fördelningsnyckel") else name.lower()


def measure_word(period: Period) -> str:
    """"utfall" at year end, else "prognos"."""
    return "utfall" if period.is_year_end else "prognos"


def formats(frame: pd.DataFrame, decimals: int = 1) -> dict:
    """Formatters for committee_table: shares as "43,6 %", an assumed uppräkning (in
    percent) as written, differences signed, the year as a year (a number in a workbook), tkr."""
    result = {c: share(decimals) for c in frame.columns if str(c).startswith("Andel ")}
    for column in (c for c in frame.columns if str(c).endswith("(antagande)")):
        written = [own_decimals(v) for v in frame[column].dropna()]   # in percent: 2.25
        result[column] = percent(max([1, *written]))
    if CHANGE_COLUMN in frame.columns:   # an adopted budget's change: "+5,3 %", "−6,5 %"
        result[CHANGE_COLUMN] = percent(1, signed=True)
    if allocation.YEAR in frame.columns:
        result[allocation.YEAR] = YEAR_KIND
    for column in (DIFFERENCE, CUMULATIVE, "Avvikelse"):
        if column in frame.columns:
            result[column] = amount(signed=True)
    return result


def report_table(results: Results, year: int) -> pd.DataFrame:
    """Per model and kommun for `year`: share per pool, cost, budget, avvikelse and the
    difference from the current model."""
    rows = report_year(results, year)
    columns = ["Modell", "Kommun", *(f"Andel {p}" for p in results.inputs.pools), "Kostnad",
               "Budget", "Avvikelse", DIFFERENCE]
    return rows[columns].reset_index(drop=True)


def chart_frame(results: Results, year: int) -> pd.DataFrame:
    """Kommun (rows) × model (columns): cost in `year`; models without figures left out."""
    rows = report_year(results, year)
    wide = rows.pivot(index="Kommun", columns="Modell", values="Kostnad")
    wide = wide.reindex(index=list(results.inputs.kommuner),
                        columns=[m.name for m in results.models])
    return wide.dropna(axis=1, how="all")


def history_table(results: Results) -> pd.DataFrame:
    """Every model applied to every year: cost, budget, avvikelse and the cumulative
    difference from the current model, per kommun (in kommuner.csv's order)."""
    place = {k: i for i, k in enumerate(results.inputs.kommuner)}
    data = results.comparison.sort_values(
        ["Modell", "Kommun", "År"], key=lambda s: s.map(place) if s.name == "Kommun" else s,
        kind="stable")
    data = data.assign(**{CUMULATIVE: cumulative_difference(data)})
    order = {m.name: i for i, m in enumerate(results.models)}
    data = data.sort_values(["Modell", "År"], key=lambda s: s.map(order) if s.name == "Modell"
                            else s, kind="stable")
    data = data.assign(År=data["År"].astype(str))
    return data[["Modell", "År", "Kommun", "Avser", "Kostnad", "Budget", "Avvikelse",
                 CUMULATIVE]].reset_index(drop=True)


def stands_for(driver: str, data_year: int, typed: dict[str, str]) -> tuple[str, int]:
    """A model's typed driver (`typed`: typed driver -> the driver it replaces) as that
    driver, its data year moved into that driver's years; any other driver unchanged."""
    if driver not in typed:
        return driver, data_year
    return typed[driver], data_year - driver_year(driver, 0) + driver_year(typed[driver], 0)


def basis_text(used: dict, year: int, typed: dict[str, str] | None = None,
               typed_years: dict[str, int] | None = None) -> str:
    """The keys a split used, with their dates; "(senast kända)" where a key for `year`
    is not in the data and an older one is used; a model's typed driver as the driver it
    stands for (`stands_for`), "(angivna värden)" in the year of its typed values."""
    parts = []
    for own, own_year in used.items():
        driver, data_year = (own, own_year) if own_year is None else \
            stands_for(own, own_year, typed or {})
        if data_year is None:
            parts.append(driver_label(driver))
            continue
        if driver == "befolkning":
            text = f"befolkning {allocation.key_label(allocation.key_date(data_year))}"
        elif driver == "budgetandel":
            text = f"budget {data_year}"
        else:
            text = f"{driver_label(driver)} {data_year}"
        late = data_year != driver_year(driver, year)
        own_values = (typed_years or {}).get(own, None) == own_year
        parts.append(text + (" (angivna värden)" if own_values else "")
                     + (" (senast kända)" if late else ""))
    return ", ".join(parts)


def next_year_table(results: Results, year: int) -> pd.DataFrame:
    """Next year's budget per kommun under each model, with the keys used."""
    table = results.next_year.copy()
    table["Nyckel"] = [basis_text(used, year, results.inputs.typed, results.inputs.typed_years)
                       for used in table["Underlag"]]
    return table.drop(columns="Underlag")


def marked_current(table: pd.DataFrame, results: Results, flagged: pd.DataFrame,
                   year: int) -> pd.DataFrame:
    """`table` (a model table with Modell and Kommun, and År if over time, else of `year`)
    with the current model's rows marked where the papers' avvikelse contradicts budget −
    kostnad (`allocation.deviation_contradictions_for`: kommun and year in `flagged`)."""
    pairs = set(zip(flagged["year"].astype(int).astype(str), flagged["kommun"], strict=True)) \
        if len(flagged) else set()
    current = results.models[0].name
    years = table["År"] if "År" in table else pd.Series(str(year), index=table.index)
    flags = [(m == current and (str(y), k) in pairs)
             for m, y, k in zip(table["Modell"], years, table["Kommun"], strict=True)]
    return allocation.with_marks(table, flags, after="Avvikelse")
