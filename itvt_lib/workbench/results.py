"""The workbench's figures: a scenario from the form, computed by the financing area's
rules (never re-implemented here), shown as Swedish tables and charts.

A scenario is the report period, the models of params/ to compare (the first one is the
current model), the controller's own model (a driver per pool, a grundavgift, driver
values per kommun) and next year's uppräkning per kontogrupp.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..areas import financing as rules
from ..areas import load_dataset as load_all
from ..areas import open_report, reportable_periods
from ..areas.allocation import share_decimals
from ..core.context import ReportContext
from ..core.errors import InputError
from ..core.formatting import (
    YEAR_KIND,
    amount,
    count,
    esc,
    fmt_number,
    format_frame,
    is_missing,
    share,
)
from ..core.loading import Dataset
from .store import read_models

TYPED_SOURCE = "värden i scenarioverktyget"   # the source of typed values until saved
DRIVER_SV = {"befolkning": "Befolkning", "budgetandel": "Budgetandel", "lika": "Lika delar",
             "fast": "Fasta andelar (%)"}
COMPARISON, DIFFERENCE, HISTORY, BUDGET, NEXT = (
    "Jämförelse", "Skillnad mot nuvarande", "Historik", "Budget nästa år", "Nästa års fördelning")
COLORS = ("#1f4e79", "#9dc3e6", "#c55a11", "#70ad47", "#7f7f7f", "#ffc000", "#7030a0",
          "#843c0c", "#00b0f0", "#bf9000")


class ScenarioError(InputError):
    """A value the controller typed that the models cannot use (Swedish, one line)."""


def driver_label(driver: str) -> str:
    """The Swedish name of a driver in the form (a data driver by its own name)."""
    return DRIVER_SV.get(driver, driver)


def swedish(error: rules.ModelError) -> str:
    """The financing rules' objection to a value, as one Swedish line for the form."""
    d = error.details
    if error.reason == "negative":
        return (f"Värdet för {d['kommun']} får inte vara negativt "
                f"({fmt_number(d['value'], 1, zero='0')}).")
    if error.reason == "share_sum":
        return (f"De fasta andelarna summerar till {fmt_number(d['total'], 1, zero='0')} %, "
                "inte 100 %.")
    if error.reason == "grundavgift_range" or d.get("field") == "grundavgift":
        return "Grundavgiften ska vara mellan 0 och 100 %."
    if error.reason in ("missing_value", "not_a_number") and "kommun" in d:
        return f"Ange ett värde för {d['kommun']}."
    if error.reason == "zero_total":
        return "Värdena per kommun summerar till noll."
    if error.reason == "name_missing":
        return "Ange ett namn på den egna modellen."
    if error.reason == "name_twice":
        return f"Namnet ”{d['name']}” används redan av en modell i params; välj ett annat."
    if error.reason == "missing_year":
        return (f"Fördelningsnyckeln {driver_label(d['driver'])} saknas för {d['year']} "
                f"(uppgift saknas för {d['data_year']}); ange värden per kommun.")
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


class Session:
    """Data and parameters loaded once; per period the context and the models' inputs
    (extracted once, so that a change of the form only runs the models)."""

    def __init__(self, data_dir=None, params_dir=None, dataset: Dataset | None = None):
        self.data_dir, self.params_dir = data_dir, params_dir
        self.dataset = dataset if dataset is not None else load_all(data_dir)
        self.periods = [str(p) for p in reportable_periods(self.dataset)]
        self._contexts: dict[str, ReportContext] = {}
        self._inputs: dict[str, rules.Inputs] = {}

    def context(self, period: str) -> ReportContext:
        if period not in self._contexts:
            self._contexts[period] = open_report(period, self.data_dir, self.params_dir,
                                                 dataset=self.dataset)
        return self._contexts[period]

    def inputs(self, period: str) -> rules.Inputs:
        if period not in self._inputs:
            ctx = self.context(period)
            self._inputs[period] = rules.inputs_for(ctx.dataset, ctx.period)
        return self._inputs[period]

    def forget_params(self) -> None:
        """Read params/ again on the next use (a model was saved from the form)."""
        self._contexts.clear()

    def saved_names(self) -> set[str]:
        """The names of the models saved from the workbench (params/modeller.yaml)."""
        return {str(m.get("name")) for m in read_models(self.params_dir)}

    def param_models(self, period: str) -> list[dict]:
        """The models of params/ (and params/modeller.yaml) for the period, current first."""
        raw = rules.param_models(self.context(period).params)
        return list(raw) if raw else [dict(rules.CURRENT_MODEL)]

    def drivers(self, period: str) -> list[str]:
        """Every driver the form offers: the built-in ones, then the data's."""
        data = sorted(d for d in self.inputs(period).weights
                      if d not in rules.BUILTIN_DRIVERS)
        return [*rules.BUILTIN_DRIVERS, *data]

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

def custom_spec(session: Session, scenario: Scenario) -> dict | None:
    """The custom model as a params entry; values typed for a count driver go with it as
    its `underlag` for the data year they stand for (the financing rules use them for
    that year only: `rules.typed_values`, as page 80 does for the saved model). The
    values are checked by the financing rules (`rules.compare`), not here."""
    custom = scenario.custom
    if not custom:
        return None
    name = str(custom.get("name") or "").strip()
    # A model saved from the workbench may be saved again under its own name.
    taken = {m["name"] for m in session.param_models(scenario.period)} - session.saved_names()
    if name in taken:
        raise ScenarioError(f"Namnet ”{name}” används redan av en modell i params; välj ett "
                            "annat.")
    pools = dict(custom.get("pools") or {})
    driver = scenario.values_driver
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
    ctx = session.context(scenario.period)
    by_name = {m["name"]: m for m in session.param_models(scenario.period)}
    current = next(iter(by_name))
    spec = custom_spec(session, scenario)
    own = None if spec is None else spec["name"]
    names = [current, *[n for n in scenario.compare
                        if n in by_name and n not in (current, own)]]
    models = [by_name[n] for n in names]
    if spec is not None:
        models.append(spec)
    upprakning = scenario.upprakning or rules.param_upprakning(ctx.params)
    try:
        found = rules.compare(ctx.dataset, ctx.period, models, upprakning, None,
                              share_decimals(ctx.params), session.inputs(scenario.period),
                              required=() if spec is None else (spec["name"],),
                              source="formuläret")
    except rules.ModelError as exc:
        raise ScenarioError(swedish(exc)) from None
    tables, percent = display_tables(found, ctx.period.year)
    return Outcome(found, tables, percent, spec)


def _driver_value(inputs: rules.Inputs, model: rules.Model, pool: str, year: int,
                  i: int):
    driver = model.driver_for(pool)
    if driver == "lika":
        return None
    if driver == "fast":
        return float(model.andelar[i]) if model.andelar is not None else None
    values = inputs.weights.get(driver, {}).get(rules.driver_year(driver, year))
    return None if values is None else float(values[i])


def display_tables(results: rules.Results, year: int):
    """The workbench's tables (Swedish labels), and which of their columns are shares."""
    inputs = results.inputs
    rows = rules.report_year(results, year).reset_index(drop=True)
    pools = list(inputs.pools)
    by_name = {m.name: m for m in results.models}
    comparison = pd.DataFrame({"Modell": rows["Modell"], "Kommun": rows["Kommun"]})
    for pool in pools:
        comparison[f"Andel {pool}"] = rows[f"Andel {pool}"]
        comparison[f"Underlag {pool}"] = [
            _driver_value(inputs, by_name[m], pool, year, inputs.kommuner.index(k))
            for m, k in zip(rows["Modell"], rows["Kommun"], strict=True)]
    for column in ("Kostnad", "Budget", "Avvikelse", "Skillnad mot nuvarande modell"):
        comparison[column] = rows[column]
    difference = rows.pivot(index="Modell", columns="Kommun",
                            values="Skillnad mot nuvarande modell")
    difference = difference.reindex(index=list(by_name), columns=list(inputs.kommuner))
    history = results.comparison[["Modell", "År", "Avser", "Kommun", "Kostnad", "Avvikelse"]
                                 ].copy()
    history["Kumulativ skillnad mot nuvarande"] = rules.cumulative_difference(
        results.comparison)
    history = history.dropna(subset=["Kostnad"]).reset_index(drop=True)
    budget_table = results.next_budget.rename_axis("Kontogrupp").reset_index()
    budget_table["Uppräkning % (antagande)"] /= 100
    nxt = results.next_year.drop(columns=["Underlag"])
    tables = {COMPARISON: comparison, DIFFERENCE: difference.rename_axis(None, axis=1)
              .rename_axis("Modell").reset_index(),
              HISTORY: history, BUDGET: budget_table, NEXT: nxt}
    percent = {COMPARISON: [f"Andel {p}" for p in pools], BUDGET: ["Uppräkning % (antagande)"],
               NEXT: [f"Andel {p}" for p in pools]}
    return tables, percent


# ---------------------------------------------------------------- showing

def column_kinds(frame: pd.DataFrame, percent: list[str]) -> dict:
    """Each column's kind, for the page and the workbook alike: shares (0–1) in `percent`
    with one decimal, År a year, Underlag a count (one decimal where one is typed), other
    numbers amounts in tkr; text columns None."""
    kinds = {}
    for column in frame.columns:
        series = frame[column]
        if column in percent:
            kinds[column] = share(1)
        elif column == "År":
            kinds[column] = YEAR_KIND
        elif not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            kinds[column] = None
        elif str(column).startswith("Underlag"):
            values = series.dropna().astype(float)
            whole = bool(((values - values.round()).abs() < 1e-9).all())
            kinds[column] = count(0 if whole else 1)
        else:
            kinds[column] = amount()
    return kinds


def _formats(frame: pd.DataFrame, percent: list[str]) -> dict:
    return {c: k for c, k in column_kinds(frame, percent).items() if k is not None}


def frame_key(frame: pd.DataFrame) -> tuple:
    """A cheap fingerprint of a table's labels and values (to redraw only what changed)."""
    return (tuple(map(str, frame.columns)), len(frame),
            int(pd.util.hash_pandas_object(frame, index=False).sum()))


def tables_html(outcome: Outcome, period: str, cache: dict | None = None) -> str:
    """Every table as committee HTML (Swedish formats, text escaped); a table whose
    fingerprint is in `cache` is not formatted again."""
    cache = {} if cache is None else cache
    year = int(period[:4])
    captions = {COMPARISON: f"Kostnad per kommun och modell {year} (tkr), andelar med "
                            "fördelningsnyckelns värden (underlag)",
                DIFFERENCE: f"Skillnad mot nuvarande modell {year} (tkr)",
                HISTORY: "Historik: kostnad, avvikelse och kumulativ skillnad (tkr)",
                BUDGET: f"Budget {year + 1} per kontogrupp (tkr), uppräkning som antagande",
                NEXT: f"Budget {year + 1} per kommun och modell (tkr)"}
    parts = []
    for name, frame in outcome.tables.items():
        key = (name, period, frame_key(frame))
        if key not in cache:
            labels = {COMPARISON: 2, NEXT: 2, HISTORY: 4}.get(name, 1)
            cache[key] = table_html(frame, _formats(frame, outcome.percent.get(name, [])),
                                    captions[name], labels)
        parts.append(cache[key])
    if len(cache) > 200:
        cache.clear()
    return "\n".join(parts)


def table_html(frame: pd.DataFrame, formats: dict, caption: str, label_columns: int) -> str:
    """A light committee-style table (Swedish formats via format_frame, all text escaped):
    redrawn on every change, so plain string building rather than a Styler."""
    text = format_frame(frame, formats)
    head = "".join(f'<th style="text-align:{"left" if j < label_columns else "right"};'
                   f'padding:2px 6px;line-height:1.2">{esc(c)}</th>' for j, c in enumerate(text.columns))
    body = []
    for row in text.itertuples(index=False):
        cells = "".join(f'<td style="text-align:{"left" if j < label_columns else "right"};'
                        f'padding:2px 6px;white-space:{"normal" if j < label_columns else "nowrap"}">'
                        f'{esc(v)}</td>'
                        for j, v in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return (f'<table class="itvt-wb-table" style="border-collapse:collapse;margin:0 0 1em">'
            f'<caption style="caption-side:top;text-align:left;font-weight:bold">'
            f'{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Axis ticks (whole tkr): multiples of the smallest step of 1, 2, 2,5 or 5 × 10^k, at
    least 1, that covers [low, high] in at most about `count` steps, from a multiple at or
    below low to one at or above high."""
    span = (high - low) or max(abs(high), 1.0)
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1.0, next(m * magnitude for m in (1, 2, 2.5, 5, 10)
                         if m * magnitude >= raw * (1 - 1e-9)))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [i * step for i in range(first, max(last, first + 1) + 1)]


def bars_svg(data: pd.DataFrame, unit: str = "tkr", width: int = 400,
             height: int = 200) -> str:
    """Grouped bars as inline SVG: groups = rows (kommuner), bars = columns (models), in
    COLORS; y axis with Swedish tick labels; each bar's value in its tooltip; text
    escaped."""
    left, right, top, bottom = 58, 6, 8, 22
    inner_w, inner_h = width - left - right, height - top - bottom
    values = data.to_numpy(dtype=float)
    finite = values[np.isfinite(values)]
    ticks = nice_ticks(min(0.0, float(finite.min()) if finite.size else 0.0),
                       max(0.0, float(finite.max()) if finite.size else 1.0))
    low, high = ticks[0], ticks[-1]

    def y(v: float) -> float:
        return top + (high - v) / (high - low) * inner_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             'role="img" style="width:100%;height:auto;font:11px sans-serif">']
    for tick in ticks:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" '
                     f'y2="{y(tick):.1f}" stroke="{"#444" if tick == 0 else "#ddd"}" '
                     'stroke-width="0.8"/>'
                     f'<text x="{left - 4}" y="{y(tick) + 4:.1f}" text-anchor="end">'
                     f'{esc(fmt_number(tick, 0, zero="0"))}</text>')
    groups, models = list(data.index), list(data.columns)
    group_w = inner_w / max(1, len(groups))
    bar_w = group_w * 0.8 / max(1, len(models))
    for g, group in enumerate(groups):
        x0 = left + g * group_w + group_w * 0.1
        for j, model in enumerate(models):
            value = values[g, j]
            if not np.isfinite(value):
                continue
            y1, y2 = sorted((y(value), y(0.0)))
            parts.append(f'<rect x="{x0 + j * bar_w:.1f}" y="{y1:.1f}" width="{bar_w:.1f}" '
                         f'height="{max(y2 - y1, 0.5):.1f}" fill="{COLORS[j % len(COLORS)]}">'
                         f'<title>{esc(model)}, {esc(group)}: '
                         f'{esc(fmt_number(value, 0, zero="0"))} {esc(unit)}</title></rect>')
        parts.append(f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{height - 6}" '
                     f'text-anchor="middle">{esc(group)}</text>')
    parts.append("</svg>")
    return "".join(parts)


class ChartPainter:
    """The workbench's charts, report year: cost per kommun per model and the difference
    from the current model, as inline SVG (cheap to redraw: a string, no rendering in the
    kernel); redrawn only when their figures changed."""

    def __init__(self):
        self.models: tuple[str, ...] = ()
        self.last_key: tuple | None = None
        self.last_html = ""

    def legend_html(self, period: str) -> str:
        """The models' colours, as HTML above the charts (of the last charts drawn)."""
        return '<div style="font-size:90%">' + " ".join(
            f'<span style="white-space:nowrap"><span style="display:inline-block;width:10px;'
            f'height:10px;background:{COLORS[j % len(COLORS)]}"></span> {esc(m)}</span>'
            for j, m in enumerate(self.models)) + "</div>"

    def html(self, outcome: Outcome, period: str) -> str:
        """Both charts with their titles, side by side where there is room (the last ones
        again when their figures did not change)."""
        frame = outcome.tables[COMPARISON][["Modell", "Kommun", "Kostnad",
                                            "Skillnad mot nuvarande modell"]]
        key = (period, frame_key(frame))
        if key != self.last_key:
            self.models = tuple(dict.fromkeys(frame["Modell"]))
            kommuner = list(dict.fromkeys(frame["Kommun"]))
            titles = {"Kostnad": f"Kostnad per kommun {period[:4]} (tkr)",
                      "Skillnad mot nuvarande modell": "Skillnad mot nuvarande modell (tkr)"}
            charts = [f'<div style="flex:1 1 320px;max-width:420px"><div style="font-weight:'
                      f'bold">{esc(title)}</div>'
                      + bars_svg(frame.pivot(index="Kommun", columns="Modell", values=column)
                                 .reindex(index=kommuner, columns=list(self.models)))
                      + "</div>" for column, title in titles.items()]
            self.last_key = key
            self.last_html = ('<div class="itvt-wb-chart" style="display:flex;flex-wrap:wrap;'
                              'gap:12px">' + "".join(charts) + "</div>")
        return self.last_html
