"""Project hours (projekttid): time and money the larger projects take, per period.

Staff log hours per project; the time system's export is year-to-date (YTD) for a period,
one file per period in `data/projekttid/`. Month-by-month figures are derived from two
consecutive YTD exports of the same year (January's YTD is January itself); without the
previous export they are missing, never zero. The source's "Totalsumma" rows are totals
of record, kept in `data/projekttid_totaler.csv`: the report shows them and checks them
against the sum of the projects.

FTE (årsarbetare) = hours / (hours per FTE × months elapsed / 12); hourly cost (timpris)
= belopp (kr) / hours, missing for a project without hours.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import pandas as pd
from pydantic import Field

from ..core.checks import PASS, WARN, Check, KeyFigure, compare
from ..core.formatting import (
    MISSING_DENSE,
    amount,
    as_shown,
    as_written,
    count,
    fmt_number,
    fmt_percent,
    is_missing,
    join_sv,
    round_half_away,
    share,
)
from ..core.loading import Column, Table
from ..core.periods import MONTHS_SV, Period
from ..core.settings import HoursPerFte, NonNegative, Section
from .budget.statement import unsummed_sentence, unsummed_totals
from .project_exports import (
    TOTAL_LABEL,
    TOTALS,
    compared_periods,
    export_for,
    month_figures,
    month_total,
    of_record,
    renamed_notes,  # noqa: F401 (page 03 footnotes the change table with it)
    renamed_projects,
    same_as_previous,
    total_of,
    validate_exports,
    ytd_by_project,
    ytd_total,
)
from .project_shares import shares, shown_shares

AREA = "Projekttid"
EXPORTS = "projekttid"

# Display column names of the project table (as the source heads it, plus two).
PROJEKT, TIMMAR, BELOPP, TIMPRIS, ANDEL = (
    "Projekt", "Timmar", "Belopp (kr)", "Timpris (kr/h)", "Andel av timmarna")
HITTILLS, YTD_FTE = "Timmar hittills i år", "Årsarbetare hittills i år"


class Projekttid(Section):
    """Project hours (notebook 03): tolerances of the sum of projects vs Totalsumma."""

    tolerance_timmar: NonNegative = 0.5
    tolerance_kr: NonNegative = 0.5


PARAMS = {"hours_per_fte": (HoursPerFte, 2080),
          "projekttid": (Projekttid, Field(default_factory=Projekttid))}

TABLES = (
    Table(EXPORTS,
          (Column("period", "period"), Column("projektnummer"), Column("projekt"),
           Column("timmar", "number", min=0),
           Column("belopp_kr", "number", nullable=True, min=0, decimals=2)),
          key=("period", "projektnummer"), validate=validate_exports),
    Table(TOTALS,
          (Column("period", "period"),
           Column("timmar", "number", min=0),
           Column("belopp_kr", "number", nullable=True, min=0, decimals=2),
           Column("arsarbetare", "number", nullable=True, min=0),
           Column("source", nullable=True)),
          key=("period",), optional=True),
)


# ---------------------------------------------------------------- rules

def hours_per_fte(params) -> float:
    """Hours per årsarbetare: the parameter `hours_per_fte` (validated > 0 on loading)."""
    return float(params.hours_per_fte)


def fte(hours, per_fte: float, months: int):
    """Årsarbetare = hours / (hours per FTE × months elapsed / 12) (scalar or Series)."""
    if per_fte <= 0 or not 1 <= months <= 12:
        raise ValueError("timmar per årsarbetare ska vara > 0 och månaderna 1–12")
    return hours / (per_fte * months / 12)


def hourly_cost(belopp: pd.Series, timmar: pd.Series) -> pd.Series:
    """Timpris = belopp / timmar (kr/h); missing (NaN) where hours are zero or missing."""
    hours = timmar.astype("float64")
    return belopp.astype("float64") / hours.where(hours > 0)


def project_labels(export: pd.DataFrame) -> pd.Series:
    """The label the source shows: "<projektnummer> <projekt>" ("1240 Förrätt")."""
    return export["projektnummer"].astype(str) + " " + export["projekt"].astype(str)


def periods_with_data(frame: pd.DataFrame) -> list[Period]:
    """Periods that have an export, oldest first."""
    return sorted(Period.parse(p) for p in frame["period"].dropna().unique())


def project_figures(export: pd.DataFrame) -> pd.DataFrame:
    """Per project (indexed by label): timmar, belopp_kr, timpris, andel of the hours."""
    result = pd.DataFrame({
        "projektnummer": export["projektnummer"].astype(str).values,
        "timmar": export["timmar"].astype("float64").values,
        "belopp_kr": export["belopp_kr"].astype("float64").values,
    }, index=pd.Index(project_labels(export), name=PROJEKT))
    result["timpris"] = hourly_cost(result["belopp_kr"], result["timmar"])
    result["andel"] = shown_shares(result["timmar"])
    return result


def period_totals(export: pd.DataFrame, record: dict[str, float] | None = None
                  ) -> dict[str, float]:
    """Totals of an export: those of record where published, else the sum of projects."""
    record = record or {}
    return {"timmar": record.get("timmar", total_of(export["timmar"])),
            "belopp_kr": record.get("belopp_kr", total_of(export["belopp_kr"]))}


def project_table(export: pd.DataFrame, record: dict[str, float] | None = None
                  ) -> pd.DataFrame:
    """The source's table (Projekt, Timmar, Belopp) plus timpris and share, with a
    Totalsumma row (the total of record where published)."""
    figures = project_figures(export)
    table = pd.DataFrame({TIMMAR: figures["timmar"], BELOPP: figures["belopp_kr"],
                          TIMPRIS: figures["timpris"], ANDEL: figures["andel"]})
    total = period_totals(export, record)
    total_row = pd.DataFrame(
        {TIMMAR: [total["timmar"]], BELOPP: [total["belopp_kr"]],
         TIMPRIS: hourly_cost(pd.Series([total["belopp_kr"]]),
                              pd.Series([total["timmar"]])).values,
         ANDEL: [1.0 if total["timmar"] > 0 else float("nan")]},
        index=pd.Index([TOTAL_LABEL], name=PROJEKT))
    return pd.concat([table, total_row])


def hours_by_project(export: pd.DataFrame, top: int | None = None) -> pd.Series:
    """Hours per project label (ranked bar chart); with `top`, at most the `top` largest and
    the rest as one bar "Övriga (n projekt)", never cutting a tie in whole hours as shown:
    projects tied across the cut all go to "Övriga" (all stay when every bar would)."""
    hours = project_figures(export)["timmar"]
    if top is None or len(hours) <= top:
        return hours
    ranked = hours.sort_values(ascending=False, kind="stable")
    shown = ranked.map(round_half_away)
    cut = shown.iloc[top - 1]
    keep = top if shown.iloc[top] != cut else int((shown > cut).sum()) or int((shown >= cut).sum())
    rest = ranked.iloc[keep:]
    return ranked if rest.empty else pd.concat(
        [ranked.iloc[:keep], pd.Series({f"Övriga ({len(rest)} projekt)": rest.sum()})])


def largest_projects(export: pd.DataFrame) -> pd.Series:
    """The project(s) with the most hours, several when tied as the table shows them (whole
    hours and share of the hours to one decimal, half away from zero), label → hours."""
    hours = hours_by_project(export)
    shown = [(round_half_away(h), round_half_away(s, 1))
             for h, s in zip(hours, (shares(hours) * 100).fillna(0.0), strict=True)]
    return hours[[s == max(shown) for s in shown]] if shown else hours


# Hourly cost in whole kr; ".." where it cannot exist (no hours or no amount).
fmt_timpris = amount(0, "kr", missing=MISSING_DENSE)
# Årsarbetare with one decimal ("0,4"), zero as "0,0".
fmt_fte = count(1, "årsarbetare", zero="0,0", missing=MISSING_DENSE)

TABLE_FORMATS = {TIMPRIS: fmt_timpris, ANDEL: share(1)}


# ---------------------------------------------------------------- across periods


def fallen_projects(frame: pd.DataFrame, period) -> pd.Series:
    """The projects whose hours so far fell since the previous export (month figure < 0)."""
    figures = month_figures(frame, period) if Period.parse(period).month > 1 else None
    return pd.Series(dtype="float64") if figures is None else figures[figures < 0]


def fall_text(hours: float) -> str:
    """A fall of hours so far with the decimals it has ("−0,25", "−15"): a warning that
    hours fell never reads "– timmar" (a quarter of an hour rounds to 0 in whole hours)."""
    return as_written(hours)


def _aligned(series: pd.Series | None, numbers: list[str]) -> pd.Series:
    """`series` on the projects `numbers` (absent = 0); all missing when there is none."""
    if series is None:
        return pd.Series(float("nan"), index=numbers)
    return series.reindex(numbers).fillna(0.0)


def shown_change(now: pd.Series, before: pd.Series) -> pd.Series:
    """The change against last year as the table shows it: this year's shown YTD − last
    year's shown YTD (`as_shown`, whole hours), so 11 (10,5) − 8 (8,4) reads 3, not 2."""
    return now.map(as_shown) - before.map(as_shown)


def change_table(frame: pd.DataFrame, period, value: str = "timmar",
                 totals: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per project (of the export, the previous month's and last year's): YTD, the month
    (change against the previous export), the same period last year and the change against
    it (YTD − last year's YTD); missing where the needed export does not exist. Last row:
    Totalsumma, each YTD `ytd_total` (of record where published), so the month's total is
    YTD(period) − YTD(previous month)."""
    period = Period.parse(period)
    last_year = period.same_period_last_year()
    current = ytd_by_project(frame, period, value)
    before = ytd_by_project(frame, last_year, value)
    labels: dict[str, str] = {}
    for which in (*reversed(compared_periods(period)), period):  # this period's name wins
        found = export_for(frame, which)
        labels.update(zip(found["projektnummer"].astype(str), project_labels(found),
                          strict=True))
    month = month_figures(frame, period, value)
    numbers = list(current.index) if current is not None else []
    for other in (month, before):  # a project gone from the export keeps its month's fall
        numbers += [] if other is None else [n for n in other.index if n not in numbers]
    this_year = _aligned(current, numbers)
    last = _aligned(before, numbers)
    table = pd.DataFrame({
        HITTILLS: this_year,
        f"Under {period.month_name}": _aligned(month, numbers),
        f"Samma period {last_year.year}": last,
        f"Förändring mot {last_year.year}": shown_change(this_year, last),
    })
    table.index = pd.Index([labels.get(n, n) for n in numbers], name=PROJEKT)
    now, before = (ytd_total(frame, totals, p, value) for p in (period, last_year))
    by_ytd = [now, month_total(frame, totals, period, value), before,
              shown_change(pd.Series([now]), pd.Series([before])).iloc[0]]
    total = table.sum(min_count=1)  # where a column has figures, its YTDs' total as shown
    total = total.where(total.isna(), pd.Series(by_ytd, index=total.index))
    return pd.concat([table, pd.DataFrame([total], index=pd.Index([TOTAL_LABEL], name=PROJEKT))])


def unsummed_projects(table: pd.DataFrame, published=frozenset()) -> list[str]:
    """The footnote under a page-03 table whose project rows, each shown in whole hours or
    kr, do not add up to its Totalsumma (`unsummed_totals`; timpris and andel are no sums);
    the published Totalsumma named as a reason only for a column in `published`."""
    rows = [r for r in table.index if r != TOTAL_LABEL]
    columns = [c for c in table.columns if c not in (TIMPRIS, ANDEL)]
    found = unsummed_totals(table[columns], [(TOTAL_LABEL, rows, "projekten")])
    units = {c: "kr" if c == BELOPP else "timmar" for c in columns}
    why = "den publicerade Totalsumman" if any(f[1] in published for f in found) else None
    return unsummed_sentence(found, units, why)


def published_columns(totals: pd.DataFrame, period) -> set[str]:
    """The page-03 columns whose Totalsumma is a published one (`of_record`): each column of
    the project and change tables all of whose period totals are published."""
    period = Period.parse(period)
    last = period.same_period_last_year()
    has = ["timmar" in of_record(totals, p) for p in (period, last)]
    month = has[0] and (period.month == 1 or "timmar" in of_record(totals, period.previous()))
    wanted = {TIMMAR: has[0], BELOPP: "belopp_kr" in of_record(totals, period), HITTILLS: has[0],
              f"Under {period.month_name}": month, f"Samma period {last.year}": has[1],
              f"Förändring mot {last.year}": all(has)}
    return {column for column, yes in wanted.items() if yes}


def year_periods(frame: pd.DataFrame, period) -> list[Period]:
    """The periods of the period's year that have an export, up to the period."""
    period = Period.parse(period)
    return [p for p in periods_with_data(frame) if p.year == period.year and p <= period]


def has_cumulative(frame: pd.DataFrame, period) -> bool:
    """True when the period's year has at least two exports up to the period."""
    return len(year_periods(frame, period)) >= 2


def cumulative_hours(frame: pd.DataFrame, period, totals: pd.DataFrame | None = None
                     ) -> pd.DataFrame:
    """Accumulated hours (the YTD total, `ytd_total`) per month up to the period: one column
    for the year and one for last year where it has exports; missing for months without one."""
    period = Period.parse(period)
    months = range(1, period.month + 1)
    result = pd.DataFrame(index=pd.Index([MONTHS_SV[m - 1] for m in months], name="Månad"))
    for year in (period.year, period.year - 1):
        values = [ytd_total(frame, totals, Period(year, m)) for m in months]
        if year == period.year or not all(v != v for v in values):
            result[str(year)] = values
    return result


def monthly_overview(frame: pd.DataFrame, period, per_fte: float,
                     totals: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per month of the year up to the period: hours so far (`ytd_total`), the month's hours
    (its change since the previous export) and årsarbetare so far."""
    period = Period.parse(period)
    rows = []
    for m in range(1, period.month + 1):
        month = Period(period.year, m)
        ytd = ytd_total(frame, totals, month)
        rows.append({HITTILLS: ytd, "Timmar under månaden": month_total(frame, totals, month),
                     YTD_FTE: fte(ytd, per_fte, m)})
    return pd.DataFrame(rows, index=pd.Index([MONTHS_SV[m - 1] for m in
                                              range(1, period.month + 1)], name="Månad"))


OVERVIEW_FORMATS = {YTD_FTE: fmt_fte}


# ---------------------------------------------------------------- sentences

def _hours_text(hours: float) -> str:
    word = "timme" if fmt_number(hours) == "1" else "timmar"
    return f"{fmt_number(hours, zero='0')} {word}"


def fte_sentence(period: Period, hours: float, fte_value: float) -> str:
    """The source's sentence: "För perioden januari till februari har 147 timmar använts
    vilket motsvarar 0,4 årsarbetare." """
    span = period.span_sv()
    what = f"perioden {span}" if " till " in span else f"{span} {period.year}"
    return (f"För {what} har {_hours_text(hours)} använts vilket motsvarar "
            f"{fmt_fte(fte_value)} årsarbetare.")


def largest_sentence(export: pd.DataFrame) -> str:
    """Name the project(s) with the most hours and their share."""
    top = largest_projects(export)
    if top.empty or not top.iloc[0] > 0:
        return ""
    shown = shown_shares(hours_by_project(export))[top.index]  # a tie may differ by 0,1
    share = fmt_percent(shown.iloc[0]) if shown.nunique() == 1 else \
        join_sv([fmt_percent(s) for s in shown])
    names = [str(label) for label in top.index]
    verb = "Störst är" if len(names) == 1 else "Störst, lika stora, är"
    each = " vardera" if len(names) > 1 else ""
    return (f"{verb} {' och '.join(names) if len(names) == 2 else ', '.join(names)} med "
            f"{_hours_text(top.iloc[0])}{each} ({share} av timmarna).")


def cumulative_note(frame: pd.DataFrame, period) -> str:
    """Why no accumulated chart is shown: which exports the year has so far."""
    period = Period.parse(period)
    months = [p.month_name for p in year_periods(frame, period)]
    have = f" ({', '.join(months)})" if months else ""
    count = "en export" if len(months) == 1 else f"{len(months)} exporter"
    return (f"För {period.year} finns hittills {count}{have}; ackumulerade timmar visas "
            "när flera perioder under året finns.")


def footnote_text(ctx) -> str:
    """The page's footnote: the rules behind the figures, with the parameter used."""
    per_fte = hours_per_fte(ctx.params)
    months = ctx.period.months_elapsed
    earlier = (", för en tidigare månad i tabellen över ackumulerade timmar × månadens nummer"
               " / 12" if has_cumulative(ctx.dataset[EXPORTS], ctx.period) else "")
    return (f"Timmar och belopp (kr) från januari till och med {ctx.period.month_name} enligt "
            f"tidredovisningens export. Årsarbetare = timmar / ({as_written(per_fte)} timmar "
            f"× {months} / 12){earlier}. Timpris = belopp / timmar; .. = saknas (projekt utan timmar "
            "eller belopp). Förändringar beräknas ur två exporter; uppgift saknas där "
            "jämförelseperiodens export saknas. Avrundningsdifferenser kan förekomma.")


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True when the period has a project export."""
    return not export_for(dataset[EXPORTS], period).empty


def context_figures(ctx) -> dict:
    """Export, record, totals and FTE of the context's period (it must have data)."""
    ds = ctx.dataset
    export = export_for(ds[EXPORTS], ctx.period)
    record = of_record(ds[TOTALS], ctx.period)
    totals = period_totals(export, record)
    per_fte = hours_per_fte(ctx.params)
    return {"export": export, "record": record, "totals": totals, "hours_per_fte": per_fte,
            "fte": fte(totals["timmar"], per_fte, ctx.period.months_elapsed)}


def table_for(ctx) -> pd.DataFrame:
    """The project table for the context's period."""
    figures = context_figures(ctx)
    return project_table(figures["export"], figures["record"])


def summary(ctx) -> list[str]:
    """The source's hours/FTE sentence, the amount, and the largest project."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    figures = context_figures(ctx)
    totals = figures["totals"]
    lines = [fte_sentence(ctx.period, totals["timmar"], figures["fte"])]
    if not is_missing(totals["belopp_kr"]):
        rate = hourly_cost(pd.Series([totals["belopp_kr"]]), pd.Series([totals["timmar"]]))[0]
        average = "" if is_missing(rate) else f" (i genomsnitt {fmt_number(rate)} kr per timme)"
        lines.append(f"Tiden motsvarar {fmt_number(totals['belopp_kr'], zero='0')} kr{average}.")
    lines.append(largest_sentence(figures["export"]))
    month = month_figures(ctx.dataset[EXPORTS], ctx.period)
    if same_as_previous(ctx.dataset[EXPORTS], ctx.period):  # the month's 0 is not a fact
        lines.append(f"Under {ctx.period.month_name} visas 0 timmar: exporten är densamma som "
                     f"för {ctx.period.previous().month_name} (se kontrollerna).")
    elif month is not None and ctx.period.month > 1:
        fallen = len(month[month < 0])  # hours so far that fell: the month's are not a fact
        hours = month_total(ctx.dataset[EXPORTS], ctx.dataset[TOTALS], ctx.period)
        lines.append(f"Under {ctx.period.month_name} visas {_hours_text(hours)}: "
                     f"timmarna hittills i år minskar för {fallen} projekt (se kontrollerna)."
                     if fallen else f"Under {ctx.period.month_name} har "
                     f"{_hours_text(hours)} använts.")
    return [line for line in lines if line]


def key_figures(ctx) -> list[KeyFigure]:
    """Hours, årsarbetare and belopp of the period's year-to-date export."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    figures = context_figures(ctx)
    totals, span = figures["totals"], f"{ctx.period.span_sv()} {ctx.period.year}"
    return [
        KeyFigure(f"Projekttimmar ({span})", totals["timmar"], "timmar"),
        KeyFigure(f"Årsarbetare i projekt ({span})", figures["fte"], "årsarbetare",
                  rule=f"timmar / ({as_written(figures['hours_per_fte'])} timmar per "
                       f"årsarbetare × {ctx.period.months_elapsed} / 12)", decimals=1),
        KeyFigure(f"Belopp projekttid ({span})", totals["belopp_kr"], "kr"),
    ]


def _tolerance(ctx, name: str) -> float:
    """The tolerance `name` of the projekttid section."""
    return float(getattr(ctx.params.projekttid, name))


def checks(ctx) -> list[Check]:
    """Sum of the projects = published Totalsumma (hours and belopp), within the tolerance
    per project line; the published årsarbetare = the computed one rounded to one decimal
    (a warning otherwise: it depends on hours_per_fte)."""
    ds, period = ctx.dataset, ctx.period
    if not has_data(ds, period):
        return []
    export = export_for(ds[EXPORTS], period)
    record = of_record(ds[TOTALS], period)
    n = len(export)
    note = "" if record else f"ingen Totalsumma för {period} i {TOTALS}"
    result = [
        compare(AREA, f"Summa timmar per projekt = Totalsumma ({period})",
                record.get("timmar"), total_of(export["timmar"]),
                _tolerance(ctx, "tolerance_timmar") * n, note=note),
        compare(AREA, f"Summa belopp per projekt = Totalsumma ({period}, kr)",
                record.get("belopp_kr"), total_of(export["belopp_kr"]),
                _tolerance(ctx, "tolerance_kr") * n, note=note),
    ]
    previous = export_for(ds[EXPORTS], period.previous())
    if period.month > 1 and not previous.empty:  # a YTD export that shrinks: warn
        fallen, both = fallen_projects(ds[EXPORTS], period), pd.concat([previous, export])
        labels = dict(zip(both["projektnummer"].astype(str), project_labels(both)))
        named = ", ".join(f"{labels.get(n, n)} ({fall_text(v)} timmar)" for n, v in fallen.items())
        result.append(Check(AREA, f"Timmar hittills i år per projekt minskar inte ("
                            f"{period.previous()} till {period})", 0.0, float(fallen.sum()), 0.0,
                            WARN if named else PASS, f"minskar: {named}" if named else ""))
    for other in compared_periods(period):
        if not export_for(ds[EXPORTS], other).empty:  # the exports the change table compares
            renamed = renamed_projects(ds[EXPORTS], period, other)
            named = "; ".join(f"{n}: {a} ({other}), {b} ({period})" for n, a, b in renamed)
            result.append(Check(AREA, "Samma projektnummer betyder samma projekt "
                                f"({other} och {period})", "samma projekt",
                                f"{len(renamed)} med annat namn" if renamed else "samma projekt",
                                0.0, WARN if named else PASS, named and
                                f"{named}: förändringen räknas som ett och samma projekt"))
    if same_as_previous(ds[EXPORTS], period):
        result.append(Check(AREA, f"Exporten för {period} skiljer sig från exporten för "
                            f"{period.previous()}", "en ny export", f"samma som "
                            f"{period.previous()}", 0.0, WARN, "samma projekt, timmar "
                            f"och belopp som {period.previous()}: under "
                            f"{period.month_name} visas 0 timmar"))
    if "arsarbetare" in record:
        figures = context_figures(ctx)
        result.append(compare(
            AREA, f"Publicerade årsarbetare ({period}) mot beräknade, en decimal",
            record["arsarbetare"], round_half_away(figures["fte"], 1), 0.0, differ_status=WARN,
            note=f"beräknat med {as_written(figures['hours_per_fte'])} timmar per årsarbetare"))
    return result
