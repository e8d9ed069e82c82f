"""The ledger's utfall year to date against the sign of its budget: a kontogrupp whose
utfall has the opposite sign (an export that turns intäkter positive, or reversed
accruals) is warned on the checks page and named beside the nettokostnad it is part of.
"""

from __future__ import annotations

import pandas as pd

from ..core.formatting import is_missing, shown_beyond


def reversed_sign(planned: float, actual: float, tolerance: float, year=float("nan")) -> bool:
    """True when the utfall and the periodised budget (the `year`'s where that reads "–": a
    0 % profile so far), both beyond the tolerance as shown, have opposite signs."""
    planned = year if not is_missing(planned) and not shown_beyond(planned, tolerance) else planned
    return (not is_missing(planned) and not is_missing(actual)
            and shown_beyond(planned, tolerance) and shown_beyond(actual, tolerance)
            and (planned > 0) != (actual > 0))


def reversed_groups(table: pd.DataFrame, labels: list[str], groups, tolerance: float) -> list:
    """The kontogrupper among `groups` whose utfall (labels[2]) has the opposite sign of
    their periodised budget (labels[1]; the year's, labels[0], where that is 0)."""
    return [group for group in groups if group in table.index
            and reversed_sign(table.loc[group, labels[1]], table.loc[group, labels[2]],
                              tolerance, table.loc[group, labels[0]])]
