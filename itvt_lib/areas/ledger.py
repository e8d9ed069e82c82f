"""The ledger area (huvudbok): utfall year to date beside the periodised budget, the
cumulative net cost, the typed utfall against the ledger, and unmapped accounts.

The exports are read and mapped when the data is loaded (core.ledger); this module
only computes. Utfall year to date for a period P is the sum of months 1..P.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
from pydantic import Field

from ..core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare
from ..core.formatting import (
    as_shown,
    fmt_number,
    is_missing,
    join_sv,
    shown_beyond,
)
from ..core.ledger import (
    BUDGET,
    MAPPED,
    ORE_PER_TKR,
    booked_months,
    monthly_outcomes,
    typed_vs_ledger,
    uncompared_outcomes,
    whole_years,
    with_centres,
    year_to_date,
)
from ..core.loading import Table
from ..core.periods import MONTHS_SV, Period
from ..core.settings import Section
from . import budget
from .ledger_signs import reversed_groups, reversed_sign  # noqa: F401 (reversed_sign: the rule)

AREA = "Huvudbok"
OPTIONAL = True  # most periods have no ledger export: not shown as "uppgifter saknas"


class Huvudbok(Section):
    """Ledger exports (data/huvudbok/)."""

    omappat_status: Literal["fail", "warn"] = "fail"


PARAMS = {"huvudbok": (Huvudbok, Field(default_factory=Huvudbok))}

TABLES: tuple[Table, ...] = ()  # the ledger's mapping tables are the core's (core.ledger)


def ledger_for(dataset) -> pd.DataFrame:
    """The dataset's mapped ledger (empty when there is none)."""
    return dataset.tables.get(MAPPED, pd.DataFrame(columns=["year", "month", "konto", "ansvar",
                                                           "ore", "fil", "kontogrupp", "typ",
                                                           "kostnadsstalle", "belopp"]))


def months_with_rows(mapped: pd.DataFrame, year: int) -> list[int]:
    """The months of `year` the ledger has postings in (booked_months: not 0,00 or a
    kommunbidrag alone)."""
    booked = booked_months(mapped)
    return sorted(int(m) for m in booked.loc[booked["year"] == year, "month"].unique())


def cumulative_by_month(monthly: pd.DataFrame, year: int, through: int,
                        by: str = "kontogrupp") -> pd.DataFrame:
    """Year-to-date utfall at the end of each month 1..`through` (rows) per `by` (columns)."""
    rows = monthly[(monthly["year"] == year) & (monthly["month"] <= through)]
    table = rows.pivot_table(index="month", columns=by, values="belopp", aggfunc="sum")
    return table.reindex(range(1, through + 1)).fillna(0.0).cumsum()


# ---------------------------------------------------------------- the budget by month

def profile_shares(profile: pd.DataFrame, year: int, kontogrupp: str | None) -> pd.Series:
    """Share of the year's budget per month 1..12: the most specific profile of
    budgetprofil (year and kontogrupp, year, kontogrupp, neither) or 1/12 each."""
    candidates = [(year, kontogrupp), (year, None), (None, kontogrupp), (None, None)]
    for want_year, want_group in candidates:
        mask = profile["year"].isna() if want_year is None else profile["year"] == want_year
        mask &= profile["kontogrupp"].isna() if want_group is None else \
            profile["kontogrupp"] == want_group
        rows = profile[mask]
        if not rows.empty:
            shares = rows.set_index("month")["andel_procent"].astype(float)
            return (shares / shares.sum()).reindex(range(1, 13)).fillna(0.0)
    return pd.Series(1 / 12, index=range(1, 13))


def periodised_budget(items: pd.Series, profile: pd.DataFrame, period: Period,
                      by_group: bool = True) -> pd.Series:
    """Budget for months 1..P: the year's budget × the profile's share of those months
    (even spread: budget × P / 12)."""
    result = {}
    for key, amount in items.items():
        shares = profile_shares(profile, period.year, key if by_group else None)
        result[key] = float(amount) * float(shares.loc[1:period.month].sum())
    return pd.Series(result, dtype="float64").reindex(items.index)


# ---------------------------------------------------------------- report tables

def month_short(month: int) -> str:
    """Three-letter Swedish month: jan, feb, …, maj, …, dec."""
    return MONTHS_SV[month - 1][:3]


def span_short(period: Period) -> str:
    """"jan–feb 2024" (or "jan 2024")."""
    if period.month == 1:
        return f"jan {period.year}"
    return f"jan–{month_short(period.month)} {period.year}"


def ytd_columns(period: Period) -> list[str]:
    """Labels of the year-to-date table's columns."""
    span = span_short(period)
    return [f"Budget {period.year}", f"Budget {span}", f"Utfall {span}", "Avvikelse"]


def ytd_statement(monthly: pd.DataFrame, drift: pd.DataFrame, kontogrupper: pd.DataFrame,
                  kontoplan: pd.DataFrame, profile: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Utfall year to date beside the budget for the same months, rows as the
    resultaträkning down to nettokostnad (to resultat when the mapping holds kommunbidrag);
    avvikelse = periodised budget − utfall as shown (resultat and kommunbidrag: utfall − budget)."""
    layout = budget.statement_layout(kontogrupper)
    full = budget.budget_amounts(drift, "kontogrupp", period.year)
    covered = set(kontoplan["kontogrupp"])
    items = layout.index[~layout["total"]]
    shares = periodised_budget(full.reindex(items).dropna(), profile, period)
    ytd = year_to_date(monthly, period)
    outcome = pd.Series({k: float(ytd.get(k, 0.0)) if k in covered else float("nan")
                         for k in items}, dtype="float64")
    labels = ytd_columns(period)
    table = pd.DataFrame({labels[0]: budget.with_totals(full, layout),
                          labels[1]: budget.with_totals(shares, layout),
                          labels[2]: budget.with_totals(outcome, layout)})
    table[labels[3]] = budget.shown_avvikelse(table[labels[1]], table[labels[2]],
                                              layout["klass"])
    kb = layout.index[layout["klass"] == "kommunbidrag"]
    if not any(k in covered for k in kb):
        table = table.drop(index=[*kb, budget.RESULTAT])
    return table


def covers_every_line(kontogrupper: pd.DataFrame, kontoplan: pd.DataFrame) -> bool:
    """True when the kontoplan maps accounts to every intäkt and kostnad kontogrupp (else the
    ledger's nettokostnad, in total and per kostnadsställe, lacks a line: missing)."""
    lines = kontogrupper.loc[kontogrupper["typ"].isin(["intakt", "kostnad"]), "kontogrupp"]
    return set(lines) <= set(kontoplan["kontogrupp"])


def lacks_centres(mapped: pd.DataFrame, year: int) -> bool:
    """True when the ledger has rows of `year` and none carries a kostnadsställe (an ansvar
    or object; a SIE type 2 file has none)."""
    ansvar = mapped.loc[mapped["year"] == year, "ansvar"]
    return bool(len(ansvar)) and not ansvar.notna().any()


def sum_row(table: pd.DataFrame) -> pd.Series:
    """A sum row: each column's total, missing when any of its rows is missing."""
    return table.sum(min_count=1).where(table.notna().all())


def centre_ytd(monthly_centres: pd.DataFrame, netto: pd.DataFrame,
               kostnadsstallen: pd.DataFrame, profile: pd.DataFrame, period: Period,
               total_label: str, lacking: bool = False,
               mapped: set | None = None) -> pd.DataFrame:
    """Net cost year to date per kostnadsställe beside its periodised budget, with a sum
    row and the avvikelse of the shown amounts; the utfall is missing (not 0) when `lacking`: the ledger carries no kostnadsställe,
    or the kontoplan leaves out an intäkt or kostnad line (covers_every_line); and for a
    kostnadsställe no ansvar maps to (not in `mapped`): the ledger cannot know its cost."""
    order = kostnadsstallen.sort_values("ordning")["kostnadsstalle"].tolist()
    full = budget.budget_amounts(netto, "kostnadsstalle", period.year).reindex(order)
    shares = periodised_budget(full.fillna(0.0), profile, period, by_group=False)
    outcome = year_to_date(monthly_centres, period, "kostnadsstalle").reindex(order).fillna(0.0)
    if lacking:
        outcome[:] = float("nan")
    if mapped is not None:
        outcome[~outcome.index.isin(mapped)] = float("nan")
    labels = ytd_columns(period)
    table = pd.DataFrame({labels[0]: full, labels[1]: shares.where(full.notna()),
                          labels[2]: outcome})
    table.loc[total_label] = sum_row(table)
    table[labels[3]] = budget.shown_avvikelse(table[labels[1]], table[labels[2]],
                                              pd.Series("nettokostnad", index=table.index))
    return table


def cumulative_vs_budget(monthly: pd.DataFrame, drift: pd.DataFrame,
                         kontogrupper: pd.DataFrame, profile: pd.DataFrame,
                         period: Period, complete: bool = True) -> pd.DataFrame:
    """Nettokostnad month by month, cumulative: the periodised budget for all twelve months
    (missing, as in the table, when an intäkt or kostnad kontogrupp has no budget) and the
    utfall up to P (empty after P; missing unless `complete`: covers_every_line), indexed by
    short month name."""
    groups = kontogrupper[kontogrupper["typ"].isin(["intakt", "kostnad"])]["kontogrupp"]
    full = budget.budget_amounts(drift, "kontogrupp", period.year).reindex(groups)
    months = range(1, 13)
    planned = pd.Series(0.0, index=months)
    for group, amount in full.items():
        planned += profile_shares(profile, period.year, group) * float(amount)
    rows = monthly[monthly["kontogrupp"].isin(groups)]
    outcome = cumulative_by_month(rows, period.year, period.month).sum(axis=1) \
        if not rows.empty else pd.Series(0.0, index=range(1, period.month + 1))
    if not complete:
        outcome = outcome * float("nan")
    frame = pd.DataFrame({f"Budget {period.year} (periodiserad)": planned.cumsum(),
                          f"Utfall {period.year}": outcome.reindex(months)})
    frame.index = [month_short(m) for m in months]
    return frame


# ---------------------------------------------------------------- the ledger wins

def unmapped(mapped: pd.DataFrame, period: Period, by: str) -> pd.DataFrame:
    """Konto (by="konto") or ansvar (by="ansvar") no mapping rule covers, with their total
    (tkr, as booked) over months 1..P of P's year and the files they are in."""
    column = "kontogrupp" if by == "konto" else "kostnadsstalle"
    rows = mapped[(mapped["year"] == period.year) & (mapped["month"] <= period.month)
                  & mapped[column].isna()]
    if by == "ansvar":
        rows = rows[rows["typ"].isin(["intakt", "kostnad"])]
    grouped = rows.groupby(by)
    return pd.DataFrame({"belopp": grouped["ore"].sum() / ORE_PER_TKR,
                         "filer": grouped["fil"].agg(lambda f: ", ".join(sorted(set(f))))}
                        ).reset_index()


def periods_shown(mapped: pd.DataFrame, period: Period) -> list[Period]:
    """The spans whose ledger utfall the report shows: December of each earlier whole year
    (its bokslut column is the ledger's, whole_years) and months 1..P of P's year."""
    earlier = sorted(year for year in whole_years(mapped) if year < period.year)
    return [*(Period(year, 12) for year in earlier), period]


def sie_budget(dataset, year: int) -> pd.Series:
    """The SIE files' #PBUDGET for `year` per kontogrupp (tkr, report sign; mapped rows;
    none when `sie: jamfor_budget: false`)."""
    rows = dataset.tables.get(BUDGET)
    if rows is None or rows.empty:
        return pd.Series(dtype="float64")
    rows = rows[(rows["year"] == year) & rows["kontogrupp"].notna()]
    return rows.groupby("kontogrupp")["belopp"].sum()


def budget_checks(dataset, year: int, tolerance: float) -> list[Check]:
    """Each kontogrupp's #PBUDGET against the adopted budget (a difference is a warning)."""
    planned = sie_budget(dataset, year)
    if planned.empty:
        return []
    adopted = budget.budget_amounts(budget.drift_for(dataset), "kontogrupp", year)
    return [compare(AREA, f"Budget {year} {group}: SIE-filens #PBUDGET mot antagen budget",
                    float(adopted.get(group, float("nan"))), float(amount), tolerance,
                    differ_status=WARN, note="rapporten visar den antagna budgeten")
            for group, amount in planned.items()]


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True when the ledger has postings in the period's month (booked_months)."""
    return period.month in months_with_rows(ledger_for(dataset), period.year)


def ytd_for(ctx) -> pd.DataFrame:
    """The year-to-date table of the context's period."""
    ds = ctx.dataset
    return ytd_statement(monthly_outcomes(ledger_for(ds)), budget.drift_for(ds),
                         ds["kontogrupper"], ds["kontoplan"], ds["budgetprofil"], ctx.period)


def centres_ytd_for(ctx) -> pd.DataFrame:
    """The year-to-date table per kostnadsställe of the context's period."""
    ds = ctx.dataset
    mapped = ledger_for(ds)
    return centre_ytd(monthly_outcomes(mapped, "kostnadsstalle"), budget.netto_for(ds),
                      ds["kostnadsstallen"], ds["budgetprofil"], ctx.period,
                      budget.total_label(ctx.params), lacks_centres(mapped, ctx.period.year)
                      or not covers_every_line(ds["kontogrupper"], ds["kontoplan"]),
                      set(ds["ansvar"]["kostnadsstalle"]))


def cumulative_for(ctx) -> pd.DataFrame:
    """Cumulative nettokostnad vs periodised budget of the context's year."""
    ds = ctx.dataset
    return cumulative_vs_budget(monthly_outcomes(ledger_for(ds)), budget.drift_for(ds),
                                ds["kontogrupper"], ds["budgetprofil"], ctx.period,
                                covers_every_line(ds["kontogrupper"], ds["kontoplan"]))


def ytd_compared(planned: float, actual: float, tolerance: float) -> str:
    """How the utfall stands to the periodised budget: "i nivå med" while the difference of
    the shown amounts (3 162 − 1 413 for 3 161,8 and 1 413,4) is within the tolerance, else
    "<difference> tkr lägre/högre än"."""
    difference = as_shown(planned) - as_shown(actual)
    if not shown_beyond(difference, tolerance):
        return "i nivå med"
    return f"{fmt_number(abs(difference))} tkr {'lägre' if difference > 0 else 'högre'} än"


def ytd_sentence(ctx) -> str:
    """Nettokostnad year to date against the periodised budget, one sentence ("0 tkr", not "–")."""
    table = ytd_for(ctx)
    labels = ytd_columns(ctx.period)
    planned = table.loc[budget.NETTOKOSTNAD, labels[1]]
    actual = table.loc[budget.NETTOKOSTNAD, labels[2]]
    if is_missing(actual):
        return ""
    if is_missing(planned):  # a kontogrupp without budget: no claim against the budget
        return (f"Enligt huvudboken är nettokostnaden {ctx.period.span_sv()} {ctx.period.year} "
                f"{fmt_number(actual, zero='0')} tkr; den periodiserade budgeten saknas (någon "
                "kontogrupp saknar budget).")
    compared = ytd_compared(planned, actual, ctx.tolerance)
    return (f"Enligt huvudboken är nettokostnaden {ctx.period.span_sv()} {ctx.period.year} "
            f"{fmt_number(actual, zero='0')} tkr, {compared} den periodiserade budgeten "
            f"({fmt_number(planned, zero='0')} tkr).")


def sign_checks(ctx) -> list[Check]:
    """A warning for each kontogrupp whose utfall year to date has the opposite sign of
    its periodised budget, or of the year's budget where the profile gives none so far."""
    table, labels = ytd_for(ctx), ytd_columns(ctx.period)
    return [Check(AREA, f"Utfall {span_short(ctx.period)} {group}: samma tecken som budgeten",
                  float(table.loc[group, labels[1]]), float(table.loc[group, labels[2]]),
                  ctx.tolerance, WARN, "motsatt tecken mot budgeten (den periodiserade; årets "
                  "där den är 0): kontrollera att exporten inte vänder tecknet (intäkter bokas "
                  "i kredit, negativt); återförda periodiseringar kan också ge det")
            for group in _reversed(ctx)]


def _reversed(ctx) -> list:
    layout = budget.statement_layout(ctx.dataset["kontogrupper"])
    return reversed_groups(ytd_for(ctx), ytd_columns(ctx.period),
                           layout.index[~layout["total"]], ctx.tolerance)


def sign_sentence(ctx) -> str:
    """The kontogrupper of opposite sign to their budget, named beside the nettokostnad."""
    months = months_with_rows(ledger_for(ctx.dataset), ctx.period.year)
    groups = _reversed(ctx) if any(m <= ctx.period.month for m in months) else []
    return (f"Utfallet för {join_sv(list(groups))} har motsatt tecken mot budgeten och ingår så "
            "i nettokostnaden: kontrollera att exporten inte vänder tecknet (se "
            "kontrollerna)." if groups else "")


def ledger_wins(dataset, year: int) -> bool:
    """True when the report shows the ledger's utfall for `year` (it has every month)."""
    return year in whole_years(ledger_for(dataset))


def _reconciliation_sentence(ctx) -> str:
    """At year end: does the ledger's utfall agree with the typed utfall?"""
    year = ctx.period.year
    if not ledger_wins(ctx.dataset, year):
        return f"Huvudboken har inte alla månader {year}: rapporten visar det inmatade utfallet."
    compared = [c for c in checks(ctx) if c.description.startswith(f"Utfall {ctx.period}")]
    if not compared:
        return f"Utfallet för {year} kommer från huvudboken."
    differing = sum(1 for c in compared if c.status == FAIL)
    if not differing:
        return f"Huvudbokens utfall för {year} stämmer med det inmatade utfallet."
    return (f"Huvudbokens utfall för {year} avviker från det inmatade utfallet på {differing} "
            f"{'rad' if differing == 1 else 'rader'}; rapporten visar huvudbokens belopp "
            "(se kontrollerna).")


def _left_out(ctx, column: str) -> int:
    """How many codes of `column` (konto, ansvar) the mapping leaves out for the period."""
    return len(unmapped(ledger_for(ctx.dataset), ctx.period, column))


def unmapped_sentence(ctx) -> str:
    """How many accounts the mapping leaves out (they are on the checks page)."""
    count = _left_out(ctx, "konto")
    return (f"{count} {'konto' if count == 1 else 'konton'} i huvudboken saknar kontogrupp och "
            "ingår inte i utfallet (se kontrollerna)." if count else "")


def centres_sentence(ctx) -> str:
    """How many ansvar codes the mapping leaves out of the kostnadsställen (checks page)."""
    count = _left_out(ctx, "ansvar")
    return (f"{count} ansvar i huvudboken saknar kostnadsställe och ingår inte i "
            "kostnadsställenas utfall (se kontrollerna)." if count else "")


def gaps_sentence(ctx) -> str:
    """The months 1..P without any posting, named beside the utfall that lacks them."""
    months = months_with_rows(ledger_for(ctx.dataset), ctx.period.year)
    gaps = [m for m in range(1, ctx.period.month + 1) if m not in months]
    if not gaps or len(gaps) == ctx.period.month:
        return ""
    return (f"Huvudboken har inga bokningar för {join_sv([MONTHS_SV[m - 1] for m in gaps])} "
            f"{ctx.period.year}: utfallet är utan "
            f"{'den månaden' if len(gaps) == 1 else 'de månaderna'} (se kontrollerna).")


def page_sentences(ctx) -> list[str]:
    """The sentences of notebook 01's year-to-date section."""
    return [line for line in (ytd_sentence(ctx), sign_sentence(ctx), unmapped_sentence(ctx),
                              centres_sentence(ctx), gaps_sentence(ctx)) if line]


def summary(ctx) -> list[str]:
    """Nettokostnad year to date against the periodised budget (at year end: whether the
    ledger agrees with the typed utfall), and unmapped accounts; no kontogrupp of opposite
    sign where the report shows the typed utfall of a year the ledger lacks months of."""
    typed = ctx.period.is_year_end and not ledger_wins(ctx.dataset, ctx.period.year)
    first = _reconciliation_sentence(ctx) if ctx.period.is_year_end else ytd_sentence(ctx)
    return [line for line in (first, "" if typed else sign_sentence(ctx), unmapped_sentence(ctx),
                              gaps_sentence(ctx)) if line]


def key_figures(ctx) -> list[KeyFigure]:
    """Nettokostnad year to date and its avvikelse against the periodised budget, each
    footnoted with what the utfall leaves out (none at year end: the year's utfall is the
    operating statement's)."""
    if ctx.period.is_year_end:
        return []
    table = ytd_for(ctx)
    labels = ytd_columns(ctx.period)
    span = span_short(ctx.period)
    return [KeyFigure(f"Nettokostnad, utfall {span}", table.loc[budget.NETTOKOSTNAD, labels[2]],
                      "tkr", note=key_figure_caveat(ctx)),
            KeyFigure(f"Avvikelse mot periodiserad budget {span}",
                      table.loc[budget.NETTOKOSTNAD, labels[3]], "tkr",
                      rule="positiv = under budget", note=key_figure_caveat(ctx))]


def key_figure_caveat(ctx) -> str:
    """What the year-to-date nettokostnad leaves out (unmapped accounts, months without
    postings), footnoted beside the key figure; "" when nothing."""
    return " ".join(line for line in (sign_sentence(ctx), unmapped_sentence(ctx),
                                      gaps_sentence(ctx)) if line)


def checks(ctx) -> list[Check]:
    """Unmapped konto and ansvar (with their totals), months without postings, typed
    utfall vs the ledger's (a difference beyond tolerance fails: the ledger is shown), and
    the SIE files' #PBUDGET vs the adopted budget (a difference is a warning)."""
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    mapped = ledger_for(ds)
    if mapped.empty:
        return uncompared_checks(ds, mapped, period) + budget_checks(ds, period.year, tol)
    rule = ctx.params.huvudbok.omappat_status
    status = WARN if rule == WARN else FAIL
    result = []
    for by, what, fix, left in (  # an unmapped ansvar's amount is in its kontogrupp's utfall
            ("konto", "Konto {} saknar kontogrupp", "kontoplan.csv", "utfallet"),
            ("ansvar", "Ansvar {} saknar kostnadsställe", "ansvar.csv",
             "kostnadsställenas utfall (men i kontogruppernas)")):
        for shown in periods_shown(mapped, period):
            for _, row in unmapped(mapped, shown, by).iterrows():
                name = row[by] if str(row[by]) else "(tomt)"
                result.append(Check(AREA, f"{what.format(name)} ({span_short(shown)})", 0.0,
                                    float(row["belopp"]), 0.0, status,
                                    f"ingår inte i {left}; lägg till en rad i {fix} "
                                    f"({row['filer']})"))
    months = months_with_rows(mapped, period.year)
    if any(m <= period.month for m in months):
        gaps = [m for m in range(1, period.month + 1) if m not in months]
        result.append(Check(AREA, f"Huvudboken har bokningar för varje månad {span_short(period)}",
                            period.month, period.month - len(gaps), 0.0,
                            WARN if gaps else PASS,
                            f"saknas: {', '.join(month_short(m) for m in gaps)}" if gaps else ""))
        result += sign_checks(ctx)
    for typed, by, covered, source in (
            (ds["driftredovisning"], "kontogrupp", set(ds["kontoplan"]["kontogrupp"]), mapped),
            (ds["kostnadsstalle_netto"], "kostnadsstalle", set(ds["ansvar"]["kostnadsstalle"]),
             with_centres(mapped))):  # a year without kostnadsställen keeps the typed ones
        pairs = typed_vs_ledger(typed, monthly_outcomes(mapped, by), covered, by, period,
                                booked_months(source))
        for _, row in pairs.iterrows():
            kept = str(row["period"]).endswith("-12") and not ledger_wins(ds, int(row["year"]))
            result.append(compare(AREA, f"Utfall {row['period']} {row[by]}: inmatat mot "
                                  "huvudboken", row["typed"], row["ledger"], tol,
                                  note="huvudboken har inte årets alla månader; rapporten "
                                  "visar det inmatade beloppet" if kept else
                                  "rapporten visar huvudbokens belopp"))
    return result + uncompared_checks(ds, mapped, period) + budget_checks(ds, period.year, tol)


def uncompared_checks(ds, mapped: pd.DataFrame, period: Period) -> list[Check]:
    """A warning per typed utfall of a month (not December) the ledger cannot compare
    (uncompared_outcomes): no page shows it."""
    return [Check(AREA, f"Utfall {row['period']} {row[by]}: inmatat men inte jämfört med "
                  "huvudboken", float(row["belopp"]), None, 0.0, WARN, "huvudboken har inga "
                  "bokningar för månaden eller för raden; beloppet visas inte någonstans")
            for typed, by, table, source in (
                (ds["driftredovisning"], "kontogrupp", "kontoplan", mapped),
                (ds["kostnadsstalle_netto"], "kostnadsstalle", "ansvar", with_centres(mapped)))
            for _, row in uncompared_outcomes(
                typed, by, booked_months(source), period, set(ds[table][by])).iterrows()]
