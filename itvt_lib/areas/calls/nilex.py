"""Tickets (Nilex): the typ × kanal matrix, its totals (a published total of record
replaces the computed one) and the shares per kanal or typ.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import is_missing
from .figures import TOTAL


def ticket_matrix(nilex: pd.DataFrame) -> pd.DataFrame:
    """Tickets as typ × kanal, in the order the data first names them; a cell without a
    row (or an empty antal) is missing."""
    types, channels = pd.unique(nilex["typ"]), pd.unique(nilex["kanal"])
    cells = nilex.set_index(["typ", "kanal"])["antal"].astype("float64")
    return cells.unstack("kanal").reindex(index=types, columns=channels).rename_axis(
        index=None, columns=None)


def record_totals(totals: pd.DataFrame) -> dict:
    """Published totals keyed ("typ", name), ("kanal", name) or ("all", None)."""
    result = {}
    for _, row in totals.iterrows():
        if not is_missing(row["typ"]):
            result[("typ", row["typ"])] = float(row["antal"])
        elif not is_missing(row["kanal"]):
            result[("kanal", row["kanal"])] = float(row["antal"])
        else:
            result[("all", None)] = float(row["antal"])
    return result


def matrix_with_totals(matrix: pd.DataFrame, record: dict | None = None) -> pd.DataFrame:
    """The matrix with a Totalt column (sum per typ) and row (sum per kanal); a published
    total of record replaces the computed one (they are checked to agree)."""
    record = record or {}
    table = matrix.copy()
    table[TOTAL] = [record.get(("typ", t), matrix.loc[t].sum(min_count=1) if
                               matrix.loc[t].notna().all() else float("nan"))
                    for t in matrix.index]
    column_sums = [record.get(("kanal", k), matrix[k].sum(min_count=1) if
                              matrix[k].notna().all() else float("nan"))
                   for k in matrix.columns]
    grand = record.get(("all", None), _total(matrix))
    table.loc[TOTAL] = [*column_sums, grand]
    return table


def _total(matrix: pd.DataFrame) -> float:
    """Sum of every cell, NaN when any is missing (or there are none)."""
    values = matrix.to_numpy().ravel()
    return float("nan") if len(values) == 0 or pd.isna(values).any() else float(values.sum())


def tickets_by_channel(nilex: pd.DataFrame) -> pd.DataFrame:
    """Tickets as kanal × typ (the matrix turned), for the chart by channel."""
    return ticket_matrix(nilex).T


def ticket_shares(matrix: pd.DataFrame, by: str) -> pd.DataFrame:
    """Tickets per kanal (by="kanal") or typ (by="typ") and their share of all tickets;
    NaN when a cell counted is missing."""
    sums = matrix.sum(axis=0 if by == "kanal" else 1, skipna=False)
    total = _total(matrix)
    return pd.DataFrame({"Ärenden": sums, "Andel": sums / total if total else float("nan")})
