"""Allocation of the joint costs between the member municipalities (docs/ARCHITECTURE.md, "Allocation").

Rules:
- The key for year Y is the population on (Y−2)-11-01 (counts, or the shares the source
  states when it gives no counts). Every key is a stated percentage: shares are rounded to
  `share_decimals` decimals of a percent (default 1) and balanced by largest remainder so
  that the rounded shares of any number of members sum to exactly 100 %.
- Each kommun pays its own kommunbidrag (its budget); its cost is joint net cost × share +
  its kommunspecifika costs (cost centres that carry its kommun).
- Budget share = kommun budget / total budget; budget = ursprunglig budget + tillägg.
- Drift (avvikelse per kommun) = kommun budget − allocated cost: positive is better than
  budget, as everywhere in the suite. It is also the kommun's result for the year.
- A closed year's per-kommun nettokostnad and resultat are of record: shown, and checked
  against the recomputed figures (a difference within tolerance is an avrundningsdifferens).
- Surplus/deficit: UB = IB + årets resultat; a write-off (avskrivning) sets next year's IB
  to 0, a transfer (överföring, the agreement's default) carries the UB forward.
- Other financing models (pools, drivers, grundavgift) are compared in `financing`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal
from functools import partial

import pandas as pd

from ..core.checks import Check, KeyFigure, band_light, compare
from ..core.errors import DataError
from ..core.formatting import fmt_number, fmt_percent, fmt_tkr, is_missing, join_sv, round_half_away
from ..core.loading import Column, Table
from ..core.params import text
from ..core.paths import display_path
from ..core.periods import Period
from ..core.reference import kommun_names
from . import budget
from .allocation_params import PARAMS as ALLOCATION_PARAMS
from .fund import (
    decision_text,
    derived_opening_balance,
    surplus_deficit,
)

AREA = "Fördelning mellan kommunerna"
SECTION = "fordelning"          # section of published.csv
TOTAL_POST = "Summa"            # post of published.csv that means the total row
KEY_TOTAL = "Summa"             # the key table's total row, as the source labels it
FUND_TOTAL = "Totalt"           # the surplus/deficit table's total row
KEY_MONTH, KEY_DAY, KEY_LAG_YEARS = 11, 1, 2
SHARE_SUM_TOLERANCE = 0.1       # stated shares must sum to 100 ± this (percentage points)
DECISIONS = ("overforing", "avskrivning")
DECISION_STATES = ("forslag", "beslutat")

# Column labels of the committee tables (Swedish: the committee reads them).
KEY, BUDGET_SHARE, SHARE = "Befolkningsandel", "Budgetandel", "Andel"
POINTS = "Skillnad (procentenheter)"
PERCENT_LABELS = {KEY, BUDGET_SHARE, SHARE, "% fördelning"}


# ---------------------------------------------------------------- tables

def _validate_population(frame: pd.DataFrame, locate) -> None:
    """One of invanare/andel_procent per row; one kind per key date; stated shares sum
    to 100 ± 0,1; a key date is 1 November."""
    for i, row in frame.iterrows():
        has_count, has_share = not is_missing(row["invanare"]), not is_missing(row["andel_procent"])
        if has_count == has_share:
            file, line = locate(i)
            what = "both are given" if has_count else "neither is given"
            raise DataError(file, f"give either invanare or andel_procent ({what})",
                            line, "invanare")
        day = row["key_date"]
        if (day.month, day.day) != (KEY_MONTH, KEY_DAY):
            file, line = locate(i)
            raise DataError(file, f"{day.isoformat()} is not 1 November (the key is the "
                            "population on 1 November)", line, "key_date")
    for day, rows in frame.groupby("key_date", sort=True):
        counted = rows["invanare"].notna()
        if counted.any() and not counted.all():
            file, line = locate(rows.index[(counted != counted.iloc[0]).argmax()])
            raise DataError(file, f"{day.isoformat()} mixes counts (invanare) and shares "
                            "(andel_procent): give one kind per key date", line,
                            "andel_procent" if counted.iloc[0] else "invanare")
        if counted.all():
            if float(rows["invanare"].sum()) <= 0:
                file, line = locate(rows.index[-1])
                raise DataError(file, f"{day.isoformat()}: the counts sum to zero", line,
                                "invanare")
            continue
        total = float(rows["andel_procent"].sum())
        if abs(total - 100) > SHARE_SUM_TOLERANCE + 1e-9:
            file, line = locate(rows.index[-1])
            raise DataError(file, f"the shares of {day.isoformat()} sum to {total:g} %, not "
                            f"100 (±{SHARE_SUM_TOLERANCE:g})", line, "andel_procent")


def _validate_fund(frame: pd.DataFrame, locate) -> None:
    """A decision has a state (förslag/beslutat) and a state has a decision."""
    for i, row in frame.iterrows():
        if is_missing(row["beslut"]) != is_missing(row["status"]):
            file, line = locate(i)
            column = "status" if is_missing(row["status"]) else "beslut"
            raise DataError(file, "beslut and status go together (both or neither)", line,
                            column)


PARAMS = ALLOCATION_PARAMS

TABLES = (
    Table("befolkning",
          (Column("key_date", "date"),
           Column("kommun", ref="kommuner.kommun"),
           Column("invanare", "int", nullable=True, min=0),
           Column("andel_procent", "number", nullable=True, min=0, max=100),
           Column("source")),
          key=("key_date", "kommun"),
          validate=_validate_population),
    Table("kommunbidrag_kommun",
          budget.amount_columns(Column("kommun", ref="kommuner.kommun")),
          key=("year", "period", "measure", "kommun"),
          validate=budget.validate_amount_rows),
    Table("resultatfond",
          (Column("year", "year"),
           Column("kommun", ref="kommuner.kommun"),
           Column("ib", "number", nullable=True),
           Column("beslut", nullable=True, choices=DECISIONS),
           Column("status", nullable=True, choices=DECISION_STATES),
           Column("source", nullable=True)),
          key=("year", "kommun"),
          validate=_validate_fund),
)


# ---------------------------------------------------------------- keys

def key_date(year: int) -> date:
    """The key for year Y is the population on (Y−2)-11-01."""
    return date(year - KEY_LAG_YEARS, KEY_MONTH, KEY_DAY)


def round_shares(shares: pd.Series, decimals: int = 1) -> pd.Series:
    """Shares (fractions summing to 1) rounded to `decimals` decimals of a percent by
    largest remainder: floor every share, then give one unit to the largest remainders
    (ties in order) until the rounded shares sum to exactly 100 %."""
    if shares.empty:
        return shares.astype(float)
    scale = Decimal(10) ** (2 + decimals)
    units = [Decimal(repr(float(s))) * scale for s in shares]
    floors = [u.to_integral_value(rounding=ROUND_FLOOR) for u in units]
    missing = int(scale - sum(floors))
    order = sorted(range(len(units)), key=lambda i: (-(units[i] - floors[i]), i))
    for i in order[:max(0, missing)]:
        floors[i] += 1
    return pd.Series([float(f / scale) for f in floors], index=shares.index, dtype="float64")


def round_to_total(amounts: pd.Series) -> pd.Series:
    """Amounts split by a key rounded to whole tkr by largest remainder, so that the
    rounded parts sum to the rounded total (NaN stays NaN)."""
    if amounts.empty or amounts.isna().any():
        return amounts.astype(float)
    floors = amounts.astype(float).apply(lambda v: float(Decimal(repr(v)).to_integral_value(
        rounding=ROUND_FLOOR)))
    missing = int(round_half_away(float(amounts.sum())) - floors.sum())
    order = sorted(range(len(amounts)), key=lambda i: (-(amounts.iloc[i] - floors.iloc[i]), i))
    for i in order[:max(0, missing)]:
        floors.iloc[i] += 1
    return floors


def shares_from_weights(weights: pd.Series, decimals: int = 1) -> pd.Series:
    """Share = weight / sum of weights, rounded by `round_shares` (NaN if any weight is)."""
    weights = weights.astype(float)
    if weights.empty or weights.isna().any() or weights.sum() <= 0:
        return pd.Series(float("nan"), index=weights.index, dtype="float64")
    return round_shares(weights / weights.sum(), decimals)


def key_rows(befolkning: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of the key for `year` (population of (year−2)-11-01), indexed by kommun."""
    return befolkning[befolkning["key_date"] == key_date(year)].set_index("kommun")


def population_key(befolkning: pd.DataFrame, kommuner: list[str], year: int,
                   decimals: int = 1) -> pd.Series:
    """Key for `year`: each kommun's count (or stated share) on (year−2)-11-01 over the
    total, rounded by largest remainder; all NaN when the key is missing or incomplete."""
    rows = key_rows(befolkning, year).reindex(kommuner)
    weights = rows["invanare"].astype(float).where(rows["invanare"].notna(),
                                                   rows["andel_procent"].astype(float))
    return shares_from_weights(weights, decimals).rename_axis(None)


def has_key(befolkning: pd.DataFrame, kommuner: list[str], year: int) -> bool:
    """True when the key for `year` gives a value for every kommun."""
    return not population_key(befolkning, kommuner, year).isna().any()


def budget_shares(kommun_budget: pd.Series, decimals: int = 1) -> pd.Series:
    """Budget share = kommun budget / total budget, rounded by largest remainder."""
    return shares_from_weights(kommun_budget, decimals)


def equal_shares(kommuner: list[str], decimals: int = 1) -> pd.Series:
    """Equal split: 1 / number of members each, rounded by largest remainder."""
    return shares_from_weights(pd.Series(1.0, index=kommuner), decimals)


# ---------------------------------------------------------------- amounts per kommun

def kommun_budget(kommunbidrag: pd.DataFrame, kommuner: list[str], year: int) -> pd.Series:
    """Each kommun's budget (kommunbidrag) for `year`: ursprunglig budget + tillägg."""
    return budget.budget_amounts(kommunbidrag, "kommun", year).reindex(kommuner)


def split_net_cost(items: pd.Series, kostnadsstallen: pd.DataFrame,
                   kommuner: list[str]) -> tuple[float, pd.Series]:
    """(joint net cost, kommunspecifika per kommun) from net cost per kostnadsställe:
    cost centres without a kommun are joint; a kommun without own centres has 0."""
    owner = kostnadsstallen.set_index("kostnadsstalle")["kommun"]
    joint_items = items[items.index.map(lambda c: is_missing(owner.get(c)))]
    joint = float(joint_items.sum()) if not joint_items.empty and not joint_items.isna().any() \
        else float("nan")
    specific = pd.Series(0.0, index=kommuner, dtype="float64")
    for centre, value in items.items():
        kommun = owner.get(centre)
        if not is_missing(kommun) and kommun in specific.index:
            specific[kommun] = specific[kommun] + value  # NaN stays NaN (missing)
    return joint, specific


def allocate(joint: float, specific: pd.Series, shares: pd.Series) -> pd.Series:
    """Allocated cost = joint net cost × share + the kommun's kommunspecifika costs."""
    return joint * shares.astype(float) + specific.reindex(shares.index).astype(float)


def drift(kommun_budget: pd.Series, cost: pd.Series) -> pd.Series:
    """Drift (avvikelse) = kommun budget − allocated cost: positive is better than budget."""
    return kommun_budget.astype(float) - cost.reindex(kommun_budget.index).astype(float)


def allocation_table(kommun_budget: pd.Series, joint: float, specific: pd.Series,
                     key: pd.Series, decimals: int = 1) -> pd.DataFrame:
    """Per kommun: key, budget, budget share, joint × key, kommunspecifika, allocated cost
    and drift (budget − cost)."""
    cost = allocate(joint, specific, key)
    return pd.DataFrame({
        KEY: key.astype(float),
        "Budget": kommun_budget.astype(float),
        BUDGET_SHARE: budget_shares(kommun_budget, decimals),
        "Gemensamma kostnader": joint * key.astype(float),
        "Kommunspecifika": specific.reindex(key.index).astype(float),
        "Kostnad": cost,
        "Avvikelse": drift(kommun_budget, cost),
    }, index=key.index)


def neutral_budget(kommun_budget: pd.Series, joint_budget: float,
                   specific_budget: pd.Series, key: pd.Series) -> pd.DataFrame:
    """The budget split that removes the drift: each kommun's budget = joint budgeted net
    cost × key + its budgeted kommunspecifika; change = that − today's budget."""
    neutral = allocate(joint_budget, specific_budget, key)
    return pd.DataFrame({"Budget": kommun_budget.astype(float),
                         "Budget enligt nyckeln": neutral,
                         "Förändring": neutral - kommun_budget.astype(float)},
                        index=key.index)


def record_by_kommun(totals: pd.DataFrame, year: int, post: str,
                     kommuner: list[str]) -> pd.Series:
    """Per-kommun totals of record of a closed year (NaN where the annual report has none)."""
    mask = (totals["year"] == year) & (totals["post"] == post) & totals["kommun"].notna()
    return totals[mask].set_index("kommun")["belopp"].astype(float).reindex(kommuner)


def _with_total(values: pd.Series, total_label: str, total=None) -> pd.Series:
    """`values` plus a total row: `total` if given, else the sum (NaN if any is missing)."""
    if total is None or is_missing(total):
        total = values.sum() if not values.isna().any() and not values.empty else float("nan")
    return pd.concat([values.astype(float), pd.Series([float(total)], index=[total_label])])


# ---------------------------------------------------------------- display helpers

def share_formats(frame: pd.DataFrame, decimals: int = 1) -> dict:
    """Formatters for committee_table: share columns as "43,6 %", percentage points as
    "+4,8", the rest as tkr."""
    formats = {c: partial(fmt_percent, decimals=decimals) for c in frame.columns
               if c in PERCENT_LABELS or str(c).endswith(" andel")}
    if POINTS in frame.columns:
        formats[POINTS] = partial(fmt_number, decimals=decimals, signed=True)
    return formats


def key_label(day: date) -> str:
    """The key date as the source writes it: "1/11 2021"."""
    return f"{day.day}/{day.month} {day.year}"


# ---------------------------------------------------------------- context wrappers

def share_decimals(params) -> int:
    """The `share_decimals` parameter: decimals of a percent in shares (0–6, validated on
    loading)."""
    return params.share_decimals


def _kommuner(ds) -> list[str]:
    return kommun_names(ds["kommuner"])


def key_for(ctx, year: int | None = None) -> pd.Series:
    """The population key for `year` (default the report's year)."""
    year = ctx.period.year if year is None else year
    return population_key(ctx.dataset["befolkning"], _kommuner(ctx.dataset), year,
                          share_decimals(ctx.params))


def _net_cost_parts(ds, year: int, measure: str, period: Period | None) -> tuple[float, pd.Series]:
    """(joint, kommunspecifika) of a measure; a closed year's joint cost is of record."""
    items = budget.measure_amounts(ds["kostnadsstalle_netto"], "kostnadsstalle", year,
                                   measure, period)
    joint, specific = split_net_cost(items, ds["kostnadsstallen"], _kommuner(ds))
    if measure == "utfall":
        joint = budget.of_record(ds["bokslut_totaler"], year).get("nettokostnad_gemensamma",
                                                                    joint)
    return joint, specific


def allocation_for(ctx, year: int | None = None, measure: str | None = None) -> pd.DataFrame:
    """The allocation table for the report's year and measure (prognos, or utfall at year
    end), recomputed from the key (not of record)."""
    ds, period = ctx.dataset, ctx.period
    year = period.year if year is None else year
    measure = period.outcome_measure if measure is None else measure
    joint, specific = _net_cost_parts(ds, year, measure, period)
    return allocation_table(kommun_budget(ds["kommunbidrag_kommun"], _kommuner(ds), year),
                            joint, specific, key_for(ctx, year), share_decimals(ctx.params))


def neutral_budget_for(ctx) -> pd.DataFrame:
    """The budget split of the report's year that would remove the drift."""
    ds, year = ctx.dataset, ctx.period.year
    joint, specific = _net_cost_parts(ds, year, "budget", ctx.period)
    table = neutral_budget(kommun_budget(ds["kommunbidrag_kommun"], _kommuner(ds), year),
                           joint, specific, key_for(ctx))
    return pd.concat([table, table.sum(min_count=len(table)).to_frame(budget.total_label(ctx.params)).T])


def kommun_statement(ctx) -> pd.DataFrame:
    """The source's "Fördelning mellan kommunerna": per kommun the columns of the
    resultaträkning (bokslut, budget build-up, prognos/utfall, avvikelse) and a total row.
    A closed year's nettokostnad and resultat per kommun are those of record."""
    ds, period = ctx.dataset, ctx.period
    kommuner, total_label = _kommuner(ds), budget.total_label(ctx.params)
    kb, totals = ds["kommunbidrag_kommun"], ds["bokslut_totaler"]
    columns = budget.statement_columns(period, budget.has_split(kb, period.year))
    table = pd.DataFrame(index=[*kommuner, total_label])
    for col in columns:
        if col.measure == "avvikelse":
            continue
        record = budget.of_record(totals, col.year) if col.measure == "utfall" else {}
        if col.measure in ("utfall", "prognos"):
            values = record_by_kommun(totals, col.year, "nettokostnad", kommuner)
            if values.isna().any() and has_key(ds["befolkning"], kommuner, col.year):
                computed = allocation_for(ctx, col.year, col.measure)["Kostnad"]
                values = values.where(values.notna(), round_to_total(computed))
        elif col.measure == "budget":
            values = kommun_budget(kb, kommuner, col.year)
        else:
            values = budget.amounts(kb, "kommun", col.year, col.measure).reindex(kommuner)
        table[col.label] = _with_total(values, total_label, record.get("nettokostnad"))
    budget_label = next(c.label for c in columns if c.measure == "budget")
    outcome_label = next(c.label for c in columns if c.year == period.year
                         and c.measure == period.outcome_measure)
    deviation = table[budget_label] - table[outcome_label]
    if period.is_year_end:
        result = record_by_kommun(totals, period.year, "resultat", kommuner)
        record = budget.of_record(totals, period.year).get("resultat")
        of_record = _with_total(result, total_label, record)
        deviation = of_record.where(of_record.notna(), deviation)
    table[columns[-1].label] = deviation
    return table


def year_results(ctx) -> pd.DataFrame:
    """Result per kommun and year (year, kommun, resultat): of record where the annual
    report has it; else, for the report's year, the drift of its prognos or utfall."""
    ds, kommuner = ctx.dataset, _kommuner(ctx.dataset)
    totals = ds["bokslut_totaler"]
    rows = []
    years = sorted(set(totals["year"]) | {ctx.period.year})
    for year in years:
        if year > ctx.period.year:
            continue
        values = record_by_kommun(totals, year, "resultat", kommuner)
        if year == ctx.period.year and values.isna().any():
            values = values.where(values.notna(), shown_drift(ctx))
        rows += [(year, k, values[k]) for k in kommuner]
    return pd.DataFrame(rows, columns=["year", "kommun", "resultat"])


def surplus_deficit_for(ctx) -> pd.DataFrame:
    """The surplus/deficit table of the report's year, with a total row (Totalt)."""
    ds, year = ctx.dataset, ctx.period.year
    table = surplus_deficit(ds["resultatfond"], year_results(ctx), _kommuner(ds), year)
    numbers = table[["IB", "Årets resultat", "UB", "IB nästa år"]]
    total = numbers.sum(min_count=len(numbers)).where(~numbers.isna().any())
    columns = {
        f"IB {year}": [*numbers["IB"], total["IB"]],
        f"IB {year}, förutsättning": [*table["IB förutsätter"], ""],
        "Årets resultat" if ctx.period.is_year_end else "Årets resultat (prognos)":
            [*numbers["Årets resultat"], total["Årets resultat"]],
        f"UB {year}": [*numbers["UB"], total["UB"]],
        "Beslut": [*(decision_text(d, s) for d, s in
                     zip(table["Beslut"], table["Status"], strict=True)), ""],
        f"IB {year + 1}": [*numbers["IB nästa år"], total["IB nästa år"]],
        f"IB {year + 1}, förutsättning": [*table["IB nästa år förutsätter"], ""],
    }
    shown = pd.DataFrame(columns, index=[*table.index, FUND_TOTAL])
    empty = [c for c in shown.columns if c.endswith(", förutsättning") and not shown[c].any()]
    return shown.drop(columns=empty)


def key_table_for(ctx) -> pd.DataFrame:
    """The source's key table for the report's year: inhabitants on the key date and
    the share (% fördelning), with a total row."""
    ds, year = ctx.dataset, ctx.period.year
    kommuner = _kommuner(ds)
    rows = key_rows(ds["befolkning"], year).reindex(kommuner)
    counts = rows["invanare"].astype(float)
    key = key_for(ctx)
    return pd.DataFrame({
        f"Antal invånare {key_label(key_date(year))}": _with_total(counts, KEY_TOTAL),
        "% fördelning": _with_total(key, KEY_TOTAL),
    })


def key_history(ctx) -> pd.DataFrame:
    """Every key in the data up to the report's year: year, key date, share per kommun
    and where the figures come from (counts or stated shares)."""
    ds = ctx.dataset
    kommuner, decimals = _kommuner(ds), share_decimals(ctx.params)
    befolkning = ds["befolkning"]
    rows = []
    for day in sorted(set(befolkning["key_date"])):
        year = day.year + KEY_LAG_YEARS
        if year > ctx.period.year:
            continue
        key = population_key(befolkning, kommuner, year, decimals)
        given = key_rows(befolkning, year)
        kind = "antal invånare" if given["invanare"].notna().all() else "angivna andelar"
        sources = "; ".join(dict.fromkeys(given["source"]))
        rows.append({"År": str(year), "Nyckeldatum": key_label(day),
                     **{f"{k} andel": key[k] for k in kommuner},
                     "Underlag": kind, "Källa": sources})
    return pd.DataFrame(rows)


def shares_for(ctx) -> pd.DataFrame:
    """Population share vs budget share per kommun, and the difference in percentage
    points (budget share − population share: positive = more budget than key)."""
    table = allocation_for(ctx)
    return pd.DataFrame({KEY: table[KEY], BUDGET_SHARE: table[BUDGET_SHARE],
                         POINTS: (table[BUDGET_SHARE] - table[KEY]) * 100})


def history_for(ctx) -> pd.DataFrame:
    """Budget and outcome per kommun and year (long), from the first year in the data to
    the report's year: of record where it exists, recomputed where a key allows, the
    report's prognos for an open year; missing stays missing."""
    ds, period = ctx.dataset, ctx.period
    kommuner, totals = _kommuner(ds), ds["bokslut_totaler"]
    years = sorted(y for y in set(ds["driftredovisning"]["year"]) | set(totals["year"])
                   | set(ds["kommunbidrag_kommun"]["year"]) if y <= period.year)
    rows = []
    for year in years:
        closed = year < period.year or period.is_year_end
        measure = "utfall" if closed else "prognos"
        keyed = has_key(ds["befolkning"], kommuner, year)
        key = key_for(ctx, year)
        kb = kommun_budget(ds["kommunbidrag_kommun"], kommuner, year)
        outcome = record_by_kommun(totals, year, "nettokostnad", kommuner)
        result = record_by_kommun(totals, year, "resultat", kommuner)
        if keyed and outcome.isna().any():
            outcome = outcome.where(outcome.notna(), allocation_for(ctx, year, measure)["Kostnad"])
        deviation = result.where(result.notna(), drift(kb, outcome))
        avser = "utfall" if closed else f"prognos {period}"
        for k in kommuner:
            rows.append({"År": str(year), "Kommun": k, KEY: key[k], "Budget": kb[k],
                         "Utfall/prognos": outcome[k], "Avser": avser,
                         "Avvikelse": deviation[k]})
    return pd.DataFrame(rows)


def history_chart_frame(history: pd.DataFrame) -> pd.DataFrame:
    """Years (rows) × "<kommun> budget" / "<kommun> utfall/prognos" (columns), for a chart."""
    frame = {}
    for kommun in dict.fromkeys(history["Kommun"]):
        part = history[history["Kommun"] == kommun].set_index("År")
        frame[f"{kommun} budget"] = part["Budget"]
        frame[f"{kommun} utfall/prognos"] = part["Utfall/prognos"]
    return pd.DataFrame(frame)


def with_total_row(table: pd.DataFrame, label: str, columns: list[str]) -> pd.DataFrame:
    """`table` with a total row summing `columns` (others left empty)."""
    total = {c: (table[c].sum(min_count=len(table)) if c in columns else float("nan"))
             for c in table.columns}
    return pd.concat([table, pd.DataFrame([total], index=[label])])


def allocation_display_for(ctx) -> pd.DataFrame:
    """The allocation table with a total row: the joint cost split by largest remainder,
    and each kommun's cost and avvikelse as the statement shows them (of record for a
    closed year), so one figure has one value on the page."""
    table = allocation_for(ctx)
    table["Gemensamma kostnader"] = round_to_total(table["Gemensamma kostnader"])
    statement = kommun_statement(ctx)
    outcome = next(c.label for c in budget.statement_columns(ctx.period) if c.year ==
                   ctx.period.year and c.measure == ctx.period.outcome_measure)
    table["Kostnad"] = statement[outcome].iloc[:-1]
    table["Avvikelse"] = statement.iloc[:-1, -1]
    shown = with_total_row(table, budget.total_label(ctx.params), list(table.columns))
    shown.iloc[-1, shown.columns.get_loc("Avvikelse")] = statement.iloc[-1, -1]
    return shown


def statement_display_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The kommun statement with each differing printed figure beside the computed one,
    marked, and the footnotes that explain the marks."""
    statement = kommun_statement(ctx)
    return budget.with_published(statement, _differing_published(ctx, statement))


def _differing_published(ctx, statement: pd.DataFrame) -> pd.DataFrame:
    return budget.differing_published(ctx.dataset["published"], ctx.period, SECTION, statement,
                                      budget.statement_columns(ctx.period), ctx.tolerance,
                                      aliases={TOTAL_POST: statement.index[-1]})


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True when the operating statement covers the period and every kommun has a budget
    for its year."""
    if not budget.has_data(dataset, period):
        return False
    kb = kommun_budget(dataset["kommunbidrag_kommun"], _kommuner(dataset), period.year)
    return not kb.isna().any()


def validate_period(dataset, period: Period) -> None:
    """The report's own year needs a complete key: missing is bad input, not "no data"."""
    kommuner = _kommuner(dataset)
    befolkning = dataset["befolkning"]
    locations = dataset.locations.get("befolkning")
    shown = locations["file"].iloc[0] if locations is not None and len(locations) \
        else display_path(dataset.data_dir / "befolkning.csv")
    day = key_date(period.year)
    rows = key_rows(befolkning, period.year)
    if rows.empty:
        raise DataError(shown, f"no allocation key for {period.year}: add the population "
                        f"of {day.isoformat()} (key_date) for every kommun")
    for kommun in kommuner:
        if kommun not in rows.index:
            raise DataError(shown, f"the allocation key for {period.year} "
                            f"({day.isoformat()}) has no row for {kommun}")


def total_labels(ctx) -> tuple[str, ...]:
    """Labels of the total rows of the page's tables (shown bold)."""
    return (budget.total_label(ctx.params), KEY_TOTAL, FUND_TOTAL)


def footnote_text(ctx) -> str:
    """The page's footnote: units, sign, how shares are rounded."""
    decimals = share_decimals(ctx.params)
    places = "heltal" if decimals == 0 else f"{decimals} decimal" + ("er" if decimals > 1 else "")
    return ("Belopp i tkr. Positiv avvikelse är bättre än budget. Andelarna avrundas till "
            f"{places} i procent med största-restmetoden så att de summerar till exakt 100\u00a0%. "
            "Avrundningsdifferenser kan förekomma.")


def shown_drift(ctx) -> pd.Series:
    """Drift per kommun as the report shows it (of record at year end where available)."""
    statement = kommun_statement(ctx)
    return statement.iloc[:-1, -1]


def _share_list(shares: pd.Series, decimals: int) -> str:
    return join_sv([f"{fmt_percent(v, decimals)} till {k}" for k, v in shares.items()])


def explanation(ctx) -> list[str]:
    """Why each kommun deviates, in the source's manner, derived from key, budget shares
    and drift."""
    decimals = share_decimals(ctx.params)
    table = allocation_for(ctx)
    key, shares = table[KEY], table[BUDGET_SHARE]
    year = ctx.period.year
    deviation = shown_drift(ctx)
    lines = []
    gap = (shares - key).apply(lambda v: round_half_away(v * 100, decimals))
    explained = all((gap[k] > 0) == (deviation[k] > 0) for k in key.index
                    if abs(deviation[k]) > ctx.tolerance and gap[k] != 0) and (gap != 0).any()
    if explained:
        lines.append("Avvikelsen på helår i respektive kommun beror på att budgetfördelningen "
                     "mellan kommunerna inte överensstämmer med den faktiska fördelningen av "
                     "utfallet för gemensamma kostnader utifrån befolkningsandel.")
    lines.append("Utfall för gemensamma kostnader fördelas under året efter "
                 "befolkningsantalet per "
                 f"{key_label(key_date(year))} vilket innebär en fördelning om "
                 f"{_share_list(key, decimals)}.")
    lines.append(f"I budget {year} har " + join_sv(
        [f"{k} en budget som procentuellt motsvarar {fmt_percent(shares[k], decimals)}"
         for k in key.index]) + ".")
    parts = []
    for k in key.index:
        if gap[k] > 0:
            parts.append(f"{k} har en större budget än vad man procentuellt ska betala för "
                         "gemensamma kostnader")
        elif gap[k] < 0:
            parts.append(f"{k} har lägre budget än den procentuella befolkningsandelen")
        else:
            parts.append(f"{k} har en budget som motsvarar befolkningsandelen")
    lines.append("Det innebär att " + join_sv(parts) + ".")
    if (gap != 0).any():
        lines.append("Således speglar inte budgeten befolkningsandelen.")
    neutral = neutral_budget_for(ctx).iloc[:-1]
    if not neutral.isna().any().any() and (neutral["Förändring"].abs() >= 0.5).any():
        lines.append("En budget fördelad efter befolkningsandelen skulle ge " + join_sv(
            [f"{k} {fmt_tkr(row['Budget enligt nyckeln'])} "
             f"({fmt_tkr(row['Förändring'], signed=True)})"
             for k, row in neutral.iterrows()]) + ".")
    return lines


def summary(ctx) -> list[str]:
    """Swedish sentences: drift per kommun, and how budget shares relate to the key."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    year = ctx.period.year
    deviation = shown_drift(ctx)
    amounts = join_sv([f"{fmt_tkr(v, signed=True)} för {k}"
                       for k, v in deviation.items()])
    if ctx.period.is_year_end:
        first = f"Utfallet {year} ger ett resultat per kommun på {amounts}."
    else:
        first = f"Prognosen för {year} ger en avvikelse mot budget på {amounts}."
    lines = [first] + [line for line in explanation(ctx) if line.startswith("Det innebär")]
    fund = surplus_deficit(ctx.dataset["resultatfond"], year_results(ctx),
                           _kommuner(ctx.dataset), year)
    decided = fund["Beslut"].dropna()
    if not decided.empty and (decided == decided.iloc[0]).all():
        verb = "föreslår" if (fund["Status"] == "forslag").all() else "har beslutat"
        what = "skriva av" if decided.iloc[0] == "avskrivning" else "föra över"
        name = text(ctx.params, "namnd", default="Nämnden")
        lines.append(f"{name} {verb} att respektive kommun ska {what} {year} års "
                     "över- respektive underskott.")
    return lines


def key_figures(ctx) -> list[KeyFigure]:
    """Drift per kommun, coloured by its size relative to the kommun's budget
    (params status.drift)."""
    rule = ctx.params.status.drift
    green, yellow = rule.green_within_share_of_budget, rule.yellow_within_share_of_budget
    statement = kommun_statement(ctx)
    budget_label = next(c for c in statement.columns if c.startswith("Budget "))
    word = ctx.period.outcome_measure
    differing = _differing_published(ctx, statement)
    printed = differing[differing["column"] == statement.columns[-1]].set_index("row")
    result = []
    for kommun, value in statement.iloc[:-1, -1].items():
        size = abs(float(statement.loc[kommun, budget_label]))
        status = band_light(round_half_away(value), green * size, yellow * size)
        published = printed.loc[kommun] if kommun in printed.index else None
        result.append(KeyFigure(
            f"Avvikelse {kommun} ({word} {ctx.period.year})", float(value), "tkr", status,
            f"grön inom ±{fmt_number(green * 100, 0, zero='0')}\u00a0% av kommunens budget, "
            f"gul inom ±{fmt_number(yellow * 100, 0, zero='0')}\u00a0%, röd utanför",
            published=None if published is None else float(published["printed"]),
            note="" if published is None else
            f"Publicerat {fmt_number(published['printed'], signed=True)} tkr i "
            f"{published['source']}; beräknat med fördelningsnyckeln."))
    return result


def checks(ctx) -> list[Check]:
    """Shares sum to 100 %, the kommun split sums to the committee's totals, recomputed
    vs of record per kommun, IB vs the previous decision, and published figures."""
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    if not has_data(ds, period):
        return []
    kommuner, totals = _kommuner(ds), ds["bokslut_totaler"]
    year, n = period.year, len(kommuner)
    result: list[Check] = []
    table = allocation_for(ctx)
    for label, shares in ((f"Fördelningsnyckeln {year}", table[KEY]),
                          (f"Budgetandelarna {year}", table[BUDGET_SHARE])):
        result.append(compare(AREA, f"{label} summerar till 100 %", 100.0,
                              round_half_away(float(shares.sum()) * 100, 6), 0.0))
    # kommunbidrag per kommun vs the committee's
    kb_groups = ds["kontogrupper"][ds["kontogrupper"]["typ"] == "kommunbidrag"]["kontogrupp"]
    for y in sorted(set(ds["kommunbidrag_kommun"]["year"])):
        if y > year:
            continue
        per_kommun = kommun_budget(ds["kommunbidrag_kommun"], kommuner, y)
        committee = budget.budget_amounts(ds["driftredovisning"], "kontogrupp", y)
        committee = committee.reindex(kb_groups)
        result.append(compare(AREA, f"Kommunbidrag per kommun summerar till nämndens "
                              f"kommunbidrag (budget {y})",
                              committee.sum(min_count=1) if not committee.isna().any() else None,
                              per_kommun.sum(min_count=n) if not per_kommun.isna().any() else None,
                              tol * n))
    # the allocated cost sums to the committee's net cost
    measure = period.outcome_measure
    statement = budget.statement_for(ctx)
    _, outcome_label = budget.budget_outcome_labels(period)
    result.append(compare(AREA, f"Fördelad kostnad summerar till nettokostnaden "
                          f"({measure} {year})",
                          statement.loc[budget.NETTOKOSTNAD, outcome_label],
                          table["Kostnad"].sum(min_count=n), tol * n))
    # of record per kommun: sums and recomputation
    for y in sorted(set(totals[totals["kommun"].notna()]["year"])):
        if y > year:
            continue
        record = budget.of_record(totals, y)
        for post, label in (("nettokostnad", "Nettokostnad"), ("resultat", "Resultat")):
            values = record_by_kommun(totals, y, post, kommuner)
            if values.isna().all():
                continue
            result.append(compare(AREA, f"{label} {y} per kommun (fastställt bokslut) summerar till "
                                  "nämndens", record.get(post),
                                  values.sum() if not values.isna().any() else None, tol * n))
        if not has_key(ds["befolkning"], kommuner, y):
            continue
        recomputed = allocation_for(ctx, y, "utfall")
        for post, column, label in (("nettokostnad", "Kostnad", "nettokostnad"),
                                    ("resultat", "Avvikelse", "resultat")):
            values = record_by_kommun(totals, y, post, kommuner)
            for kommun in kommuner:
                if is_missing(values[kommun]):
                    continue
                result.append(compare(AREA, f"{kommun} {label} {y}: fastställt bokslut mot beräknat "
                                      "med nyckeln", values[kommun],
                                      recomputed.loc[kommun, column], tol))
    # IB given in the data vs what the previous year's decision implies
    given = ds["resultatfond"]
    for y in sorted(set(given["year"])):
        if y > year:
            continue
        derived = derived_opening_balance(given, year_results(ctx), kommuner, y)
        rows = given[given["year"] == y].set_index("kommun")
        for kommun in rows.index:
            if is_missing(rows.loc[kommun, "ib"]) or is_missing(derived.get(kommun)):
                continue
            result.append(compare(AREA, f"{kommun} IB {y} mot föregående års beslut",
                                  derived[kommun], rows.loc[kommun, "ib"], tol))
    result += published_checks(ctx)
    return result


def published_checks(ctx) -> list[Check]:
    """Each per-kommun figure printed in this period's report vs the recomputed one."""
    statement = kommun_statement(ctx)
    return budget.published_checks(ctx.dataset["published"], ctx.period, SECTION, statement,
                                   budget.statement_columns(ctx.period), ctx.tolerance,
                                   area=AREA, aliases={TOTAL_POST: statement.index[-1]})
