"""Picking amounts from the long tables: one measure of one year (and period), the budget
(ursprunglig budget + tillägg), the utfall, the totals of record, and the periods the
data can report.
"""

from __future__ import annotations

import pandas as pd

from ...core.periods import Period


def amounts(frame: pd.DataFrame, key: str, year: int, measure: str,
            period: str | None = None) -> pd.Series:
    """Amounts of one measure for one year (and period), indexed by `key`."""
    mask = (frame["year"] == year) & (frame["measure"] == measure)
    if period is not None:
        mask &= frame["period"] == str(period)
    return frame[mask].set_index(key)["belopp"].astype(float)


def budget_amounts(frame: pd.DataFrame, key: str, year: int) -> pd.Series:
    """Budget = ursprunglig budget + tillägg (no tillägg row = 0; a tillägg row whose belopp
    is missing leaves the budget missing); else the budget as given."""
    original = amounts(frame, key, year, "ursprunglig_budget")
    if original.empty:
        return amounts(frame, key, year, "budget")
    return original + tillagg_amounts(frame, key, year).reindex(original.index, fill_value=0.0)


def tillagg_amounts(frame: pd.DataFrame, key: str, year: int) -> pd.Series:
    """The year's tillägg: where the year has tillägg rows, a key with an ursprunglig budget
    but none has 0 (an empty belopp stays missing), as its budget and the frame's change
    count it; a year without any tillägg row has none given (missing)."""
    found = amounts(frame, key, year, "tillagg")
    if found.empty:
        return found
    original = amounts(frame, key, year, "ursprunglig_budget")
    return found.reindex(found.index.append(original.index.difference(found.index)),
                         fill_value=0.0)


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
    if measure == "tillagg":
        return tillagg_amounts(frame, key, year)
    if measure == "prognos":
        return amounts(frame, key, year, "prognos", str(period))
    return amounts(frame, key, year, measure)


def of_record(totals: pd.DataFrame, year: int, kommun: str | None = None) -> dict[str, float]:
    """Totals of record for a closed year: post → belopp (the committee's when kommun None)."""
    mask = totals["year"] == year
    mask &= totals["kommun"].isna() if kommun is None else totals["kommun"] == kommun
    return dict(zip(totals[mask]["post"], totals[mask]["belopp"].astype(float)))


def reportable_periods(drift: pd.DataFrame) -> list[Period]:
    """Periods whose year has a budget and that have a prognos made then, or (December)
    the year's utfall: December is the year-end report, never reportable by a prognos."""
    budget_years = set(drift[drift["measure"].isin(["budget", "ursprunglig_budget"])]["year"])
    made = drift[drift["measure"].isin(["prognos", "utfall"]) & drift["period"].notna()]
    periods = set()
    for _, row in made[["measure", "period"]].drop_duplicates().iterrows():
        period = Period.parse(row["period"])
        wanted = "utfall" if period.is_year_end else "prognos"
        if period.year in budget_years and row["measure"] == wanted:
            periods.add(period)
    return sorted(periods)


def forecasts_without_budget(drift: pd.DataFrame) -> list[Period]:
    """Months (not December) with a prognos made then whose year has no budget
    (`budget` or `ursprunglig_budget`): not reportable, so never `latest` either."""
    budget_years = set(drift[drift["measure"].isin(["budget", "ursprunglig_budget"])]["year"])
    made = drift[(drift["measure"] == "prognos") & drift["period"].notna()]["period"]
    periods = {Period.parse(p) for p in made.drop_duplicates()}
    return sorted(p for p in periods if not p.is_year_end and p.year not in budget_years)


def forecasts_without_statement(drift: pd.DataFrame, netto: pd.DataFrame) -> list[Period]:
    """Months (not December) with a prognos of the kostnadsställen (kostnadsstalle_netto)
    but none of the operating statement (driftredovisning): not reportable, nor `latest`."""
    made = set(drift[(drift["measure"] == "prognos") & drift["period"].notna()]["period"])
    netto_made = netto[(netto["measure"] == "prognos") & netto["period"].notna()]["period"]
    periods = {Period.parse(p) for p in netto_made.drop_duplicates() if p not in made}
    return sorted(p for p in periods if not p.is_year_end)
