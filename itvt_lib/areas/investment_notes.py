"""The footnote under page 05's investment table where its rows, each shown in whole tkr,
do not add up to a sum row (a kommun's "IT <kommun>" of its projects, the total of the
kommuner's subtotals), by the rule of the other pages' tables
(`budget.statement.unsummed_totals`)."""

from __future__ import annotations

import pandas as pd

from .budget.statement import unsummed_sentence, unsummed_totals


def unsummed_investments(table: pd.DataFrame, levels: list[str],
                         of_record_in=frozenset()) -> list[str]:
    """The footnote under the investment table (`table`: label column first; `levels`:
    projekt/kommun/total per row) naming each sum row its rows as shown do not add up to:
    a kommun row of the projects above it, the total row of the kommun rows; a bokslut's
    total of record named as a reason only for a column in `of_record_in`."""
    label, found, start, subtotals = table.columns[0], [], 0, []
    for i, level in enumerate(levels):
        if level not in ("kommun", "total"):
            continue
        rows = list(range(start, i)) if level == "kommun" else subtotals
        part = table.iloc[[*rows, i]].set_index(label)
        what = "projekten" if level == "kommun" else "kommunernas delsummor"
        found += unsummed_totals(part, [(part.index[-1], list(part.index[:-1]), what)])
        if level == "kommun":
            subtotals.append(i)
            start = i + 1
    return unsummed_sentence(found, why="bokslutets fastställda summa" if any(
        f[1] in of_record_in for f in found) else None)
