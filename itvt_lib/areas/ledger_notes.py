"""The footnotes under the ledger's year-to-date tables on page 01: where their rows, each
shown in whole tkr, do not add up to a sum row they show (a periodised budget of
fractions of a tkr), by the same rule as the resultaträkning and kostnadsställe tables
(`budget.statement.unsummed_note`)."""

from __future__ import annotations

import pandas as pd

from .budget.statement import (
    kostnadsstalle_sums,
    statement_layout,
    statement_sums,
    total_label,
    unsummed_note,
)


def ytd_notes(ctx, table: pd.DataFrame) -> list[str]:
    """The footnote under the year-to-date resultaträkning whose rows as shown do not add
    up to a sum row (`unsummed_note`; its last column is the avvikelse)."""
    sums = statement_sums(statement_layout(ctx.dataset["kontogrupper"]), list(table.columns),
                          table.columns[-1])
    return unsummed_note(table, sums)


def centres_ytd_notes(ctx, table: pd.DataFrame) -> list[str]:
    """The footnote under the year-to-date kostnadsställe table whose rows as shown do not
    add up to its sum row (`unsummed_note`)."""
    return unsummed_note(table, kostnadsstalle_sums(table, total_label(ctx.params)))
