"""The ledger's mapping tables (kontoplan, ansvar, budgetprofil) and the rules that turn
summed exports into the report's monthly and year-end outcomes.

`data/kontoplan.csv` maps konto ranges to the report's kontogrupper and `data/ansvar.csv`
maps ansvar codes (or SIE objects) to kostnadsställen. A kontogrupp of typ kommunbidrag
(a credit, income to the committee) is shown with its sign turned: positive. Amounts are
summed in öre (exact) and shown in tkr = kr / 1000. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ..checks import figure_difference
from ..errors import DataError
from ..formatting import fmt_number
from ..loading import Column, Table, require_ordered
from ..periods import Period

ORE_PER_TKR = 100_000

# ---------------------------------------------------------------- mapping tables

def _validate_kontoplan(frame: pd.DataFrame, locate) -> None:
    """konto_fran ≤ konto_till, and no konto falls in two ranges."""
    require_ordered(frame, locate, "konto_fran", "konto_till")
    ordered = frame.sort_values("konto_fran")
    previous = None
    for i, row in ordered.iterrows():
        if previous is not None and row["konto_fran"] <= previous["konto_till"]:
            file, line = locate(i)
            _, other = locate(previous.name)
            raise DataError(file, f"{row['konto_fran']}–{row['konto_till']} överlappar "
                            f"{previous['konto_fran']}–{previous['konto_till']} på rad {other}",
                            line, "konto_fran")
        previous = row


def _validate_profile(frame: pd.DataFrame, locate) -> None:
    """Each profile (year, kontogrupp; an empty one is a profile too: every year or every
    kontogrupp) has the twelve months, summing to 100 ± 0,1 % (the sum to 15 significant
    digits, `figure_difference`: shares of one decimal summing to 100,1 are within)."""
    for _, group in frame.groupby(["year", "kontogrupp"], sort=False, dropna=False):
        file, line = locate(group.index[0])
        months = set(group["month"])
        if months != set(range(1, 13)):
            missing = ", ".join(str(m) for m in sorted(set(range(1, 13)) - months))
            raise DataError(file, f"profilen saknar månad {missing}", line, "month")
        total = float(group["andel_procent"].sum())
        if figure_difference(total, 100) > 0.1:
            shown = fmt_number(total, 2, zero="0")
            shown = shown.rstrip("0").rstrip(",") if "," in shown else shown
            raise DataError(file, f"profilens andelar summerar till {shown} %, inte 100",
                            line, "andel_procent")


TABLES = (
    Table("kontoplan",
          (Column("konto_fran", "int", min=0),
           Column("konto_till", "int", min=0),
           Column("kontogrupp", ref="kontogrupper.kontogrupp"),
           Column("benamning", nullable=True)),
          key=("konto_fran",), optional=True, validate=_validate_kontoplan),
    Table("ansvar",
          (Column("ansvar"),
           Column("kostnadsstalle", ref="kostnadsstallen.kostnadsstalle"),
           Column("benamning", nullable=True)),
          key=("ansvar",), optional=True),
    Table("budgetprofil",
          (Column("year", "year", nullable=True),
           Column("kontogrupp", nullable=True, ref="kontogrupper.kontogrupp"),
           Column("month", "int", min=1, max=12),
           Column("andel_procent", "number", min=0)),
          key=("year", "kontogrupp", "month"), optional=True, validate=_validate_profile),
)


def map_accounts(balances: pd.DataFrame, kontoplan: pd.DataFrame, ansvar: pd.DataFrame,
                 kontogrupper: pd.DataFrame) -> pd.DataFrame:
    """Add kontogrupp (the range konto_fran ≤ konto ≤ konto_till; empty when no range
    holds it), typ, kostnadsstalle (by ansvar; empty when unmapped) and belopp in tkr
    with the report's sign (−ledger for kommunbidrag, else as booked)."""
    result = balances.copy()
    plan = kontoplan.sort_values("konto_fran")
    starts = plan["konto_fran"].to_numpy(dtype="int64")
    ends = plan["konto_till"].to_numpy(dtype="int64")
    groups = plan["kontogrupp"].to_numpy(dtype="object")
    konto = result["konto"].to_numpy(dtype="int64")
    names = np.full(len(konto), None, dtype=object)
    if len(starts):  # the last range starting at or below each konto, if it reaches it
        at = np.clip(np.searchsorted(starts, konto, side="right") - 1, 0, None)
        inside = (konto >= starts[at]) & (konto <= ends[at])
        names[inside] = groups[at[inside]]
    result["kontogrupp"] = pd.Series(names, index=result.index, dtype="object")
    kind = dict(zip(kontogrupper["kontogrupp"], kontogrupper["typ"]))
    result["typ"] = result["kontogrupp"].map(kind)
    result["kostnadsstalle"] = result["ansvar"].map(dict(zip(ansvar["ansvar"],
                                                             ansvar["kostnadsstalle"])))
    sign = np.where(result["typ"] == "kommunbidrag", -1, 1)
    result["belopp"] = result["ore"].to_numpy(dtype="int64") * sign / ORE_PER_TKR
    return result


# ---------------------------------------------------------------- monthly outcomes

def monthly_outcomes(mapped: pd.DataFrame, by: str = "kontogrupp") -> pd.DataFrame:
    """Outcome per year, month and `by` (kontogrupp or kostnadsstalle) in tkr, mapped rows
    only; per kostnadsställe it is the net cost: income and cost accounts only."""
    rows = mapped[mapped[by].notna() & mapped["kontogrupp"].notna()]
    if by == "kostnadsstalle":
        rows = rows[rows["typ"].isin(["intakt", "kostnad"])]
    signed = rows.assign(ore=rows["ore"] * np.where(rows["typ"] == "kommunbidrag", -1, 1))
    summed = signed.groupby(["year", "month", by], as_index=False)["ore"].sum()
    summed["belopp"] = summed["ore"] / ORE_PER_TKR
    return summed[["year", "month", by, "belopp"]].reset_index(drop=True)


def with_centres(ledger: pd.DataFrame) -> pd.DataFrame:
    """The ledger's rows of the years that carry kostnadsställen (some row has an ansvar or
    object; a SIE type 2 year has none, so its kostnadsställen have no ledger utfall)."""
    return ledger[ledger["year"].isin(ledger.loc[ledger["ansvar"].notna(), "year"])]


def booked_months(ledger: pd.DataFrame) -> pd.DataFrame:
    """The (year, month) pairs booked: some row of the month, not of a kommunbidrag
    kontogrupp, has a non-zero amount (a balance export's 0,00 rows for months not yet
    booked are no postings; nor is the kommunbidrag, paid before the month's costs)."""
    paid = ledger["typ"].eq("kommunbidrag") if "typ" in ledger else \
        pd.Series(False, index=ledger.index)
    booked = ledger.loc[ledger["ore"].ne(0) & ~paid, ["year", "month"]]
    return booked.drop_duplicates().reset_index(drop=True)


def today() -> dt.date:
    """The date of the run (a function of its own, so that a test can set it)."""
    return dt.date.today()


def whole_years(ledger: pd.DataFrame, on: dt.date | None = None) -> set[int]:
    """The years the ledger has postings in every month of (mapped or not; booked_months)
    that have ended by `on` (today): postings dated ahead, accruals of the months to come,
    make no year's utfall."""
    months = booked_months(ledger).groupby("year")["month"].nunique()
    ended = (on or today()).year
    return {int(year) for year in months[months == 12].index if year < ended}


def year_end_outcomes(monthly: pd.DataFrame, by: str, years: set[int]) -> pd.DataFrame:
    """The full-year utfall of each of `years` (those the ledger has every month of: a
    year with December but a month missing is no year's utfall), as driftredovisning rows
    (year, period YYYY-12, measure utfall, `by`, belopp)."""
    rows = monthly[monthly["year"].isin(years)].groupby(["year", by], as_index=False)["belopp"].sum()
    rows.insert(1, "period", rows["year"].map(lambda y: f"{y}-12"))
    rows.insert(2, "measure", "utfall")
    return rows


def with_ledger(typed: pd.DataFrame, ledger_rows: pd.DataFrame, covered, by: str) -> pd.DataFrame:
    """Typed amounts with the ledger's year-end utfall in place of the typed one for every
    `by` the mapping covers (a covered row without postings is 0)."""
    if ledger_rows.empty:
        return typed
    years = sorted(ledger_rows["year"].unique())
    full = pd.MultiIndex.from_product([years, sorted(covered)], names=["year", by])
    amounts = ledger_rows.set_index(["year", by])["belopp"].reindex(full).fillna(0.0).reset_index()
    amounts.insert(1, "period", amounts["year"].map(lambda y: f"{y}-12"))
    amounts.insert(2, "measure", "utfall")
    replaced = (typed["measure"] == "utfall") & typed["year"].isin(years) & \
        (typed["period"] == typed["year"].map(lambda y: f"{y}-12")) & typed[by].isin(covered)
    result = pd.concat([typed[~replaced], amounts[typed.columns]], ignore_index=True)
    result["year"] = result["year"].astype(typed["year"].dtype)
    return result


# ---------------------------------------------------------------- typed utfall

def year_to_date(monthly: pd.DataFrame, period: Period, by: str = "kontogrupp") -> pd.Series:
    """Utfall year to date for period P: the sum of months 1..P of P's year, per `by`."""
    rows = monthly[(monthly["year"] == period.year) & (monthly["month"] <= period.month)]
    return rows.groupby(by)["belopp"].sum()


def typed_vs_ledger(typed: pd.DataFrame, monthly: pd.DataFrame, covered, by: str,
                    upto: Period, booked: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each typed utfall (year, period ≤ upto, `by` covered) whose month the ledger has
    (`booked`, booked_months: 0,00 rows alone are no month; default `monthly`'s months),
    beside the ledger's utfall year to date: columns year, period, `by`, typed, ledger."""
    rows = typed[(typed["measure"] == "utfall") & typed[by].isin(covered)
                 & typed["period"].notna() & typed["belopp"].notna()]
    months = monthly if booked is None else booked
    have = set(map(tuple, months[["year", "month"]].drop_duplicates().to_numpy().tolist()))
    result = []
    for _, row in rows.iterrows():
        period = Period.parse(row["period"])
        if period > upto or (period.year, period.month) not in have:
            continue
        ledger = year_to_date(monthly, period, by).get(row[by], 0.0)
        result.append((period.year, str(period), row[by], float(row["belopp"]), float(ledger)))
    return pd.DataFrame(result, columns=["year", "period", by, "typed", "ledger"])


def uncompared_outcomes(typed: pd.DataFrame, by: str, booked: pd.DataFrame,
                        upto: Period, covered=()) -> pd.DataFrame:
    """Typed utfall of a month before December (year to date, period ≤ `upto`) that
    typed_vs_ledger does not compare: its month has no postings (`booked`, booked_months)
    or the mapping does not cover its `by`. No page shows it (only December's utfall is
    the statement's); columns year, period, `by`, belopp."""
    rows = typed[(typed["measure"] == "utfall") & typed["period"].notna()]
    have = set(map(tuple, booked[["year", "month"]].drop_duplicates().to_numpy().tolist()))
    keep = [p.month != 12 and p <= upto and ((p.year, p.month) not in have or k not in covered)
            for p, k in zip(map(Period.parse, rows["period"]), rows[by], strict=True)]
    return rows[pd.Series(keep, index=rows.index, dtype=bool)][["year", "period", by, "belopp"]]
