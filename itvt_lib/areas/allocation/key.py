"""The allocation key and shares: the key for year Y is the population on (Y−2)-11-01;
every share is a stated percentage, rounded by largest remainder so that the shares of
any number of members sum to exactly 100 %.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction

import pandas as pd

from ...core.checks import as_computed_by_hand
from ...core.formatting import round_half_away

KEY_MONTH, KEY_DAY, KEY_LAG_YEARS = 11, 1, 2
SHARE_SUM_TOLERANCE = 0.1       # stated shares must sum to 100 ± this (percentage points)


def key_date(year: int) -> date:
    """The key for year Y is the population on (Y−2)-11-01."""
    return date(year - KEY_LAG_YEARS, KEY_MONTH, KEY_DAY)


def round_shares(shares: pd.Series, decimals: int = 1) -> pd.Series:
    """Shares (fractions summing to 1) rounded to `decimals` decimals of a percent by
    largest remainder: floor every share, then give one unit to the largest remainders
    (ties in order: a Fraction exactly, a float to 15 significant digits as
    `as_computed_by_hand`, so 48,25 % ties with 51,75 %) until they sum to exactly 100 %."""
    return _largest_remainder([s if isinstance(s, Fraction) else
                               Fraction(Decimal(repr(as_computed_by_hand(s)))) for s in shares],
                              shares.index, decimals)


def _largest_remainder(shares: list[Fraction], index, decimals: int) -> pd.Series:
    """`round_shares` on exact fractions (a tie is a tie)."""
    scale = 10 ** (2 + decimals)
    units = [s * scale for s in shares]
    floors = [math.floor(u) for u in units]
    missing = scale - sum(floors)
    order = sorted(range(len(units)), key=lambda i: (-(units[i] - floors[i]), i))
    for i in order[:max(0, missing)]:
        floors[i] += 1
    return pd.Series([f / scale for f in floors], index=index, dtype="float64")


def round_to_total(amounts: pd.Series) -> pd.Series:
    """Amounts split by a key rounded to whole tkr by largest remainder, so that the
    rounded parts sum to the rounded total (ties in order; each amount to 15 significant
    digits, `as_computed_by_hand`: 1 125 × 56,4 % is 634,5, tied with 490,5; NaN stays NaN);
    a negative total by its size, so a tie goes to the first member either way (−522,5 and
    −577,5 are −523 and −577, as 522,5 and 577,5 are 523 and 577)."""
    if amounts.empty or amounts.isna().any():
        return amounts.astype(float)
    if round_half_away(float(amounts.sum())) < 0:
        return -round_to_total(-amounts.astype(float)) + 0.0
    exact = [Decimal(repr(as_computed_by_hand(v))) for v in amounts.astype(float)]
    floors = [v.to_integral_value(rounding=ROUND_FLOOR) for v in exact]
    missing = int(round_half_away(float(amounts.sum())) - float(sum(floors)))
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:max(0, missing)]:
        floors[i] += 1
    return pd.Series([float(f) for f in floors], index=amounts.index, dtype="float64",
                     name=amounts.name)


def shares_from_weights(weights: pd.Series, decimals: int = 1) -> pd.Series:
    """Share = weight / sum of weights, rounded by `round_shares` (NaN if any weight is);
    the weights as written (15 significant digits, `as_computed_by_hand`) and divided
    exactly, so a tie is a tie (6,55 and 0,95 of 100 are 6,6 and 0,9 %)."""
    weights = weights.astype(float)
    if weights.empty or weights.isna().any() or weights.sum() <= 0:
        return pd.Series(float("nan"), index=weights.index, dtype="float64")
    exact = [Fraction(Decimal(repr(as_computed_by_hand(w)))) for w in weights]
    total = sum(exact)
    return _largest_remainder([w / total for w in exact], weights.index, decimals)


def key_rows(befolkning: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of the key for `year` (population of (year−2)-11-01), indexed by kommun."""
    return befolkning[befolkning["key_date"] == key_date(year)].set_index("kommun")


def befolkning_key(befolkning: pd.DataFrame, kommuner: list[str], year: int,
                   decimals: int = 1) -> pd.Series:
    """Key for `year`: each kommun's count (or stated share) on (year−2)-11-01 over the
    total, rounded by largest remainder; all NaN when the key is missing or incomplete."""
    rows = key_rows(befolkning, year).reindex(kommuner)
    weights = rows["invanare"].astype(float).where(rows["invanare"].notna(),
                                                   rows["andel_procent"].astype(float))
    return shares_from_weights(weights, decimals).rename_axis(None)


def has_key(befolkning: pd.DataFrame, kommuner: list[str], year: int) -> bool:
    """True when the key for `year` gives a value for every kommun."""
    return not befolkning_key(befolkning, kommuner, year).isna().any()


def budget_shares(kommun_budget: pd.Series, decimals: int = 1) -> pd.Series:
    """Budget share = kommun budget / total budget, rounded by largest remainder."""
    return shares_from_weights(kommun_budget, decimals)


def equal_shares(kommuner: list[str], decimals: int = 1) -> pd.Series:
    """Equal split: 1 / number of members each, rounded by largest remainder."""
    return shares_from_weights(pd.Series(1.0, index=kommuner), decimals)


def key_label(day: date) -> str:
    """The key date as the source writes it: "1/11 2021"."""
    return f"{day.day}/{day.month} {day.year}"
