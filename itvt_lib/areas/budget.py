"""Operating budget vs forecast and outcome (driftredovisning).

Sign convention (docs/ARCHITECTURE.md): income is negative, costs positive; nettokostnad = income +
costs; kommunbidrag positive; resultat = kommunbidrag − nettokostnad. Avvikelse is
positive when better than budget: budget − outcome for income, cost and net-cost rows,
outcome − budget for kommunbidrag and resultat. Budget = ursprunglig budget + tillägg.
A closed year's published totals are of record: shown, and checked against line items.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from ..core.checks import WARN, Check, KeyFigure, compare, traffic_light
from ..core.errors import DataError
from ..core.formatting import fmt_number, is_missing, round_half_away
from ..core.ledger import DRIFT as REPORTED_DRIFT
from ..core.ledger import NETTO as REPORTED_NETTO
from ..core.loading import Column, Table
from ..core.params import text
from ..core.periods import Period
from ..core.reference import published_rows

AREA = "Driftredovisning"
MEASURES = ("utfall", "budget", "ursprunglig_budget", "tillagg", "prognos")
POSTS = ("summa_intakter", "summa_kostnader", "nettokostnad", "nettokostnad_gemensamma",
         "kommunbidrag", "resultat")

SUMMA_INTAKTER = "Summa intäkter"
SUMMA_KOSTNADER = "Summa kostnader"
NETTOKOSTNAD = "Summa nettokostnader"
RESULTAT = "Resultat"
GEMENSAMMA = "Kommungemensamma"
DEFAULT_TOTAL_LABEL = "Summa"
TOTAL_POST = {SUMMA_INTAKTER: "summa_intakter", SUMMA_KOSTNADER: "summa_kostnader",
              NETTOKOSTNAD: "nettokostnad", RESULTAT: "resultat"}


def validate_amount_rows(frame: pd.DataFrame, locate) -> None:
    """utfall and prognos belong to a period of their year; budgets to no period."""
    for i, row in frame.iterrows():
        period, measure = row["period"], row["measure"]
        if measure in ("utfall", "prognos") and is_missing(period):
            file, line = locate(i)
            raise DataError(file, f"{measure} needs the period it was made", line, "period")
        if measure not in ("utfall", "prognos") and not is_missing(period):
            file, line = locate(i)
            raise DataError(file, f"{measure} is for the whole year: leave period empty",
                            line, "period")
        if not is_missing(period) and int(str(period)[:4]) != row["year"]:
            file, line = locate(i)
            raise DataError(file, f'"{period}" is not in year {row["year"]}', line, "period")


# A plausible amount in the operating statement (tkr): anything beyond is a typo.
MAX_TKR = 1e9


def amount_columns(key: Column) -> tuple[Column, ...]:
    """The columns of an amount table keyed by `key`: belopp in tkr, |belopp| ≤ 10⁹."""
    return (
        Column("year", "year"),
        Column("period", "period", nullable=True),
        Column("measure", choices=MEASURES),
        key,
        Column("belopp", "number", nullable=True, min=-MAX_TKR, max=MAX_TKR),
    )


TABLES = (
    Table("driftredovisning",
          amount_columns(Column("kontogrupp", ref="kontogrupper.kontogrupp")),
          key=("year", "period", "measure", "kontogrupp"),
          validate=validate_amount_rows),
    Table("kostnadsstalle_netto",
          amount_columns(Column("kostnadsstalle", ref="kostnadsstallen.kostnadsstalle")),
          key=("year", "period", "measure", "kostnadsstalle"),
          validate=validate_amount_rows),
    Table("bokslut_totaler",
          (Column("year", "year"), Column("post", choices=POSTS),
           Column("kommun", nullable=True, ref="kommuner.kommun"),
           Column("belopp", "number", min=-MAX_TKR, max=MAX_TKR)),
          key=("year", "post", "kommun")),
    Table("sista_prognos",
          (Column("year", "year"),
           Column("utfall_battre_tkr", "number"),
           Column("kalla")),
          key=("year",)),
)


# ---------------------------------------------------------------- picking amounts

def amounts(frame: pd.DataFrame, key: str, year: int, measure: str,
            period: str | None = None) -> pd.Series:
    """Amounts of one measure for one year (and period), indexed by `key`."""
    mask = (frame["year"] == year) & (frame["measure"] == measure)
    if period is not None:
        mask &= frame["period"] == str(period)
    return frame[mask].set_index(key)["belopp"].astype(float)


def budget_amounts(frame: pd.DataFrame, key: str, year: int) -> pd.Series:
    """Budget = ursprunglig budget + tillägg (no tillägg = 0); else the budget as given."""
    original = amounts(frame, key, year, "ursprunglig_budget")
    if original.empty:
        return amounts(frame, key, year, "budget")
    additions = amounts(frame, key, year, "tillagg").reindex(original.index).fillna(0.0)
    return original + additions


def outcome_amounts(frame: pd.DataFrame, key: str, year: int) -> pd.Series:
    """The year's utfall (the figure reported at its December)."""
    return amounts(frame, key, year, "utfall", f"{year}-12")


def measure_amounts(frame: pd.DataFrame, key: str, year: int, measure: str,
                    period: Period | None = None) -> pd.Series:
    """Amounts for a statement column: budget is derived; prognos is the one made at period."""
    if measure == "budget":
        return budget_amounts(frame, key, year)
    if measure == "utfall":
        return outcome_amounts(frame, key, year)
    if measure == "prognos":
        return amounts(frame, key, year, "prognos", str(period))
    return amounts(frame, key, year, measure)


# ---------------------------------------------------------------- the statement

def statement_layout(kontogrupper: pd.DataFrame) -> pd.DataFrame:
    """Rows of the resultaträkning: line items by sign class, with the total rows between."""
    groups = kontogrupper.sort_values("ordning")
    rows = []
    for klass, total, total_class in (("intakt", SUMMA_INTAKTER, "summa_intakter"),
                                      ("kostnad", SUMMA_KOSTNADER, "summa_kostnader")):
        rows += [(k, klass, False) for k in groups[groups["typ"] == klass]["kontogrupp"]]
        rows.append((total, total_class, True))
    rows.append((NETTOKOSTNAD, "nettokostnad", True))
    rows += [(k, "kommunbidrag", False) for k in groups[groups["typ"] == "kommunbidrag"]["kontogrupp"]]
    rows.append((RESULTAT, "resultat", True))
    return pd.DataFrame(rows, columns=["post", "klass", "total"]).set_index("post")


def with_totals(items: pd.Series, layout: pd.DataFrame) -> pd.Series:
    """Statement column from line items: summa intäkter and kostnader, nettokostnad =
    intäkter + kostnader, resultat = kommunbidrag − nettokostnad (NaN if any item missing)."""
    result = pd.Series(index=layout.index, dtype="float64")
    for post in layout.index:
        if not layout.loc[post, "total"]:
            result[post] = items.get(post, float("nan"))

    def total(klass):
        values = result[layout.index[(layout["klass"] == klass) & ~layout["total"]]]
        return values.sum(min_count=1) if not values.isna().any() else float("nan")

    result[SUMMA_INTAKTER] = total("intakt")
    result[SUMMA_KOSTNADER] = total("kostnad")
    result[NETTOKOSTNAD] = result[SUMMA_INTAKTER] + result[SUMMA_KOSTNADER]
    result[RESULTAT] = total("kommunbidrag") - result[NETTOKOSTNAD]
    return result


def of_record(totals: pd.DataFrame, year: int, kommun: str | None = None) -> dict[str, float]:
    """Totals of record for a closed year: post → belopp (the committee's when kommun None)."""
    mask = totals["year"] == year
    mask &= totals["kommun"].isna() if kommun is None else totals["kommun"] == kommun
    return dict(zip(totals[mask]["post"], totals[mask]["belopp"].astype(float)))


def apply_of_record(column: pd.Series, record: dict[str, float]) -> pd.Series:
    """Replace computed totals by the totals of record where the annual report has them."""
    result = column.copy()
    for label, post in TOTAL_POST.items():
        if post in record and label in result.index:
            result[label] = record[post]
    return result


def avvikelse(budget: pd.Series, outcome: pd.Series, classes: pd.Series) -> pd.Series:
    """Positive = better than budget: budget − outcome, but outcome − budget for
    kommunbidrag and resultat rows."""
    better_when_higher = classes.isin(["kommunbidrag", "resultat"])
    difference = budget - outcome
    return difference.where(~better_when_higher, -difference)


@dataclass(frozen=True)
class StatementColumn:
    """One column of a report table: its label, year and measure (or the avvikelse)."""

    label: str
    year: int
    measure: str  # utfall, ursprunglig_budget, tillagg, budget, prognos, avvikelse


def statement_columns(period: Period, has_split: bool = True) -> list[StatementColumn]:
    """The source's columns: a monthly report shows last year's bokslut, the budget build-up,
    the prognos and avvikelse helår; a year-end report two earlier boksluts, budget,
    utfall and avvikelse."""
    y = period.year
    if period.is_year_end:
        return [StatementColumn(f"Bokslut {y - 2}", y - 2, "utfall"),
                StatementColumn(f"Bokslut {y - 1}", y - 1, "utfall"),
                StatementColumn(f"Budget {y}", y, "budget"),
                StatementColumn(f"Utfall {y}", y, "utfall"),
                StatementColumn("Avvikelse", y, "avvikelse")]
    split = [StatementColumn(f"Urspr. budget {y}", y, "ursprunglig_budget"),
             StatementColumn(f"Tillägg {y}", y, "tillagg")] if has_split else []
    return [StatementColumn(f"Bokslut {y - 1}", y - 1, "utfall"), *split,
            StatementColumn(f"Budget {y}", y, "budget"),
            StatementColumn(f"Prognos {y}", y, "prognos"),
            StatementColumn("Avvikelse helår", y, "avvikelse")]


def has_split(frame: pd.DataFrame, year: int) -> bool:
    return bool(((frame["year"] == year) & (frame["measure"] == "ursprunglig_budget")).any())


def operating_statement(drift: pd.DataFrame, kontogrupper: pd.DataFrame,
                        totals: pd.DataFrame, period: Period, recomputed: bool = False
                        ) -> pd.DataFrame:
    """The resultaträkning for a period: rows as `statement_layout`, columns as
    `statement_columns`; a closed year's totals are those of record unless `recomputed`."""
    layout = statement_layout(kontogrupper)
    table = pd.DataFrame(index=layout.index)
    for col in statement_columns(period, has_split(drift, period.year)):
        if col.measure == "avvikelse":
            continue
        items = measure_amounts(drift, "kontogrupp", col.year, col.measure, period)
        column = with_totals(items, layout) if not items.empty else \
            pd.Series(float("nan"), index=layout.index)
        if col.measure == "utfall" and not recomputed:
            column = apply_of_record(column, of_record(totals, col.year))
        table[col.label] = column
    budget_label, outcome_label = budget_outcome_labels(period, drift)
    table[statement_columns(period)[-1].label] = avvikelse(
        table[budget_label], table[outcome_label], layout["klass"])
    return table


def budget_outcome_labels(period: Period, drift=None) -> tuple[str, str]:
    cols = statement_columns(period)
    budget = next(c.label for c in cols if c.measure == "budget" and c.year == period.year)
    outcome = next(c.label for c in cols if c.measure == period.outcome_measure
                   and c.year == period.year)
    return budget, outcome


def cost_centre_statement(netto: pd.DataFrame, kostnadsstallen: pd.DataFrame,
                          totals: pd.DataFrame, period: Period, total_label: str,
                          grouped: bool | None = None) -> pd.DataFrame:
    """Net cost per kostnadsställe with the same columns as the resultaträkning.

    The sum row is the total of record for a closed year's utfall; with `grouped` (default
    at year end) the joint cost centres get a "Kommungemensamma" subtotal and their rows
    are shown as "varav".
    """
    grouped = period.is_year_end if grouped is None else grouped
    centres = kostnadsstallen.sort_values("ordning")
    joint = centres[centres["kommun"].isna()]["kostnadsstalle"].tolist()
    own = centres[centres["kommun"].notna()]["kostnadsstalle"].tolist()
    order = (joint + own) if grouped else centres["kostnadsstalle"].tolist()
    index = ([GEMENSAMMA] + [f"– varav {c}" for c in joint] + own if grouped else order) + [total_label]
    table = pd.DataFrame(index=index)
    for col in statement_columns(period, has_split(netto, period.year)):
        if col.measure == "avvikelse":
            continue
        items = measure_amounts(netto, "kostnadsstalle", col.year, col.measure, period)
        items = items.reindex(order)
        record = of_record(totals, col.year) if col.measure == "utfall" else {}
        summed = items.sum(min_count=1) if not items.isna().any() else float("nan")
        values = list(items.reindex(own if grouped else order))
        if grouped:
            joint_items = items.reindex(joint)
            joint_sum = joint_items.sum(min_count=1) if not joint_items.isna().any() \
                else float("nan")
            joint_sum = record.get("nettokostnad_gemensamma", joint_sum)
            values = [joint_sum, *joint_items.tolist(), *values]
        if not items.isna().all() or record:
            values.append(record.get("nettokostnad", summed))
        else:
            values.append(float("nan"))
        table[col.label] = values
    budget_label, outcome_label = budget_outcome_labels(period, netto)
    classes = pd.Series("nettokostnad", index=table.index)
    table[statement_columns(period)[-1].label] = avvikelse(
        table[budget_label], table[outcome_label], classes)
    return table


def line_items(table: pd.DataFrame, layout: pd.DataFrame) -> pd.DataFrame:
    """The income and cost rows of a statement (no totals, no kommunbidrag)."""
    mask = ~layout["total"] & layout["klass"].isin(["intakt", "kostnad"])
    return table[mask.reindex(table.index).fillna(False).astype(bool)]


def budget_vs_outcome(table: pd.DataFrame, layout: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Budget and prognos (utfall at year end) of each line item, for a chart."""
    budget_label, outcome_label = budget_outcome_labels(period, None)
    return line_items(table, layout)[[budget_label, outcome_label]]


def total_label(params: dict) -> str:
    """The label of a committee total row: namnd_kort of the parameters, else "Summa"."""
    return text(params, "namnd_kort", default=DEFAULT_TOTAL_LABEL)


def cost_centre_total_labels(params: dict) -> tuple[str, ...]:
    """Rows of the kostnadsställe tables shown as totals: the joint subtotal and the total."""
    return (GEMENSAMMA, total_label(params))


# ---------------------------------------------------------------- periods

def reportable_periods(drift: pd.DataFrame) -> list[Period]:
    """Periods whose year has a budget and that have a prognos made then, or (December)
    the year's utfall."""
    budget_years = set(drift[drift["measure"].isin(["budget", "ursprunglig_budget"])]["year"])
    made = drift[drift["measure"].isin(["prognos", "utfall"]) & drift["period"].notna()]
    periods = set()
    for _, row in made[["measure", "period"]].drop_duplicates().iterrows():
        period = Period.parse(row["period"])
        if period.year in budget_years and (row["measure"] == "prognos" or period.is_year_end):
            periods.add(period)
    return sorted(periods)


# ---------------------------------------------------------------- report protocol

def drift_for(dataset) -> pd.DataFrame:
    """driftredovisning as reported: where the ledger has a year's December, its utfall
    wins over the typed one (read and mapped at load, core.ledger)."""
    return dataset.tables.get(REPORTED_DRIFT, dataset["driftredovisning"])


def netto_for(dataset) -> pd.DataFrame:
    """kostnadsstalle_netto as reported (the ledger's year-end utfall wins, as above)."""
    return dataset.tables.get(REPORTED_NETTO, dataset["kostnadsstalle_netto"])


def has_data(dataset, period: Period) -> bool:
    """True when the period is reportable by the operating statement."""
    return period in reportable_periods(drift_for(dataset))


def validate_period(dataset, period: Period) -> None:
    """A run for a period without a budget and a prognos/utfall is bad input."""
    if not has_data(dataset, period):
        known = ", ".join(str(p) for p in reportable_periods(drift_for(dataset)))
        from ..core.errors import ParamError

        raise ParamError(f"period: {period} is not reportable (reportable: {known or 'none'})")


def statement_for(ctx, recomputed: bool = False) -> pd.DataFrame:
    """The resultaträkning for the context's period."""
    ds = ctx.dataset
    return operating_statement(drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"],
                               ctx.period, recomputed)


def statement_display_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The resultaträkning as shown: each figure the period's report printed otherwise
    beside the computed one, marked, and the footnotes explaining the marks."""
    statement = statement_for(ctx)
    differing = differing_published(ctx.dataset["published"], ctx.period, "driftredovisning",
                                    statement, statement_columns(ctx.period), ctx.tolerance)
    return with_published(statement, differing)


def cost_centres_for(ctx) -> pd.DataFrame:
    """The kostnadsställe table for the context's period."""
    ds = ctx.dataset
    return cost_centre_statement(netto_for(ds), ds["kostnadsstallen"],
                                 ds["bokslut_totaler"], ctx.period, total_label(ctx.params))


def _result_sentence(name: str, period: Period, resultat: float, tolerance: float) -> str:
    amount = fmt_number(abs(resultat))
    if period.is_year_end:
        if abs(resultat) <= tolerance:
            return f"{name} redovisar ett resultat i balans för budgetåret {period.year}."
        kind = "ett överskott" if resultat > 0 else "ett underskott"
        return f"{name} redovisar {kind} på {amount} tkr för budgetåret {period.year}."
    if abs(resultat) <= tolerance:
        return f"{name} prognostiserar en budget i balans."
    kind = "ett överskott" if resultat > 0 else "ett underskott"
    return f"{name} prognostiserar {kind} på {amount} tkr för helåret {period.year}."


def _driver_sentence(table: pd.DataFrame, layout: pd.DataFrame, resultat: float,
                     tolerance: float, year_end: bool) -> str:
    """Name the line item that explains most of a non-balanced result."""
    if abs(resultat) <= tolerance:
        return ""
    deviation = table.iloc[:, -1]
    items = deviation[~layout["total"] & layout["klass"].isin(["intakt", "kostnad"])].dropna()
    worst = items.idxmin() if resultat < 0 else items.idxmax()
    value = items[worst]
    if (resultat < 0) != (value < 0) or abs(value) <= tolerance:
        return ""
    klass = layout.loc[worst, "klass"]
    higher = (klass == "kostnad") == (value < 0)
    direction = "högre" if higher else "lägre"
    tense = "Det negativa" if resultat < 0 else "Det positiva"
    verb = "beror" if year_end else "beror enligt prognosen"
    return (f"{tense} resultatet {verb} främst på {direction} {str(worst).lower()} än "
            f"budgeterat ({fmt_number(value, signed=True)} tkr).")


def _change_sentence(drift: pd.DataFrame, kontogrupper: pd.DataFrame, period: Period) -> str:
    """State a tillägg to kommunbidrag made since the budget decision."""
    if period.is_year_end:
        return ""
    kb = kontogrupper[kontogrupper["typ"] == "kommunbidrag"]["kontogrupp"]
    added = amounts(drift, "kontogrupp", period.year, "tillagg").reindex(kb).sum()
    if abs(added) < 0.5:
        return ""
    verb = "ökats" if added > 0 else "minskats"
    return f"Sedan budgetbeslutet har kommunbidraget {verb} med {fmt_number(abs(added))} tkr."


def result_for(ctx) -> tuple[float, float]:
    """(resultat, nettokostnad) of the period's prognos, or utfall at year end."""
    table = statement_for(ctx)
    _, outcome_label = budget_outcome_labels(ctx.period, drift_for(ctx.dataset))
    return float(table.loc[RESULTAT, outcome_label]), float(table.loc[NETTOKOSTNAD, outcome_label])


def summary(ctx) -> list[str]:
    """Swedish sentences derived from the statement: balance, main driver, tillägg."""
    ds = ctx.dataset
    table = statement_for(ctx)
    layout = statement_layout(ds["kontogrupper"])
    resultat, _ = result_for(ctx)
    name = text(ctx.params, "verksamhet", default="Verksamheten")
    lines = [_result_sentence(name, ctx.period, resultat, ctx.tolerance),
             _driver_sentence(table, layout, resultat, ctx.tolerance, ctx.period.is_year_end),
             _change_sentence(ds["driftredovisning"], ds["kontogrupper"], ctx.period)]
    return [line for line in lines if line]


def key_figures(ctx) -> list[KeyFigure]:
    """Resultat (status by the parameters' rule), nettokostnad and its avvikelse."""
    table = statement_for(ctx)
    resultat, netto = result_for(ctx)
    rule = ctx.params.get("status", {}).get("resultat", {})
    yellow_share = float(rule.get("yellow_down_to_share_of_nettokostnad", -0.01))
    status = traffic_light(round_half_away(resultat), float(rule.get("green_at", 0)),
                           yellow_share * abs(netto))
    word = ctx.period.outcome_measure
    deviation = float(table.loc[NETTOKOSTNAD].iloc[-1])
    return [
        KeyFigure(f"Resultat ({word} {ctx.period.year})", resultat, "tkr", status,
                  f"grön vid resultat ≥ {fmt_number(rule.get('green_at', 0), zero='0')} tkr, "
                  f"gul ned till {fmt_number(yellow_share * 100, 0, zero='0')} % av "
                  "nettokostnaden, röd därunder"),
        KeyFigure(f"Nettokostnad ({word} {ctx.period.year})", netto, "tkr"),
        KeyFigure("Avvikelse nettokostnad mot budget", deviation, "tkr",
                  note=rounding_note(deviation, resultat, ctx.tolerance)),
    ]


def rounding_note(deviation: float, resultat: float, tolerance: float) -> str:
    """Why the avvikelse (a difference between displayed amounts) and the resultat (of
    record) differ by up to the tolerance: an avrundningsdifferens, stated."""
    gap = round_half_away(resultat) - round_half_away(deviation)
    if gap == 0 or abs(gap) > tolerance:
        return ""
    return (f"Skillnaden mellan visade belopp; resultatet {fmt_number(resultat)} tkr är "
            f"bokslutets och avviker med {fmt_number(abs(gap))} tkr (avrundningsdifferens).")


def _line_count(layout: pd.DataFrame, post: str) -> int:
    """How many line items a total sums (the tolerance grows by one unit per line)."""
    items = ~layout["total"]
    counts = {
        "summa_intakter": (items & (layout["klass"] == "intakt")).sum(),
        "summa_kostnader": (items & (layout["klass"] == "kostnad")).sum(),
        "nettokostnad": (items & layout["klass"].isin(["intakt", "kostnad"])).sum(),
        "resultat": items.sum(),
    }
    return int(counts.get(post, 1))


def checks(ctx) -> list[Check]:
    """Totals of record vs recomputed, kostnadsställen vs nettokostnad, and every published
    figure of this period's report vs the recomputed one."""
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    if not has_data(ds, period):
        return []
    layout = statement_layout(ds["kontogrupper"])
    recomputed = statement_for(ctx, recomputed=True)
    shown = statement_for(ctx)
    result: list[Check] = []
    for col in statement_columns(period, has_split(drift_for(ds), period.year)):
        if col.measure != "utfall":
            continue
        record = of_record(ds["bokslut_totaler"], col.year)
        for label, post in TOTAL_POST.items():
            if post in record:
                n = _line_count(layout, post)
                result.append(compare(
                    AREA, f"{label} {col.year}: enligt bokslutet mot summan av raderna",
                    record[post], recomputed.loc[label, col.label], tol * n))
    centres = cost_centre_statement(netto_for(ds), ds["kostnadsstallen"],
                                    ds["bokslut_totaler"], period, "summa", grouped=False)
    recomputed_centres = centres.drop(index="summa").drop(columns=centres.columns[-1])
    for label in recomputed_centres.columns:
        values = recomputed_centres[label]
        if values.isna().any():
            continue
        result.append(compare(
            AREA, f"Kostnadsställen summerar till nettokostnaden ({label})",
            shown.loc[NETTOKOSTNAD, label], values.sum(), tol * len(values)))
    result += published_checks(ds["published"], period, "driftredovisning", shown,
                               statement_columns(period), tol)
    return result


def published_checks(published: pd.DataFrame, period: Period, section: str,
                     table: pd.DataFrame, columns: list[StatementColumn],
                     tolerance: float, area: str = AREA,
                     aliases: dict[str, str] | None = None) -> list[Check]:
    """Each figure printed in this period's report vs the recomputed cell of `table`; a
    difference beyond tolerance is a warning (the report shows the recomputed figure).
    `aliases` maps a printed row name to the table's (e.g. "Summa" to the total row)."""
    result = []
    for _, row in published_rows(published, period, section).iterrows():
        col = next((c for c in columns if c.year == row["year"] and c.measure == row["measure"]),
                   None)
        label = (aliases or {}).get(row["post"], row["post"])
        actual = table.loc[label, col.label] if col is not None and \
            label in table.index else None
        note = row["note"] if not is_missing(row["note"]) else ""
        check = compare(f"{area}: publicerade siffror",
                        f"{row['source']}: {row['post']}, {row['measure']} {row['year']}",
                        row["belopp"], actual, tolerance, differ_status=WARN, note=note)
        if check.status == WARN and actual is not None:
            check = replace(check, note="publicerat avviker från beräknat: "
                            + (note or "se sidans fotnot"))
        result.append(check)
    return result


PUBLISHED_SUFFIX = ", publicerad"
MEASURE_SV = {"utfall": "utfall", "prognos": "prognos", "budget": "budget",
              "avvikelse": "avvikelse", "ursprunglig_budget": "ursprunglig budget",
              "tillagg": "tillägg"}


def differing_published(published: pd.DataFrame, period: Period, section: str,
                        table: pd.DataFrame, columns: list[StatementColumn], tolerance: float,
                        aliases: dict[str, str] | None = None) -> pd.DataFrame:
    """Printed figures of this period's report that differ from the shown cell beyond
    tolerance: row label, column label, printed, shown, source, post, measure, year, note."""
    rows = []
    for _, row in published_rows(published, period, section).iterrows():
        col = next((c for c in columns if c.year == row["year"] and c.measure == row["measure"]),
                   None)
        label = (aliases or {}).get(row["post"], row["post"])
        if col is None or label not in table.index or is_missing(row["belopp"]):
            continue
        shown = table.loc[label, col.label]
        if is_missing(shown) or abs(float(row["belopp"]) - float(shown)) <= tolerance + 1e-9:
            continue
        rows.append({"row": label, "column": col.label, "printed": float(row["belopp"]),
                     "shown": float(shown), "source": row["source"], "post": row["post"],
                     "measure": row["measure"], "year": int(row["year"]),
                     "note": "" if is_missing(row["note"]) else str(row["note"])})
    return pd.DataFrame(rows, columns=["row", "column", "printed", "shown", "source", "post",
                                       "measure", "year", "note"])


def with_published(table: pd.DataFrame, differing: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """`table` with, right of each column where a printed figure differs, a column
    "<label>, publicerad" holding the printed figure marked ("7 878*"), and the footnotes
    explaining each mark; the computed figure (a closed year's: of record) stays in its
    own column."""
    shown = table.copy()
    notes: list[str] = []
    for i, (column, group) in enumerate(differing.groupby("column", sort=False)):
        mark = "*" * (i + 1)
        printed = pd.Series("", index=shown.index, dtype="object")
        for _, row in group.iterrows():
            printed[row["row"]] = fmt_number(row["printed"]) + mark  # zero as printed: "–"
        position = shown.columns.get_loc(column) + 1
        shown.insert(position, f"{column}{PUBLISHED_SUFFIX}", printed)
        first = group.iloc[0]
        figures = ", ".join(f"{r['post']} {fmt_number(r['printed'], zero='0')}"
                            for _, r in group.iterrows())
        computed = ", ".join(f"{r['post']} {fmt_number(r['shown'], zero='0')}"
                             for _, r in group.iterrows())
        reasons = " ".join(dict.fromkeys(r["note"].rstrip(".") + "." for _, r in group.iterrows()
                                         if r["note"]))
        shows = "bokslutets" if first["measure"] == "utfall" else "det beräknade"
        notes.append(f"{mark} {first['source']} tryckte {MEASURE_SV.get(first['measure'])} "
                     f"{first['year']}: {figures} tkr. Tabellen visar {shows}: "
                     f"{computed} tkr. {reasons}".strip())
    return shown, notes



# ---------------------------------------------------------------- forecast history

FORECAST_COLUMNS = ("Nettokostnad", "Resultat", "Förändring av resultatet")


def forecast_history(drift: pd.DataFrame, kontogrupper: pd.DataFrame, totals: pd.DataFrame,
                     period: Period) -> pd.DataFrame:
    """This year's prognos for nettokostnad and resultat (= kommunbidrag − nettokostnad),
    one row per prognos made up to `period`, oldest first; at year end the utfall is the
    last row (totals of record where the annual report has them). Columns: period, kind
    (prognos or utfall), nettokostnad, resultat, change (resultat − the previous row's)."""
    layout = statement_layout(kontogrupper)
    year = period.year
    made = drift[(drift["year"] == year) & (drift["measure"] == "prognos")
                 & drift["period"].notna()]["period"].drop_duplicates()
    rows = []
    for when in sorted(made, key=Period.parse):
        if Period.parse(when) > period:
            continue
        column = with_totals(amounts(drift, "kontogrupp", year, "prognos", when), layout)
        rows.append((when, "prognos", column[NETTOKOSTNAD], column[RESULTAT]))
    outcome = outcome_amounts(drift, "kontogrupp", year)
    if period.is_year_end and not outcome.empty:
        column = apply_of_record(with_totals(outcome, layout), of_record(totals, year))
        rows.append((str(period), "utfall", column[NETTOKOSTNAD], column[RESULTAT]))
    frame = pd.DataFrame(rows, columns=["period", "kind", "nettokostnad", "resultat"])
    frame["nettokostnad"] = frame["nettokostnad"].astype("float64")
    frame["resultat"] = frame["resultat"].astype("float64")
    frame["change"] = frame["resultat"].diff()
    return frame


def forecast_history_for(ctx) -> pd.DataFrame:
    """The forecast history of the context's year, up to its period."""
    ds = ctx.dataset
    return forecast_history(drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"], ctx.period)


def forecast_history_table(history: pd.DataFrame) -> pd.DataFrame:
    """The history for the committee: one row per month ("Prognos februari 2024",
    "Utfall 2023"), columns nettokostnad, resultat and its change since the row above."""
    labels = []
    for _, row in history.iterrows():
        when = Period.parse(row["period"])
        labels.append(f"Utfall {when.year}" if row["kind"] == "utfall"
                      else f"Prognos {when.month_name} {when.year}")
    table = pd.DataFrame({FORECAST_COLUMNS[0]: history["nettokostnad"].to_numpy(),
                          FORECAST_COLUMNS[1]: history["resultat"].to_numpy(),
                          FORECAST_COLUMNS[2]: history["change"].to_numpy()}, index=labels)
    return table


def forecast_formats() -> dict:
    """Display formats of the history table: the change is signed, and empty on the first row."""
    from functools import partial

    return {FORECAST_COLUMNS[2]: partial(fmt_number, signed=True, missing="")}


def forecast_chart_frame(history: pd.DataFrame, drift: pd.DataFrame,
                         kontogrupper: pd.DataFrame, year: int) -> pd.DataFrame:
    """Resultat of each prognos (and the utfall) beside the budgeted resultat, indexed by
    short month ("feb", "dec"), for a line chart."""
    layout = statement_layout(kontogrupper)
    planned = with_totals(budget_amounts(drift, "kontogrupp", year), layout)[RESULTAT]
    index = [Period.parse(p).month_name[:3] for p in history["period"]]
    return pd.DataFrame({f"Budget {year}": [planned] * len(history),
                         "Prognos (utfall i december)": history["resultat"].to_numpy()},
                        index=index)


def forecast_chart_for(ctx, history: pd.DataFrame) -> pd.DataFrame:
    """The chart frame of `forecast_chart_frame` for the context's year."""
    ds = ctx.dataset
    return forecast_chart_frame(history, drift_for(ds), ds["kontogrupper"], ctx.period.year)


def last_forecast(resultat: float, better_by: float) -> float:
    """The last forecast's resultat = the utfall's resultat − how much better the utfall is."""
    return resultat - better_by


def last_forecast_for(ctx) -> tuple[float, float] | None:
    """(last forecast's resultat, utfall better by) of record for the report's year at year
    end, or None when the annual report states none."""
    table = ctx.dataset["sista_prognos"]
    row = table[table["year"] == ctx.period.year]
    record = of_record(ctx.dataset["bokslut_totaler"], ctx.period.year)
    if not ctx.period.is_year_end or row.empty or "resultat" not in record:
        return None
    better = float(row["utfall_battre_tkr"].iloc[0])
    return last_forecast(record["resultat"], better), better


def forecast_sentence(history: pd.DataFrame, period: Period,
                      last_of_record: tuple[float, float] | None = None) -> str:
    """How this year's forecast of resultat moved (and, at year end, the outcome), in Swedish;
    with no prognos in the data, the last forecast of record (annual report) if given."""
    forecasts = history[history["kind"] == "prognos"]
    outcome = history[history["kind"] == "utfall"]
    year = period.year
    if forecasts.empty and last_of_record is not None:
        forecast, better = last_of_record
        text = (f"Sista budgetprognosen för {year} visade ett resultat på "
                f"{fmt_number(forecast, zero='0')} tkr (enligt förvaltningsberättelsen).")
        if not outcome.empty:
            text += (f" Utfallet blev {fmt_number(outcome.iloc[-1]['resultat'], zero='0')} tkr, "
                     f"{fmt_number(abs(better), zero='0')} tkr "
                     f"{'bättre' if better >= 0 else 'sämre'} än sista prognosen.")
        return text
    if forecasts.empty:
        text = f"Underlaget har ingen prognos för {year}."
    elif len(forecasts) == 1:
        first = forecasts.iloc[0]
        text = (f"Prognosen för {year} har gjorts en gång ({Period.parse(first['period']).month_name})"
                f" och visar ett resultat på {fmt_number(first['resultat'], zero='0')} tkr.")
    else:
        first, last = forecasts.iloc[0], forecasts.iloc[-1]
        moved = last["resultat"] - first["resultat"]
        direction = "är oförändrat" if abs(moved) < 0.5 else \
            f"har {'förbättrats' if moved > 0 else 'försämrats'} med {fmt_number(abs(moved))} tkr"
        text = (f"Prognosen för {year} har gjorts {len(forecasts)} gånger. Det prognostiserade "
                f"resultatet {direction} sedan {Period.parse(first['period']).month_name}, till "
                f"{fmt_number(last['resultat'], zero='0')} tkr.")
    if not outcome.empty:
        text += f" Utfallet blev {fmt_number(outcome.iloc[-1]['resultat'], zero='0')} tkr."
    return text
