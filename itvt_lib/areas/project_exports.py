"""Project-time exports (projekttid) file by file and against each other: one period per
file, no pasted total row, a projektnummer naming one project in the exports compared,
an export that is not the previous month's again; a period's year-to-date total (of record
where published) and the month's change between two exports.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..core.errors import DataError
from ..core.formatting import is_missing
from ..core.periods import Period

TOTALS = "projekttid_totaler"
TOTAL_LABEL = "Totalsumma"


def of_record(totals: pd.DataFrame, period) -> dict[str, float]:
    """The published Totalsumma of a period: timmar, belopp_kr, arsarbetare (those given)."""
    rows = totals[totals["period"] == str(period)]
    if rows.empty:
        return {}
    row = rows.iloc[0]
    return {k: float(row[k]) for k in ("timmar", "belopp_kr", "arsarbetare")
            if not is_missing(row[k])}


def _period_of_file(file: str) -> str | None:
    """The period a file is named after (`2024-02.csv`), or None for another name."""
    try:
        return str(Period.parse(Path(file).stem))
    except ValueError:
        return None


def validate_exports(frame: pd.DataFrame, locate) -> None:
    """One export per file: every row has the same period, the one the file is named after;
    no pasted total row."""
    label = TOTAL_LABEL.lower()
    for column in ("projektnummer", "projekt"):
        pasted = frame[column].astype(str).str.strip().str.lower() == label
        if pasted.any():
            file, line = locate(pasted.idxmax())
            raise DataError(file, f"en rad {TOTAL_LABEL} är inget projekt: för in den "
                            f"publicerade summan i {TOTALS}.csv", line, column)
    files = pd.Series([locate(i)[0] for i in frame.index], index=frame.index)
    for file, periods in frame["period"].groupby(files, sort=False):
        first = periods.iloc[0]
        differs = periods != first
        if differs.any():
            _, first_line = locate(periods.index[0])
            _, line = locate(differs.idxmax())
            raise DataError(file, f'"{periods[differs.idxmax()]}" skiljer sig från "{first}" på '
                            f"rad {first_line} (en period per exportfil)", line, "period")
        named = _period_of_file(file)
        if named is not None and named != first:
            _, line = locate(periods.index[0])
            raise DataError(file, f'"{first}" men filen heter {Path(file).name}',
                            line, "period")


def _names(frame: pd.DataFrame, period) -> pd.Series:
    """projektnummer → projekt (trimmed) in the export of `period`."""
    rows = frame[frame["period"] == str(period)]
    return pd.Series(rows["projekt"].astype(str).str.strip().values,
                     index=rows["projektnummer"].astype(str).str.strip().values)


def renamed_projects(frame: pd.DataFrame, period, other) -> list[tuple[str, str, str]]:
    """The projektnummer whose projekt differs (beyond case and spacing) between the exports
    of `other` and `period` (a rename, or a number reused for another project): (number,
    name then, name now)."""
    now, then = _names(frame, period), _names(frame, other)
    return [(n, then[n], name) for n, name in now.items()
            if n in then.index and " ".join(then[n].casefold().split())
            != " ".join(name.casefold().split())]


def compared_periods(period) -> list[Period]:
    """The exports page 03's change table compares a period's with: the previous month's
    (not in January, whose month is its year to date) and the same period last year's."""
    period = Period.parse(period)
    return [period.previous()] * (period.month > 1) + [period.same_period_last_year()]


def renamed_notes(frame: pd.DataFrame, period) -> list[str]:
    """A footnote per projektnummer the change table compares under another name."""
    period = Period.parse(period)
    return [f"Anmärkning: projektnummer {n} heter {before} i exporten för {other} och {now} "
            f"i exporten för {period}; förändringen räknar dem som ett och samma projekt."
            for other in compared_periods(period)
            if (frame["period"] == str(other)).any()
            for n, before, now in renamed_projects(frame, period, other)]


def same_as_previous(frame: pd.DataFrame, period) -> bool:
    """True when a period's export repeats the previous month's (same projects, hours and
    belopp in any row order, some hours; a new project with 0 hours and 0 kr aside): the
    month's hours would be 0 for every project."""
    period = Period.parse(period)
    columns = ["projektnummer", "projekt", "timmar", "belopp_kr"]
    now, before = (frame[frame["period"] == str(p)][columns]
                   .sort_values("projektnummer", key=lambda n: n.astype(str), kind="stable")
                   .reset_index(drop=True) for p in (period, period.previous()))
    empty_new = ((now["timmar"] == 0) & (now["belopp_kr"] == 0)
                 & ~now["projektnummer"].isin(before["projektnummer"]))
    now = now[~empty_new].reset_index(drop=True)
    return (period.month > 1 and not now.empty and now["timmar"].sum() > 0
            and now.equals(before))


def export_for(frame: pd.DataFrame, period) -> pd.DataFrame:
    """The rows of one period's export, in file order (empty when there is none)."""
    return frame[frame["period"] == str(period)].reset_index(drop=True)


def total_of(values: pd.Series) -> float:
    """Sum of a column; missing when any value is missing (and for no rows)."""
    if values.empty or values.isna().any():
        return float("nan")
    return float(values.astype("float64").sum())


def ytd_by_project(frame: pd.DataFrame, period, value: str = "timmar") -> pd.Series | None:
    """A period's year-to-date `value` per projektnummer; None when it has no export."""
    export = export_for(frame, period)
    if export.empty:
        return None
    return export.set_index(export["projektnummer"].astype(str))[value].astype("float64")


def month_figures(frame: pd.DataFrame, period, value: str = "timmar") -> pd.Series | None:
    """The month's `value` per project = YTD(period) − YTD(previous month) of the same year
    (a project absent from one export counts 0 there); January is its YTD; None without
    either export."""
    period = Period.parse(period)
    current = ytd_by_project(frame, period, value)
    if current is None:
        return None
    if period.month == 1:
        return current
    previous = ytd_by_project(frame, period.previous(), value)
    if previous is None:
        return None
    index = current.index.union(previous.index, sort=False)
    return current.reindex(index).fillna(0.0) - previous.reindex(index).fillna(0.0)


def ytd_total(frame: pd.DataFrame, totals: pd.DataFrame | None, period,
              value: str = "timmar") -> float:
    """A period's year-to-date total: its Totalsumma of record where published (as the
    project table shows it), else the sum of its export (missing without one)."""
    record = {} if totals is None else of_record(totals, Period.parse(period))
    return record.get(value, total_of(export_for(frame, period)[value]))


def month_total(frame: pd.DataFrame, totals: pd.DataFrame | None, period,
                value: str = "timmar") -> float:
    """The month's total = `ytd_total`(period) − that of the previous month (January: its
    YTD); missing where `month_figures` is (an export lacking)."""
    period = Period.parse(period)
    if month_figures(frame, period, value) is None:
        return float("nan")
    before = ytd_total(frame, totals, period.previous(), value) if period.month > 1 else 0.0
    return ytd_total(frame, totals, period, value) - before
