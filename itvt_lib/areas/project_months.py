"""Footnotes on page 03's month figures that are not hours used: a month whose export
repeats the previous month's (0 hours shown) or whose hours so far fell for a project (a
negative month). The summary says so of the report's month; these notes stand under the
change table (the report's month) and the monthly overview (every month of the year so
far), so the sheets in tabeller.xlsx carry them too.
"""

from __future__ import annotations

import pandas as pd

from ..core.formatting import fmt_number
from ..core.periods import Period
from .project_exports import same_as_previous
from .projects import export_for, fallen_projects, project_labels


def month_note(frame, period) -> str:
    """The footnote on a month's figure that is not hours used ("" when it is, and in
    January or without the previous month's export)."""
    period = Period.parse(period)
    previous = export_for(frame, period.previous())
    if period.month == 1 or previous.empty or export_for(frame, period).empty:
        return ""
    if same_as_previous(frame, period):
        return (f"Anmärkning: under {period.month_name} visas 0 timmar: exporten för {period} "
                f"är densamma som för {period.previous()}.")
    fallen = fallen_projects(frame, period)
    if fallen.empty:
        return ""
    both = pd.concat([previous, export_for(frame, period)])  # this period's name wins
    labels = dict(zip(both["projektnummer"].astype(str), project_labels(both), strict=True))
    named = ", ".join(f"{labels.get(n, n)} ({fmt_number(v)} timmar)" for n, v in fallen.items())
    return (f"Anmärkning: under {period.month_name} minskar timmarna hittills i år för "
            f"{named}: månadens timmar är skillnaden mellan exporterna, inte använda timmar.")


def overview_notes(frame, period) -> list[str]:
    """`month_note` of each month of the period's year up to the period."""
    period = Period.parse(period)
    notes = (month_note(frame, Period(period.year, m)) for m in range(2, period.month + 1))
    return [note for note in notes if note]

