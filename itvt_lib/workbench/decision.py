"""The decision context beside the workbench's figures: the pools' size, each kommun's
change against the current model in tkr and percent (with what the sign means), the
drivers' Swedish names with their year and source, why a figure is missing, and a fixed
colour per model. Pure functions on financing's results; the form and the tables use them.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import colorsys

import numpy as np
import pandas as pd

from ..areas import financing as rules
from ..areas.allocation import SHARE_SUM_TOLERANCE
from ..areas.financing.decision import CHANGE_SHARE, relative_change
from ..core.encoding import nfc
from ..core.formatting import (
    Kind,
    amount,
    count,
    fmt_number,
    is_missing,
    isolated,
    join_sv,
    own_decimals,
    percent,
)

SIGN_LEGEND = ("Skillnad mot nuvarande modell: positivt = kommunen betalar mer, "
               "negativt = kommunen betalar mindre.")
POOLS = "Kostnadspooler"
CHANGE = "Förändring mot nuvarande modell"
SIGNED_AMOUNT = amount(signed=True)
SIGNED_SHARE = CHANGE_SHARE
COLORS = ("#1f4e79", "#9dc3e6", "#c55a11", "#70ad47", "#7f7f7f", "#ffc000", "#7030a0",
          "#843c0c", "#00b0f0", "#bf9000")
SHARE_HEADING = "Befolkningsandel per kommun (%)"   # befolkning given as shares only


def typed_decimals(value) -> int:
    """The decimals a typed number has (at most 6)."""
    return own_decimals(value)


def typed_text(value) -> str:
    """A number as the form shows it back: decimal comma, grouped thousands, U+2212
    minus, the decimals it has (at most 6); "" for none."""
    if value is None:
        return ""
    return fmt_number(float(value), typed_decimals(value), zero="0")


def typed_name(text: str) -> str:
    """The own model's name as typed: trimmed, in NFC (a name typed on a Mac is the same
    name, in the same colour)."""
    return nfc(str(text).strip())


def typed_line(what: str, value, in_percent: bool = False) -> tuple:
    """An assumption line of a typed number: (what, number, its kind), so the workbook
    holds the number; none typed: (what, "uppgift saknas")."""
    if value is None or is_missing(value):
        return (what, "uppgift saknas")
    return (what, float(value), typed_kind(value, in_percent))


def typed_kind(value, in_percent: bool = False) -> Kind:
    """The kind of a typed number in a workbook: a count (or a figure in percent) with the
    decimals it has, so the cell holds the number and shows it as the form does."""
    decimals = typed_decimals(value)
    return percent(decimals) if in_percent else count(decimals, zero="0")


def _driver(driver: str) -> tuple[str, str, str, str]:
    return rules.driver_names(driver)


def driver_name(driver: str) -> str:
    """A driver's Swedish name ("Samtal till växeln"); an unknown code as ”code”."""
    return _driver(driver)[0]


def driver_table(driver: str) -> str:
    """The input table a driver's values come from ("" for lika and fast)."""
    return _driver(driver)[3]


def has_year(driver: str) -> bool:
    """Whether a driver's values belong to a year (not lika, not fast)."""
    return driver not in ("lika", "fast")


def driver_option(driver: str, data_year: int | None) -> str:
    """A driver as the form offers it: its name and the data year it uses
    ("Samtal till växeln 2023"); lika and fast without a year."""
    name = driver_name(driver)
    return f"{name} {data_year}" if has_year(driver) and data_year is not None else name


def driver_text(driver: str, data_year: int | None, source: str | None) -> str:
    """A driver with its year and source: "Samtal till växeln 2023 (Förvaltningsberättelse
    2023)"; without a source, name and year."""
    option = driver_option(driver, data_year)
    return f"{option} ({source})" if source else option


def values_heading(driver: str, data_year: int | None, shares_only: bool = False) -> str:
    """The heading of the kommun boxes for a driver: "Antal användare per kommun 2023";
    befolkning given only as shares: "Befolkningsandel per kommun (%)"."""
    heading = SHARE_HEADING if driver == "befolkning" and shares_only else _driver(driver)[2]
    return f"{heading} {data_year}" if has_year(driver) and data_year is not None else heading


def compared(outcome) -> list[str]:
    """The models an outcome compares with its own model, as computed (current first): never
    an unticked model nor the own model's saved twin."""
    own = None if outcome.custom_spec is None else outcome.custom_spec["name"]
    return [m.name for m in outcome.results.models if m.name != own]


def values_named(driver: str, data_year: int | None, shares: bool) -> str:
    """What the typed kommun values are, in Antaganden: the driver as the form offers it
    ("Samtal till växeln 2023"); befolkning typed as shares "Befolkningsandel 2024";
    budgetandel's values, kommunbidrag in tkr, "Kommunbidrag 2024 (tkr)"."""
    if driver == "befolkning" and shares:
        return f"Befolkningsandel {data_year}" if data_year is not None else "Befolkningsandel"
    if driver == "budgetandel":
        return " ".join(str(p) for p in ("Kommunbidrag", data_year, "(tkr)") if p is not None)
    return driver_option(driver, data_year)


def missing_reason(driver: str, data_year: int, data_file: str) -> str:
    """Why a driver has no value: "uppgift saknas: växelns samtal per kommun finns inte för
    2023 i data/fordelningsnycklar.csv"."""
    return f"uppgift saknas: {_driver(driver)[1]} finns inte för {data_year} i {data_file}"


def value_kind(driver: str, values) -> Kind:
    """The kind of a driver's values: fast and befolkning given as shares (100 ± tolerance)
    a percent, budgetandel an amount in tkr, counts whole unless a decimal is typed; shares
    and counts with the decimals written (12,25 %, never 12,3 % beside the share used); lika
    has none ("lika delar")."""
    if driver == "lika":
        return count(missing="lika delar")
    finite = np.asarray([v for v in values if v is not None and np.isfinite(v)], dtype=float)
    if driver == "fast" or (driver == "befolkning" and finite.size
                            and abs(finite.sum() - 100) <= SHARE_SUM_TOLERANCE + 1e-9):
        return percent(max([1, *(own_decimals(v) for v in finite)]))
    if driver == "budgetandel":
        return amount()
    whole = bool((np.abs(finite - np.round(finite)) < 1e-9).all())
    return count(0 if whole else max([1, *(own_decimals(v) for v in finite)]))


def pool_sizes(results: rules.Results, year: int) -> pd.DataFrame:
    """The joint pools' net cost for `year` (tkr) and what it is (utfall, prognos), and
    the kommunspecifika costs: what the models split (their total missing when one
    kommun's is: never summed as if it were 0)."""
    found = [yc for yc in results.inputs.years if yc.year == year]
    if not found:
        return pd.DataFrame({"Kostnadspool": [], f"Belopp {year} (tkr)": [], "Avser": []})
    yc = found[0]
    names = [*yc.pools, "Kommunspecifika kostnader"]
    values = [*yc.pools.values(), float(np.sum(yc.specific))]
    return pd.DataFrame({"Kostnadspool": names, f"Belopp {year} (tkr)": values,
                         "Avser": yc.avser})


def change_table(results: rules.Results, year: int) -> pd.DataFrame:
    """Per model and kommun, the change against the current model in `year`: tkr, and
    percent of the kommun's cost under the current model (positive: the kommun pays more)."""
    rows = rules.report_year(results, year)
    current = results.models[0].name
    cost, diff = {}, {}
    for model, kommun, kostnad, skillnad in zip(
            rows["Modell"], rows["Kommun"], rows["Kostnad"],
            rows["Skillnad mot nuvarande modell"], strict=True):
        cost[model, kommun], diff[model, kommun] = float(kostnad), float(skillnad)
    names = [m.name for m in results.models[1:]]
    columns = {"Modell": names}
    for kommun in results.inputs.kommuner:
        base = cost.get((current, kommun), np.nan)
        change = np.array([diff.get((m, kommun), np.nan) for m in names], dtype=float)
        columns[f"{kommun}, skillnad (tkr)"] = change
        columns[f"{kommun}, skillnad (%)"] = relative_change(
            pd.Series(change), pd.Series(base, index=range(len(names)))).to_numpy()
    return pd.DataFrame(columns)


def extra_color(i: int) -> str:
    """The colour of the i-th model past the palette: hue stepped by the golden angle
    (137,5°) from the palette's blue, lightness 30/45/60 % by turn, so none repeats."""
    hue = (208 + 137.508 * (i + 1)) % 360 / 360
    rgb = colorsys.hls_to_rgb(hue, (0.30, 0.45, 0.60)[i % 3], 0.65)
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def model_colors(names: list[str]) -> dict[str, str]:
    """Each model's colour by its place in the full list of models (params' in order,
    then the own model): the same whichever are ticked, in every chart and run; past the
    palette's ten, a colour of its own (extra_color), never one a model already has."""
    return {name: COLORS[i] if i < len(COLORS) else extra_color(i - len(COLORS))
            for i, name in enumerate(dict.fromkeys(names))}


def missing_notes(results: rules.Results, years, files: dict[str, str]) -> list[str]:
    """One line per model and year without figures: which driver is missing and where it
    would be (`files`: driver → data file), e.g. "Växeln efter samtal 2023: uppgift
    saknas: växelns samtal per kommun finns inte för 2022 i data/fordelningsnycklar.csv";
    a model's typed values as the driver they stand for (`rules.stands_for`)."""
    lines = []
    for year in years:
        for model in results.models:
            for own, own_year in rules.missing_drivers(results.inputs, model, year):
                driver, data_year = rules.stands_for(own, own_year, results.inputs.typed)
                file = files.get(driver) or files.get("", "data")
                lines.append(f"{isolated(model.name)} {year}: "
                             f"{missing_reason(driver, data_year, file)}")
    return list(dict.fromkeys(lines))


def budget_notes(results: rules.Results, years, files: dict[str, str]) -> list[str]:
    """One line per year of `years` without a budget per kommun (so no avvikelse): where
    it would be."""
    return [f"Avvikelse {yc.year}: uppgift saknas: {_driver('budgetandel')[1]} finns inte "
            f"för {yc.year} i {files.get('budgetandel', 'data')}"
            for yc in results.inputs.years
            if yc.year in years and np.isnan(np.asarray(yc.budget, float)).any()]


def next_year_key_notes(results: rules.Results, year: int) -> list[str]:
    """Under next year's budget per kommun: the keys it uses that are not next year's (the
    latest known instead), as page 80 says; page 80's first line, naming the parameters'
    uppräkning, left out (the form's uppräkning is typed) unless next year's budget is
    adopted: then it says so, as the form's uppräkning does not apply."""
    notes = rules.next_year_notes(results, year)
    return notes if results.inputs.adopted is not None else notes[1:]


def gap_years(comparison: pd.DataFrame, model: str) -> list[int]:
    """The years a model has no figures for between two years it has figures for."""
    rows = comparison[comparison["Modell"] == model]
    known = rows["Kostnad"].notna().groupby(rows["År"], sort=True).all()
    flags = known.tolist()
    return [int(year) for i, year in enumerate(known.index)
            if not flags[i] and any(flags[:i]) and any(flags[i + 1:])]


def years_before_figures(comparison: pd.DataFrame, model: str,
                         current: str) -> tuple[int | None, list[int]]:
    """(a model's first year with figures, the years before it the current model has
    figures for): its cumulative difference counts from that year, without them."""
    known = comparison["Kostnad"].notna().groupby(
        [comparison["Modell"], comparison["År"]], sort=True).all()
    own, base = known.xs(model, level=0), known.xs(current, level=0)
    first = min((int(y) for y, k in own.items() if k), default=None)
    return first, [] if first is None else [int(y) for y, k in base.items() if k and y < first]


def history_notes(results: rules.Results, history: pd.DataFrame,
                  files: dict[str, str]) -> list[str]:
    """Why the history shows "uppgift saknas": a year without a budget per kommun (no
    avvikelse), a year the current model has no figures for, or a year another model has
    none for between two it has (no cumulative difference)."""
    shown = [(year, deviation, cumulative) for year, cost, deviation, cumulative in zip(
        history["År"], history["Kostnad"], history["Avvikelse"], history.iloc[:, -1],
        strict=True) if not np.isnan(cost)]
    no_deviation = sorted({year for year, deviation, _ in shown if np.isnan(deviation)})
    no_current = sorted({year for year, _, cumulative in shown if np.isnan(cumulative)})
    current = results.models[0].name
    lines = [line for line in missing_notes(results, no_current, files)
             if line.startswith(f"{current} ")]
    for model in results.models[1:]:   # a gap: no cumulative difference after it
        gaps = gap_years(results.comparison, model.name)
        lines += [line for line in missing_notes(results, gaps, files)
                  if line.startswith(f"{model.name} ")]
        first, before = years_before_figures(results.comparison, model.name, current)
        if before:
            lines.append(f"{isolated(model.name)} räknas från {first}: "
                         f"{join_sv([str(y) for y in before])} saknar underlag (uppgift saknas)")
    return [*budget_notes(results, no_deviation, files),
            *(f"Kumulativ skillnad {line}" for line in lines),
            *rules.partial_year_lines(results, sorted(set(history["År"])))]
