"""The workbench's figures: a scenario from the form, computed by the financing area's
rules (never re-implemented here), shown as Swedish tables and charts.

A scenario is the report period, the models of params/ to compare (the first one is the
current model), the controller's own model (a driver per pool, a grundavgift, driver
values per kommun) and next year's uppräkning per kontogrupp.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..areas import financing as rules
from ..areas import load_dataset as load_all
from ..areas import load_params, open_report, reportable_periods, resolve_period
from ..areas.allocation import SHARE_SUM_TOLERANCE, share_decimals
from ..core.context import ReportContext
from ..core.errors import InputError, ParamError
from ..core.formatting import (
    YEAR_KIND,
    Kind,
    amount,
    as_written,
    count,
    is_missing,
    join_sv,
    own_decimals,
    share,
)
from ..core.loading import Dataset
from ..core.paths import DATA_DIR, PARAMS_DIR
from ..core.periods import Period
from ..core.settings import name_key
from . import decision
from .data_watch import DataWatch
from .store import models_path, read_models
from .table_html import notes_html, table_html

TYPED_SOURCE = "värden i scenarioverktyget"   # the source of typed values until saved
COMPARISON, DIFFERENCE, HISTORY, BUDGET, NEXT = (
    "Jämförelse", "Skillnad mot nuvarande", "Historik", "Budget nästa år", "Nästa års fördelning")
POOLS = decision.POOLS


class ScenarioError(InputError):
    """A value the controller typed that the models cannot use (Swedish, one line)."""


def driver_label(driver: str) -> str:
    """The Swedish name of a driver in the form (decision.driver_name)."""
    return decision.driver_name(driver)


def swedish(error: rules.ModelError, files: dict[str, str] | None = None) -> str:
    """The financing rules' objection to a value, as one Swedish line for the form (a
    missing driver year with where it would be: `files`, driver → data file)."""
    d = error.details
    if error.reason == "negative":
        return (f"Värdet för {d['kommun']} får inte vara negativt "
                f"({decision.typed_text(d['value'])}).")
    if error.reason == "share_sum":
        return (f"De fasta andelarna summerar till {as_written(d['total'], 1)} %, "
                "inte 100 %.")
    if error.reason == "grundavgift_range" or d.get("field") == "grundavgift":
        return "Grundavgiften ska vara mellan 0 och 100 %."
    if error.reason in ("missing_value", "not_a_number") and "kommun" in d:
        return f"Ange ett värde för {d['kommun']}."
    if error.reason in ("zero_total", "zero_sum"):
        return "Värdena per kommun summerar till noll."
    if error.reason == "name_missing" and any(c in str(d.get("name")) for c in "\n\r\t"):
        return "Namnet innehåller en radbrytning eller tabb; skriv det på en rad."
    if error.reason == "name_missing":
        return "Ange ett namn på den egna modellen."
    if error.reason == "name_twice":
        return f"Namnet ”{d['name']}” används redan av en modell i params; välj ett annat."
    if error.reason == "missing_year":
        files = files or {}
        file = files.get(d["driver"]) or files.get("", "data")
        return (f"{decision.driver_name(d['driver'])} saknas för {d['year']}: "
                f"{decision.missing_reason(d['driver'], d['data_year'], file)}; ange "
                "värden per kommun.")
    return f"Ogiltigt värde: {error}"


@dataclass
class Scenario:
    """What the form asks for."""

    period: str
    compare: list[str]                      # names of the params' models (current first)
    custom: dict | None = None              # name, pools {pool: driver}, grundavgift_procent
    values: dict[str, float] = field(default_factory=dict)   # per kommun, for values_driver
    values_driver: str | None = None        # the custom model's driver whose values are edited
    upprakning: dict = field(default_factory=dict)           # default, kontogrupper


@dataclass
class Outcome:
    """The computed scenario: financing's results and the display tables."""

    results: rules.Results
    tables: dict[str, pd.DataFrame]
    percent: dict[str, list[str]]
    custom_spec: dict | None                # the custom model as params write it
    row_kinds: dict[str, dict[str, list]] = field(default_factory=dict)  # a kind per cell
    notes: dict[str, list[str]] = field(default_factory=dict)  # lines under a table


class Session:
    """Data and parameters loaded once; per period the context and the models' inputs
    (extracted once, so that a change of the form only runs the models). The parameters
    are read again when params/modeller.yaml was written meanwhile (`models_moved`)."""

    def __init__(self, data_dir=None, params_dir=None, dataset: Dataset | None = None):
        self.data_dir, self.params_dir = data_dir, params_dir
        folder = dataset.data_dir if dataset is not None else data_dir or DATA_DIR
        self.watch = DataWatch(folder)   # before reading: a change meanwhile shows
        self.dataset = dataset if dataset is not None else load_all(data_dir)
        self.periods = [str(p) for p in reportable_periods(self.dataset)]
        self._contexts: dict[str, ReportContext] = {}
        self._models_read = self._models_stamp()

    def period_of(self, period) -> str:
        """The form's period: none or "latest" the newest, else a YYYY-MM the data has a
        report for (else a Swedish ParamError naming the periods there are)."""
        wanted = str(resolve_period("latest" if period in (None, "") else period,
                                    self.dataset))
        if wanted not in self.periods:
            raise ParamError(f"period: {wanted} är ingen rapportperiod i data "
                             f"(rapportperioder: {join_sv(self.periods)})")
        return wanted

    def context(self, period: str) -> ReportContext:
        if period not in self._contexts:
            self._contexts[period] = open_report(period, self.data_dir, self.params_dir,
                                                 dataset=self.dataset)
        return self._contexts[period]

    def inputs(self, period: str) -> rules.Inputs:
        return rules.report_inputs(self.context(period))

    def forget_params(self) -> None:
        """Read params/ again on the next use (a model was saved from the form)."""
        self._contexts.clear()
        self._models_read = self._models_stamp()

    def _models_stamp(self) -> tuple:
        """params/modeller.yaml's and every other params file's inode, time and size."""
        folder = models_path(self.params_dir).parent
        stamps = []
        for path in sorted({models_path(self.params_dir), *folder.glob("*.yaml")}):
            try:   # every write of modeller.yaml replaces the file: a new inode
                found = path.stat()
            except OSError:
                continue
            stamps.append((path.name, found.st_ino, found.st_mtime_ns, found.st_size))
        return tuple(stamps)

    def models_moved(self) -> bool:
        """Whether a params file was written since the params were read (another workbench
        on the same params saved, renamed or deleted a model; a model or uppräkning edited
        by hand while the form is open)."""
        return self._models_stamp() != self._models_read

    @property
    def stale(self) -> str | None:
        """Why the figures are no longer the data's (None: they are)."""
        return self.watch.stale

    def data_moved(self) -> bool:
        """Whether the data folder changed since it was read (a value corrected while the
        form is open): the figures are then the old data's (`stale` says so)."""
        return self.watch.moved()

    def saved_names(self) -> set[str]:
        """The names of the models saved from the workbench (params/modeller.yaml)."""
        return {str(m.get("name")) for m in read_models(self.params_dir)}

    def is_saved(self, name: str) -> bool:
        """Whether a model of this name (`name_key`: case and spaces aside) is saved."""
        return name_key(name) in {name_key(n) for n in self.saved_names()}

    def taken_names(self) -> set[str]:
        """The names of the params files' models of every period, the saved ones aside: a
        model saved under one would make that period's params bad input."""
        names: set[str] = set()
        for period in self.params_periods():
            try:
                names |= {m.name for m in self.param_models(period)}
            except InputError:   # that period's params are bad already; its run says so
                continue
        return names - self.saved_names()

    def params_periods(self) -> list[str]:
        """The data's periods, and those of a params/YYYY-MM.yaml written since the data
        was read (a month added while the form is open): saving must not break its run."""
        folder = Path(self.params_dir) if self.params_dir else PARAMS_DIR
        written = (p.stem for p in folder.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].yaml"))
        return sorted({*self.periods, *written})

    def param_models(self, period: str) -> list[rules.FinancingModel]:
        """The models of params/ (and params/modeller.yaml) for the period, current first
        (a period not yet in the data: its params alone)."""
        params = self.context(period).params if period in self.periods else \
            load_params(Period.parse(period), self.params_dir)
        return list(rules.param_models(params) or [rules.CURRENT_MODEL])

    def drivers(self, period: str) -> list[str]:
        """Every driver the form offers: the built-in ones, then the data's."""
        data = sorted(d for d in self.inputs(period).weights
                      if d not in rules.BUILTIN_DRIVERS)
        return [*rules.BUILTIN_DRIVERS, *data]

    def driver_files(self) -> dict[str, str]:
        """Per driver, the data file its values would be in (the input table's file as
        the data folder names it); "" the data folder itself."""
        folder = Path(self.dataset.data_dir)
        files = {"": folder.name or str(folder)}
        drivers = [*rules.BUILTIN_DRIVERS, *(self.dataset["fordelningsnycklar"]["driver"]
                   if "fordelningsnycklar" in self.dataset else [])]
        for driver in drivers:
            table = decision.driver_table(driver)
            if table:
                files[driver] = f"{folder.name}/{table}.csv"
        return files

    def data_year(self, period: str, driver: str) -> int | None:
        """The data year a driver gives the report year (None for lika and fast)."""
        if not decision.has_year(driver):
            return None
        return rules.driver_year(driver, self.context(period).period.year)

    def shares_only(self, period: str) -> bool:
        """Whether the report year's befolkning key is given as shares (no inhabitants)."""
        values = self.inputs(period).weights["befolkning"].get(
            self.context(period).period.year)
        return values is not None and abs(float(np.nansum(values)) - 100) <= 0.5

    def driver_text(self, period: str, driver: str) -> str:
        """The driver with its data year and source, as the form names it."""
        return decision.driver_text(driver, self.data_year(period, driver),
                                    self.inputs(period).sources.get(driver))

    def kontogrupper(self, period: str) -> list[str]:
        """The budget's kontogrupper, in order (next year's uppräkning is set per row)."""
        return list(self.inputs(period).base.groups.index)

    def driver_values(self, period: str, driver: str) -> dict[str, float | None]:
        """The data's values of a driver for the report year (None where missing); fast:
        the current model's key in percent, as a starting point."""
        inputs, year = self.inputs(period), self.context(period).period.year
        source = "befolkning" if driver in ("fast", "lika") else driver
        values = inputs.weights.get(source, {}).get(rules.driver_year(source, year))
        if values is None:
            return dict.fromkeys(inputs.kommuner)
        if driver == "fast":
            shares = rules.pool_share(values, 0.0, 1) * 100
            return {k: round(float(v), 1) for k, v in zip(inputs.kommuner, shares, strict=True)}
        return {k: (None if np.isnan(v) else float(v))
                for k, v in zip(inputs.kommuner, values, strict=True)}


# ---------------------------------------------------------------- the custom model

def typed_shares_sum(values: dict) -> None:
    """Befolkning typed as shares (the key of the year is given in percent) sums to 100 %
    ± the keys' tolerance, as in befolkning.csv; else a ScenarioError (never rescaled)."""
    if any(v is None or v < 0 for v in values.values()):
        return   # an empty box or a negative value: the rules name it
    total = sum(float(v) for v in values.values())
    if abs(total - 100) > SHARE_SUM_TOLERANCE + 1e-9:
        raise ScenarioError(f"Befolkningsandelarna summerar till {as_written(total, 1)} %, "
                            "inte 100 %.")


def custom_spec(session: Session, scenario: Scenario) -> dict | None:
    """The custom model as a params entry; values typed for a count driver go with it as
    its `underlag` for the data year they stand for (the financing rules use them for
    that year only: `rules.typed_values`, as page 80 does for the saved model). The
    values are checked by the financing rules (`rules.typed_models`, `rules.compare`),
    befolkning typed as shares by `typed_shares_sum`."""
    custom = scenario.custom
    if not custom:
        return None
    name = str(custom.get("name") or "").strip()
    # A model saved from the workbench may be saved again under its own name.
    taken = session.taken_names()
    if name_key(name) in {name_key(t) for t in taken}:
        raise ScenarioError(f"Namnet ”{name}” används redan av en modell i params; välj ett "
                            "annat.")
    pools = dict(custom.get("pools") or {})
    driver = scenario.values_driver
    if driver == "befolkning" and driver in pools.values() and \
            session.shares_only(scenario.period):
        typed_shares_sum(scenario.values)
    spec = {"name": name}
    typed = None
    if driver is not None and driver != "lika" and driver in pools.values():
        kommuner = session.inputs(scenario.period).kommuner
        values = {k: scenario.values.get(k) for k in kommuner}
        if driver == "fast":
            spec["andelar"] = {k: (None if v is None else float(v)) for k, v in values.items()}
        elif values != session.driver_values(scenario.period, driver):
            year = rules.driver_year(rules.typed_driver(name),
                                     session.context(scenario.period).period.year)
            typed = {"fordelningsnyckel": driver, "kalla": TYPED_SOURCE, "ar": year,
                     "varden": {k: (None if v is None else float(v))
                                for k, v in values.items()}}
    drivers = list(pools.values())
    spec["driver"] = max(drivers, key=drivers.count) if drivers else "befolkning"
    spec["pools"] = {p: d for p, d in pools.items() if d != spec["driver"]}
    if not spec["pools"]:
        del spec["pools"]
    base = custom.get("grundavgift_procent", 0)
    if base is None or is_missing(base) or float(base):
        spec["grundavgift_procent"] = base if base is None else float(base)
    if typed is not None:
        spec["underlag"] = typed
    return spec


# ---------------------------------------------------------------- computing

def compute(session: Session, scenario: Scenario) -> Outcome:
    """Financing's results for the scenario (`rules.compare` on the period's cached
    inputs), and the tables the workbench shows."""
    if session.watch.glanced():   # the data changed since it was read: none of its figures
        raise ScenarioError(f"{session.stale}.")
    ctx = session.context(scenario.period)
    by_name = {m.name: m for m in session.param_models(scenario.period)}
    current = next(iter(by_name))
    spec = custom_spec(session, scenario)
    own = None if spec is None else spec["name"]
    shown = {name_key(n) for n in (current, own) if n is not None}   # own: a saved twin
    names = [current, *[n for n in scenario.compare
                        if n in by_name and name_key(n) not in shown]]
    models = [by_name[n] for n in names] + ([] if spec is None else [spec])
    upprakning = scenario.upprakning or rules.param_upprakning(ctx.params)
    try:
        models = rules.typed_models(models, source="formuläret")
        found = rules.summing_to_nettokostnad(ctx, rules.compare(
            ctx.dataset, ctx.period, models, upprakning, None, share_decimals(ctx.params),
            session.inputs(scenario.period), required=() if spec is None else (spec["name"],),
            source="formuläret"))
    except rules.ModelError as exc:
        raise ScenarioError(swedish(exc, session.driver_files())) from None
    tables, percent, row_kinds, notes = display_tables(found, ctx.period.year,
                                                       session.driver_files())
    return Outcome(found, tables, percent, spec, row_kinds, notes)


def _driver_value(inputs: rules.Inputs, model: rules.Model, pool: str, year: int,
                  i: int):
    driver = model.driver_for(pool)
    if driver == "lika":
        return None
    if driver == "fast":
        return float(model.andelar[i]) if model.andelar is not None else None
    values = inputs.weights.get(driver, {}).get(rules.driver_year(driver, year))
    return None if values is None else float(values[i])


def _value_kind(inputs: rules.Inputs, model: rules.Model, pool: str, year: int) -> Kind:
    """A pool's Underlag kind by its driver; typed values by the one they stand for."""
    driver = model.driver_for(pool)
    if driver == "fast":
        values = [] if model.andelar is None else list(model.andelar)
    else:
        found = inputs.weights.get(driver, {}).get(rules.driver_year(driver, year))
        values = [] if found is None else [float(v) for v in found]
    return decision.value_kind(rules.stands_for(driver, 0, inputs.typed)[0], values)


def display_tables(results: rules.Results, year: int, files: dict[str, str] | None = None):
    """The workbench's tables (Swedish labels), which of their columns are shares, each
    Underlag cell's kind (by its driver: a count, a percent, tkr) and the notes under each
    table (why a figure is missing; what the sign of a change means)."""
    inputs, files = results.inputs, files or {}
    rows = rules.report_year(results, year).reset_index(drop=True)
    pools = list(inputs.pools)
    by_name = {m.name: m for m in results.models}
    comparison = pd.DataFrame({"Modell": rows["Modell"], "Kommun": rows["Kommun"]})
    row_kinds: dict[str, list] = {}
    for pool in pools:
        comparison[f"Andel {pool}"] = rows[f"Andel {pool}"]
        comparison[f"Underlag {pool}"] = [
            _driver_value(inputs, by_name[m], pool, year, inputs.kommuner.index(k))
            for m, k in zip(rows["Modell"], rows["Kommun"], strict=True)]
        kinds = {m.name: _value_kind(inputs, m, pool, year) for m in results.models}
        row_kinds[f"Underlag {pool}"] = [kinds[m] for m in rows["Modell"]]
    for column in ("Kostnad", "Budget", "Avvikelse", "Skillnad mot nuvarande modell"):
        comparison[column] = rows[column]
    history = results.comparison[["Modell", "År", "Avser", "Kommun", "Kostnad", "Avvikelse"]
                                 ].copy()
    history["Kumulativ skillnad mot nuvarande"] = rules.cumulative_difference(
        results.comparison)
    history = history.dropna(subset=["Kostnad"]).reset_index(drop=True)
    budget_table = results.next_budget.rename_axis("Kontogrupp").reset_index()
    budget_table[rules.rate_column(budget_table)] /= 100
    nxt = results.next_year.drop(columns=["Underlag"])
    tables = {POOLS: decision.pool_sizes(results, year), COMPARISON: comparison,
              DIFFERENCE: decision.change_table(results, year),
              HISTORY: history, BUDGET: budget_table, NEXT: nxt}
    percent = {COMPARISON: [f"Andel {p}" for p in pools], BUDGET: [rules.UPPRAKNING_COLUMN],
               NEXT: [f"Andel {p}" for p in pools]}
    notes = {COMPARISON: [*rules.no_figures_lines(results, year),
                          *decision.missing_notes(results, [year], files),
                          decision.SIGN_LEGEND],
             DIFFERENCE: [decision.SIGN_LEGEND],
             HISTORY: decision.history_notes(results, history, files),
             NEXT: decision.next_year_key_notes(results, year + 1)}
    return tables, percent, {COMPARISON: row_kinds}, {k: v for k, v in notes.items() if v}


# ---------------------------------------------------------------- showing

def column_kinds(frame: pd.DataFrame, percent: list[str], decimals: int = 1) -> dict:
    """Each column's kind (page and workbook): shares in `percent` with `decimals` (typed
    uppräkning: as typed), changes in percent signed shares, År a year, Underlag a count,
    avvikelse and differences signed tkr, other numbers amounts; text columns None."""
    kinds = {}
    for column in frame.columns:
        series, name = frame[column], str(column).lower()
        if column in percent and str(column).endswith("(antagande)"):   # typed: as typed
            kinds[column] = share(max([1, *(own_decimals(v * 100) for v in series.dropna())]))
        elif column in percent:
            kinds[column] = share(decimals)
        elif column == "År":
            kinds[column] = YEAR_KIND
        elif not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            kinds[column] = None
        elif "skillnad" in name and name.endswith("(%)") or column == rules.CHANGE_COLUMN:
            kinds[column] = decision.SIGNED_SHARE
        elif "skillnad" in name or name.startswith("avvikelse"):
            kinds[column] = decision.SIGNED_AMOUNT
        elif str(column).startswith("Underlag"):
            values = series.dropna().astype(float)
            whole = bool(((values - values.round()).abs() < 1e-9).all())
            kinds[column] = count(0 if whole else 1)
        else:
            kinds[column] = amount()
    return kinds


def _formats(frame: pd.DataFrame, percent: list[str], decimals: int = 1) -> dict:
    return {c: k for c, k in column_kinds(frame, percent, decimals).items() if k is not None}


def frame_key(frame: pd.DataFrame) -> tuple:
    """A cheap fingerprint of a table's labels and rows in order (to redraw only changes)."""
    return (tuple(map(str, frame.columns)), len(frame),
            pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())


def tables_html(outcome: Outcome, period: str, cache: dict | None = None) -> str:
    """Every table's HTML (`table_parts`) in one string."""
    return "\n".join(table_parts(outcome, period, cache))


def captions(period: str) -> dict[str, str]:
    """Each table's caption (its year and unit), in the app above it and in the export as
    its sheet's title row."""
    year = int(period[:4])
    return {POOLS: f"Kostnadspooler {year} (tkr): det modellerna fördelar; de "
                   "kommunspecifika kostnaderna betalar varje kommun själv",
            COMPARISON: f"Kostnad per kommun och modell {year} (tkr), andelar med "
                        "fördelningsnyckelns värden (underlag)",
            DIFFERENCE: f"Förändring per kommun mot nuvarande modell {year} (tkr och %)",
            HISTORY: "Historik: kostnad, avvikelse och kumulativ skillnad (tkr)",
            BUDGET: f"Budget {year + 1} per kontogrupp (tkr)",   # the column says: assumed or adopted
            NEXT: f"Budget {year + 1} per kommun och modell (tkr)"}


def table_parts(outcome: Outcome, period: str, cache: dict | None = None) -> list[str]:
    """Every table as committee HTML (Swedish formats, text escaped; a cell of its own
    kind where `outcome.row_kinds` says so), each with its notes below; a table whose
    fingerprint (labels, values, cell kinds, share decimals) is in `cache` is not
    formatted again."""
    cache, named = ({} if cache is None else cache), captions(period)
    parts = []
    for name, frame in outcome.tables.items():
        notes = tuple(outcome.notes.get(name, ()))
        kinds = {c: tuple(k) for c, k in outcome.row_kinds.get(name, {}).items()}
        key = (name, period, frame_key(frame), notes, tuple(kinds.items()),
               outcome.results.decimals)
        if key not in cache:
            labels = {COMPARISON: 2, NEXT: 2, HISTORY: 4, POOLS: 1}.get(name, 1)
            cache[key] = table_html(frame, _formats(frame, outcome.percent.get(name, []),
                                                    outcome.results.decimals),
                                    named[name], labels,
                                    outcome.row_kinds.get(name)) + notes_html(notes)
        parts.append(cache[key])
    if len(cache) > 200:
        cache.clear()
    return parts
