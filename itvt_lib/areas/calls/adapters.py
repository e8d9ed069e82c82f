"""The calls area's context adapters: the rows and tables of a report context's period
(`*_for(ctx)`), in one place. Notebook 04 and the report protocol (`report`) call these.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...core.reference import kommun_names
from .nilex import matrix_with_totals, record_totals, ticket_matrix
from .ranges import in_range, main_range, rows_for
from .vaxel import kommun_rows, platform_calls


def onex_for(ctx) -> pd.DataFrame:
    """The OneX rows of the context's period."""
    return rows_for(ctx.dataset["onex"], ctx.period)


def nilex_for(ctx) -> tuple[pd.DataFrame, tuple[date, date] | None]:
    """The Nilex rows of the period's main range, and that range."""
    rows = rows_for(ctx.dataset["nilex"], ctx.period)
    span = main_range(rows)
    return (rows if span is None else in_range(rows, *span)), span


def tickets_for(ctx) -> pd.DataFrame:
    """The Nilex matrix of the period's main range with its totals (empty if no data)."""
    rows, span = nilex_for(ctx)
    if span is None:
        return pd.DataFrame()
    totals = in_range(ctx.dataset["nilex_totaler"], *span)
    return matrix_with_totals(ticket_matrix(rows), record_totals(totals))


def vaxel_for(ctx) -> pd.DataFrame:
    """The switchboard rows of the context's period."""
    return rows_for(ctx.dataset["vaxel"], ctx.period)


def vaxel_platforms_for(ctx) -> pd.DataFrame:
    """The switchboard calls per platform of the context's period, and their total (missing
    when a member has no row for part of the range)."""
    return platform_calls(vaxel_for(ctx), kommun_names(ctx.dataset["kommuner"]))


def vaxel_by_kommun_for(ctx) -> pd.DataFrame:
    """The per-kommun switchboard rows of the period's main range, one per member."""
    return kommun_rows(vaxel_for(ctx), ctx.dataset["kommuner"])


def vaxel_by_kommun_span(ctx) -> tuple[date, date] | None:
    """The range of the per-kommun comparison."""
    rows = vaxel_for(ctx)
    return main_range(rows[rows["kommun"].notna()])
