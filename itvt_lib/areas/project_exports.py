"""Project-time exports (projekttid) file by file and against each other: one period per
file, no pasted total row, a projektnummer naming one project in the exports compared,
and an export that is not the previous month's again.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..core.errors import DataError
from ..core.periods import Period

TOTALS = "projekttid_totaler"
TOTAL_LABEL = "Totalsumma"


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
