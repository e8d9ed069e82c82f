"""Each project's share of the hours on page 03: the raw share, and the share as shown,
balanced by largest remainder as every share of a whole in the suite (`allocation.round_shares`,
the rule of the allocation key and the financing split) so that the shown shares of the
projects sum to the Totalsumma's 100,0 %.
"""

from __future__ import annotations

import pandas as pd

from .allocation import round_shares

SHARE_DECIMALS = 1   # the table shows a share with one decimal of a percent ("43,6 %")


def shares(timmar: pd.Series) -> pd.Series:
    """Each project's share of the hours (0–1); missing when the total is zero."""
    total = timmar.sum()
    return timmar.astype("float64") / total if total > 0 else timmar * float("nan")


def shown_shares(timmar: pd.Series) -> pd.Series:
    """`shares` rounded to one decimal of a percent by largest remainder, so that they sum to
    exactly 100 %; as computed where one is missing (no whole to balance against)."""
    raw = shares(timmar)
    if raw.empty or raw.isna().any():
        return raw
    return round_shares(raw, SHARE_DECIMALS)
