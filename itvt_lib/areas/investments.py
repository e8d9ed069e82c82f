"""Investments per kommun and project (investeringsredovisning).

Amounts are in tkr, spending positive. Budget = ursprunglig budget + tillägg
(ombudgetering), as `budget.budget_amounts` computes it. Avvikelse = budget − prognos
(utfall at year end): positive means under budget, as everywhere in the suite. Each
kommun gets a subtotal row "IT <kommun>" and the committee a total row. The kommun and
total rows the source printed are kept in `investeringar_totaler`: in a closed year's
annual report they are of record (shown, and checked against the project lines); in a
monthly report they are published figures (checked, the computed ones are shown).
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import dataclasses

import pandas as pd
from pydantic import Field

from ..core.checks import FAIL, WARN, Check, KeyFigure, compare
from ..core.errors import DataError, ParamError
from ..core.formatting import fmt_number, is_missing, join_sv, round_half_away, shown_beyond
from ..core.loading import Column, Table
from ..core.params import text
from ..core.periods import Period
from ..core.reference import kommun_names, row_twin
from ..core.settings import Section, Text
from . import allocation, budget
from .investment_notes import comment_checks, unsummed_investments

AREA = "Investeringar"
MEASURES = ("ursprunglig_budget", "tillagg", "prognos", "utfall")
TOTAL_MEASURES = ("ursprunglig_budget", "tillagg", "budget", "prognos", "utfall", "avvikelse")
KEY = ["kommun", "projekt"]
KOMMUN_PREFIX = "IT "  # the source labels a kommun's subtotal "IT Herrljunga"
PROJECT, KOMMUN, TOTAL = "projekt", "kommun", "total"


def _validate_lines(frame: pd.DataFrame, locate) -> None:
    """Periods as in the operating statement, an utfall the year's (YYYY-12: no page reads
    another month's); a tillägg needs the project's ursprunglig budget row ("-" when there
    was none), so that budget = ursprunglig + tillägg."""
    budget.validate_amount_rows(frame, locate)
    _validate_project_names(frame, locate)
    for i, row in frame.iterrows():
        if row["measure"] == "utfall" and not str(row["period"]).endswith("-12"):
            file, line = locate(i)
            raise DataError(file, f'utfall gäller hela året: perioden ska vara {row["year"]}-12, '
                            f'inte {row["period"]} (ett utfall hittills under året läses inte)',
                            line, "period")
    originals = set(map(tuple, frame[frame["measure"] == "ursprunglig_budget"]
                        [["year", *KEY]].itertuples(index=False)))
    for i, row in frame.iterrows():
        if row["measure"] == "tillagg" and (row["year"], row["kommun"], row["projekt"]) \
                not in originals:
            file, line = locate(i)
            raise DataError(file, f'"{row["projekt"]}" har ett tillägg men ingen rad '
                            f'ursprunglig_budget för {row["year"]} (skriv "-" om den saknas)', line, "measure")


def foreign_outcome(report_period: str, year: int, measure: str) -> bool:
    """A printed total of the report's own year names the other report's outcome: prognos
    in a year-end report (it prints utfall), utfall in a monthly report (it prints prognos)."""
    period = Period.parse(report_period)
    other = "prognos" if period.is_year_end else "utfall"
    return year == period.year and measure == other


def subtotal_twin(label: str, kommuner) -> str | None:
    """The kommun whose subtotal row "IT <kommun>" bears `label`, case and spacing aside as
    `row_twin` compares (None if none): a project or total row with that label would read
    as the kommun's subtotal (a page shows "IT  Herrljunga" as "IT Herrljunga")."""
    return next((k for k in kommuner if row_twin(label, (kommun_label(k),)) is not None), None)


def _validate_project_names(frame: pd.DataFrame, locate) -> None:
    """No project bears a kommun's subtotal label (`subtotal_twin`)."""
    kommuner = sorted(set(frame["kommun"].dropna()))
    for i, row in frame.iterrows():
        twin = subtotal_twin(str(row["projekt"]), kommuner)
        if twin is not None:
            file, line = locate(i)
            raise DataError(file, f'projektet "{row["projekt"]}" heter som delsumman för '
                            f'{twin}; ge projektet ett annat namn', line, "projekt")


def _validate_totals(frame: pd.DataFrame, locate) -> None:
    """A printed total belongs to a report of its year (or, for a closed year, the next),
    and names the outcome that report prints (`foreign_outcome`)."""
    for i, row in frame.iterrows():
        report_year = int(str(row["report_period"])[:4])
        if row["year"] not in (report_year, report_year - 1):
            file, line = locate(i)
            raise DataError(file, f'år {row["year"]} redovisas inte i {row["report_period"]}',
                            line, "year")
        if "measure" in row and foreign_outcome(str(row["report_period"]), row["year"],
                                                row["measure"]):
            file, line = locate(i)
            own = Period.parse(str(row["report_period"])).outcome_measure
            raise DataError(file, f'{row["report_period"]} redovisar {own}, inte '
                            f'{row["measure"]}, för {row["year"]}', line, "measure")


class Investeringar(Section):
    """Investments page (notebook 05)."""

    kommentar: Text | None = None
    total_bokslut: Text | None = None
    total_manad: Text | None = None


PARAMS = {"investeringar": (Investeringar, Field(default_factory=Investeringar))}

TABLES = (
    Table("investeringar",
          (Column("year", "year"),
           Column("period", "period", nullable=True),
           Column("measure", choices=MEASURES),
           Column("kommun", ref="kommuner.kommun"),
           Column("projekt"),
           Column("belopp", "number", nullable=True)),
          key=("year", "period", "measure", "kommun", "projekt"),
          validate=_validate_lines),
    Table("investeringar_totaler",
          (Column("source"),
           Column("report_period", "period"),
           Column("year", "year"),
           Column("measure", choices=TOTAL_MEASURES),
           Column("kommun", nullable=True, ref="kommuner.kommun"),
           Column("belopp", "number")),
          key=("report_period", "year", "measure", "kommun"),
          validate=_validate_totals),
)


# ---------------------------------------------------------------- calculations

def has_data(dataset, period: Period) -> bool:
    """True when the period's year has an investment budget and a prognos made at the
    period (at year end: the year's utfall)."""
    frame = dataset["investeringar"]
    year = frame[frame["year"] == period.year]
    has_budget = (year["measure"] == "ursprunglig_budget").any()
    made = (year["measure"] == period.outcome_measure) & (year["period"] == str(period))
    return bool(has_budget and made.any())


def project_lines(frame: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Per (kommun, projekt): ursprunglig budget, tillägg, budget (= ursprunglig +
    tillägg), prognos or utfall at the period, avvikelse = budget − outcome."""
    year, outcome = period.year, period.outcome_measure
    original = budget.amounts(frame, KEY, year, "ursprunglig_budget")
    total_budget = budget.budget_amounts(frame, KEY, year)
    result = pd.DataFrame(index=original.index)
    result["ursprunglig_budget"] = original
    result["tillagg"] = budget.amounts(frame, KEY, year, "tillagg").reindex(
        original.index, fill_value=0.0)   # no row: 0; an empty belopp stays missing
    result["budget"] = total_budget
    made = budget.amounts(frame, KEY, year, outcome, str(period))
    result = result.reindex(original.index.append(made.index.difference(original.index)))
    result[outcome] = made.reindex(result.index)
    result["avvikelse"] = shown_deviation(result, outcome)
    return result


def shown_deviation(rows: pd.DataFrame, outcome: str) -> pd.Series:
    """Each row's avvikelse as shown: its shown budget − its shown prognos/utfall
    (`budget.shown_avvikelse`), so 100 − 99 (98,5) reads 1, not 2."""
    return budget.shown_avvikelse(rows["budget"], rows[outcome],
                                  pd.Series("kostnad", index=rows.index))


def _sum(values: pd.DataFrame) -> pd.Series:
    """Column sums; a column with a missing value sums to missing."""
    return values.sum(min_count=1).where(~values.isna().any(), float("nan"))


def kommun_label(kommun: str) -> str:
    """The subtotal row's label: "IT " + kommun, as the source writes it."""
    return f"{KOMMUN_PREFIX}{kommun}"


def investment_rows(lines: pd.DataFrame, kommuner: list[str], total_label: str) -> pd.DataFrame:
    """The report's rows: each kommun's projects then its subtotal "IT <kommun>", then the
    total row; columns label, level (projekt/kommun/total), kommun and the amounts."""
    rows = []
    measures = list(lines.columns)
    for kommun in kommuner:
        if kommun not in lines.index.get_level_values("kommun"):
            continue
        own = lines.xs(kommun, level="kommun")
        for projekt, values in own.iterrows():
            rows.append({"label": projekt, "level": PROJECT, "kommun": kommun, **values})
        rows.append({"label": kommun_label(kommun), "level": KOMMUN, "kommun": kommun,
                     **_sum(own)})
    rows.append({"label": total_label, "level": TOTAL, "kommun": None, **_sum(lines)})
    result = pd.DataFrame(rows, columns=["label", "level", "kommun", *measures])
    outcome = next((m for m in ("prognos", "utfall") if m in measures), None)
    if "avvikelse" in measures and outcome:  # a sum row: of its shown sums, not summed
        result["avvikelse"] = shown_deviation(result, outcome)
    return result


def _printed_value(totals: pd.DataFrame, period: Period, kommun, measure: str):
    mask = (totals["report_period"] == str(period)) & (totals["year"] == period.year) \
        & (totals["measure"] == measure)
    mask &= totals["kommun"].isna() if kommun is None else totals["kommun"] == kommun
    values = totals[mask]["belopp"]
    return float(values.iloc[0]) if len(values) else None


def apply_of_record(rows: pd.DataFrame, totals: pd.DataFrame, period: Period) -> pd.DataFrame:
    """At year end, replace the computed kommun and total rows by the annual report's
    figures of record where it printed them; a row whose avvikelse it did not print takes
    budget − utfall as the row shows them (not the project lines' own difference)."""
    if not period.is_year_end:
        return rows
    result = rows.copy()
    measures = [c for c in rows.columns if c in TOTAL_MEASURES]
    for i, row in rows[rows["level"] != PROJECT].iterrows():
        kommun = None if row["level"] == TOTAL else row["kommun"]
        for measure in measures:
            value = _printed_value(totals, period, kommun, measure)
            if value is not None:
                result.loc[i, measure] = value
        if "avvikelse" in measures and _printed_value(totals, period, kommun,
                                                      "avvikelse") is None:
            result.loc[i, "avvikelse"] = shown_deviation(
                result.loc[[i]], period.outcome_measure).iloc[0]
    return result


def columns_of_record(totals: pd.DataFrame, period: Period) -> set[str]:
    """The investment table's columns of record: at year end, each measure the annual report
    printed (for a kommun or the total; `apply_of_record`)."""
    printed = totals[(totals["report_period"] == str(period)) & (totals["year"] == period.year)]
    labels = column_labels(period) if period.is_year_end else {}
    return {labels[m] for m in set(printed["measure"]) if m in labels}


def column_labels(period: Period) -> dict[str, str]:
    """Swedish column headings of the investment table."""
    y = period.year
    outcome = f"Utfall {y}" if period.is_year_end else f"Prognos {y}"
    return {"label": "Projekt (tkr)", "ursprunglig_budget": f"Ursprunglig budget {y}",
            "tillagg": f"Tillägg/ombudgetering {y}", "budget": f"Budget {y}",
            period.outcome_measure: outcome,
            "avvikelse": "Avvikelse" if period.is_year_end else "Avvikelse helår"}


def measure_label(measure: str, period: Period) -> str:
    """A measure as running text names it: its column heading, first letter lower case,
    with the year where the heading has none ("tillägg/ombudgetering 2024")."""
    heading = column_labels(period)[measure]
    heading = heading[:1].lower() + heading[1:]
    return heading if str(period.year) in heading else f"{heading} {period.year}"


def display_table(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The committee's table: label and amount columns with Swedish headings."""
    labels = column_labels(period)
    return rows[list(labels)].rename(columns=labels)


def budget_vs_outcome(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Budget and prognos (utfall at year end) per project, for a chart; a project name
    that several kommuner use carries its kommun ("Nätverk (Vårgårda)"), as bars have no
    subtotal rows to tell them apart."""
    labels = column_labels(period)
    projects = rows[rows["level"] == PROJECT]
    shared = projects["label"].duplicated(keep=False)
    names = projects["label"].where(~shared, projects["label"] + " (" + projects["kommun"] + ")")
    measures = ["budget", period.outcome_measure]
    return projects.assign(label=names).set_index("label")[measures].rename(columns=labels)


# ---------------------------------------------------------------- for a report context

def total_label(ctx) -> str:
    """Label of the total row: as the annual report at year end, as the monthly otherwise."""
    key = "total_bokslut" if ctx.period.is_year_end else "total_manad"
    return text(ctx.params, "investeringar", key, default="Totalt")


def validate_params(ctx) -> None:
    """The total row's labels are no kommun's subtotal label (`subtotal_twin`), and the
    one of the period no project's name of its year (`budget.row_twin`)."""
    kommuner = kommun_names(ctx.dataset["kommuner"])
    for key in ("total_bokslut", "total_manad"):
        label = text(ctx.params, "investeringar", key, default="Totalt")
        twin = subtotal_twin(label, kommuner)
        if twin is not None:
            raise ParamError(f"{ctx.params.sources.where('investeringar', key)}: "
                             f'"{label}" är delsumman för {twin}; skriv en annan text för '
                             "totalraden")
    label = total_label(ctx)
    twin = budget.row_twin(label, lines_for(ctx).index.get_level_values("projekt"))
    if twin is not None:
        key = "total_bokslut" if ctx.period.is_year_end else "total_manad"
        raise ParamError(f"{ctx.params.sources.where('investeringar', key)}: \"{label}\" är "
                         f"namnet på projektet {twin}; totalraden skulle stå bredvid det med "
                         "samma namn: skriv en annan text för totalraden")


def total_labels(ctx) -> tuple[str, ...]:
    """Labels of the table's total rows (shown bold): each kommun's subtotal and the total."""
    return (*(kommun_label(k) for k in kommun_names(ctx.dataset["kommuner"])), total_label(ctx))


def lines_for(ctx) -> pd.DataFrame:
    """Project lines of the context's period (computed once per dataset and period; each
    caller gets its own copy)."""
    return ctx.of_data("investments.lines", lambda: project_lines(
        ctx.dataset["investeringar"], ctx.period)).copy()


def rows_for(ctx) -> pd.DataFrame:
    """The report's rows for the context's period (figures of record at year end)."""
    ds = ctx.dataset
    rows = investment_rows(lines_for(ctx), kommun_names(ds["kommuner"]), total_label(ctx))
    return apply_of_record(rows, ds["investeringar_totaler"], ctx.period)


def _total(rows: pd.DataFrame) -> pd.Series:
    return rows[rows["level"] == TOTAL].iloc[0]


# ---------------------------------------------------------------- report protocol

def summary(ctx) -> list[str]:
    """The avvikelse of the year (utfall) or whether the prognos follows budget
    (`deviation_kind`), and the avvikelse per kommun when one is not zero
    (`shows_kommun_deviations`)."""
    rows = rows_for(ctx)
    total = _total(rows)
    deviation = total["avvikelse"]
    tol = ctx.tolerance
    if is_missing(deviation):
        return ["Avvikelsen för investeringarna kan inte beräknas: uppgift saknas."]
    kind = deviation_kind(deviation)
    beyond = bool(kind)
    if ctx.period.is_year_end:
        lines = ["Investeringarna följer budget." if not beyond else
                 f"Investeringsbudgeten redovisar en {kind} avvikelse med "
                 f"{fmt_number(abs(deviation))} tkr."]
    else:
        lines = ["Prognosen för investeringarna beräknas följa budget." if not beyond
                 else f"Prognosen för investeringarna visar en {kind} avvikelse mot budget "
                      f"med {fmt_number(abs(deviation))} tkr."]
    if shows_kommun_deviations(rows, tol):
        parts = [f"{r['label']} {fmt_number(r['avvikelse'], signed=True, zero='0')} tkr"
                 for _, r in rows[rows["level"] == KOMMUN].iterrows()]
        lines.append(f"Per kommun: {join_sv(parts)}.")
    lines += [f"Avvikelsen för {row['label']} visas som tryckt, men budget − utfall på raden "
              f"är {fmt_number(shown, zero='0')} tkr (se fotnoten under investeringstabellen)."
              for row, _, shown in contradicted_deviations(ctx)]
    return lines


def deviation_kind(deviation: float) -> str:
    """The word for the investments' avvikelse as shown in whole tkr: "" (follows budget)
    only when it reads 0 (never beside a shown −1 within the tolerance), "positiv" above 0,
    "negativ" below."""
    shown = round_half_away(deviation)
    return "" if shown == 0 else ("positiv" if shown > 0 else "negativ")


def shows_kommun_deviations(rows: pd.DataFrame, tolerance: float) -> bool:
    """The summary names the avvikelse per kommun when there are several kommuner and any
    kommun's avvikelse is not zero as shown (also when the total's is: they offset)."""
    kommuner = rows[rows["level"] == KOMMUN]["avvikelse"]
    return len(kommuner) > 1 and any(not is_missing(v) and shown_beyond(v, tolerance)
                                     for v in kommuner)


def key_figures(ctx) -> list[KeyFigure]:
    """Investment prognos (utfall at year end) against budget, and its avvikelse."""
    total = _total(rows_for(ctx))
    outcome = ctx.period.outcome_measure
    contradicted = any(row["level"] == TOTAL for row, _, _ in contradicted_deviations(ctx))
    return [
        KeyFigure(f"Investeringar, {outcome} {ctx.period.year}", total[outcome], "tkr",
                  rule=f"budget {fmt_number(total['budget'], zero='0')} tkr"),
        KeyFigure("Avvikelse investeringar mot budget", total["avvikelse"], "tkr",
                  rule="positiv = under budget", note="som tryckt; går inte ihop med "
                  "budget − utfall, se sidans fotnot" if contradicted else ""),
    ]


def checks(ctx) -> list[Check]:
    """Each kommun and total row printed in the period's report vs the sum of its project
    lines (tolerance per summed line); of record at year end (fail), else published (warn)."""
    ds, period = ctx.dataset, ctx.period
    if not has_data(ds, period):
        return []
    totals = ds["investeringar_totaler"]
    rows = investment_rows(lines_for(ctx), kommun_names(ds["kommuner"]), total_label(ctx))
    lines = lines_for(ctx)
    mask = (totals["report_period"] == str(period)) & (totals["year"] == period.year)
    result = []
    for _, printed in totals[mask].iterrows():
        kommun = None if is_missing(printed["kommun"]) else printed["kommun"]
        level = rows[(rows["level"] == TOTAL)] if kommun is None else \
            rows[(rows["level"] == KOMMUN) & (rows["kommun"] == kommun)]
        label = kommun_label(kommun) if kommun is not None else total_label(ctx)
        measure = printed["measure"]
        actual = float(level.iloc[0][measure]) if len(level) and measure in level.columns \
            else None
        count = len(lines) if kommun is None else \
            int((lines.index.get_level_values("kommun") == kommun).sum())
        of_record = period.is_year_end
        check = compare(
            AREA if of_record else f"{AREA}: publicerade siffror",
            f"{printed['source']}: {label}, {measure_label(measure, period)} mot summan av "
            "projektraderna", float(printed["belopp"]), actual, ctx.tolerance * max(count, 1),
            differ_status=FAIL if of_record else WARN)
        if not len(level):
            check = dataclasses.replace(check, status=unlined_status(of_record),
                                        note=f"{kommun} har inga projektrader för {period.year}")
        result.append(check)
    total = _total(rows)["avvikelse"]
    return result + deviation_contradictions(ctx) + comment_checks(ctx, AREA, total)


def printed_deviations(ctx) -> list[tuple[pd.Series, float, float]]:
    """At year end, (row, printed avvikelse, budget − utfall as the row shows them) for
    each kommun and total row whose avvikelse the annual report printed."""
    period, outcome = ctx.period, ctx.period.outcome_measure
    if not period.is_year_end or not has_data(ctx.dataset, period):
        return []
    totals, rows, result = ctx.dataset["investeringar_totaler"], rows_for(ctx), []
    for i, row in rows[rows["level"] != PROJECT].iterrows():
        printed = _printed_value(totals, period, None if row["level"] == TOTAL
                                 else row["kommun"], "avvikelse")
        if printed is None:
            continue
        shown = float(shown_deviation(rows.loc[[i]], outcome).iloc[0])
        result.append((row, printed, shown))
    return result


def deviation_contradictions(ctx) -> list[Check]:
    """Each printed avvikelse (`printed_deviations`) vs budget − utfall as its row shows
    them; beyond tolerance the source contradicts itself: a warning, the figure kept as
    printed."""
    outcome = ctx.period.outcome_measure
    return [compare(
        f"{AREA}: motsägelser i underlaget",
        f"{row['label']} {ctx.period.year}: tryckt avvikelse mot budget − utfall",
        printed, shown, ctx.tolerance, differ_status=WARN,
        note=f"{fmt_number(row['budget'])} − {fmt_number(row[outcome])} = "
             f"{fmt_number(shown)}; underlaget motsäger sin egen regel")
        for row, printed, shown in printed_deviations(ctx)]


def contradicted_deviations(ctx) -> list[tuple[pd.Series, float, float]]:
    """The printed avvikelser the checks page warns about as contradicting their row
    (`deviation_contradictions`), where budget − utfall can be computed."""
    return [(row, printed, shown) for (row, printed, shown), check in
            zip(printed_deviations(ctx), deviation_contradictions(ctx))
            if check.status == WARN and not is_missing(shown)]


def deviation_note(ctx) -> str:
    """The footnote, under `allocation.MARK`, on each avvikelse shown as printed though not
    budget − utfall of its row ("" when none is)."""
    outcome = ctx.period.outcome_measure
    cases = "; ".join(f"för {row['label']} blir {fmt_number(row['budget'], zero='0')} − "
                      f"{fmt_number(row[outcome], zero='0')} = {fmt_number(shown, zero='0')}"
                      f", inte de tryckta {fmt_number(printed, zero='0')}"
                      for row, printed, shown in contradicted_deviations(ctx))
    return (f"{allocation.MARK} Avvikelse = budget − utfall, men {cases}. Avvikelsen visas "
            "som den trycktes.") if cases else ""


def marked_table_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The committee's table (`display_table`) with each printed avvikelse that is not
    budget − utfall of its row marked beside it (`allocation.with_marks`), and its footnotes
    (that one; where rows as shown do not add up to a sum row, `unsummed_investments`)."""
    rows = rows_for(ctx)
    flagged = {row["label"] for row, _, _ in contradicted_deviations(ctx)}
    shown = allocation.with_marks(
        display_table(rows, ctx.period), [r["level"] != PROJECT and r["label"] in flagged
                                          for _, r in rows.iterrows()],
        after=column_labels(ctx.period)["avvikelse"])
    note = deviation_note(ctx)
    return shown, ([note] if note else []) + unsummed_investments(
        display_table(rows, ctx.period), list(rows["level"]),
        columns_of_record(ctx.dataset["investeringar_totaler"], ctx.period))


def unlined_status(of_record: bool) -> str:
    """A printed kommun without project lines fails at year end (of record), else warns."""
    return FAIL if of_record else WARN
