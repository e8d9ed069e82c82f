"""Periods and date ranges: which rows belong to a report period, the main range, and a
range in Swedish words or as dates.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from ...core.periods import MONTHS_SV, Period


def belongs_to(frame: pd.DataFrame, period: Period) -> pd.Series:
    """A row belongs to period P when its range ends in P's year, on or before P's last day."""
    ends = frame["to_date"]
    mask = [d.year == period.year and d <= period.last_day for d in ends]
    return pd.Series(mask, index=frame.index, dtype=bool)


def rows_for(frame: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The rows of `frame` that belong to `period`, oldest range first."""
    rows = frame[belongs_to(frame, period)]
    return rows.sort_values(["to_date", "from_date"], ascending=[True, False], kind="stable")


def main_range(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The range that ends last and, of those, is the longest (None for no rows)."""
    if frame.empty:
        return None
    end = max(frame["to_date"])
    start = min(frame[frame["to_date"] == end]["from_date"])
    return start, end


def in_range(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Rows whose range is exactly start..end."""
    return frame[(frame["from_date"] == start) & (frame["to_date"] == end)]


def within(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Rows whose range lies inside start..end."""
    return frame[(frame["from_date"] >= start) & (frame["to_date"] <= end)]


def first_uncovered(ranges, start: date, end: date) -> date | None:
    """The first day of start..end that none of the ranges (from, to pairs) covers (None:
    they cover every day)."""
    reached = start - timedelta(days=1)
    for first, last in sorted(ranges):
        if first > reached + timedelta(days=1):
            break
        reached = max(reached, last)
    return None if reached >= end else reached + timedelta(days=1)


def covers(ranges, start: date, end: date) -> bool:
    """True when the ranges (from, to pairs) together cover every day of start..end."""
    return first_uncovered(ranges, start, end) is None


def _month_end(year: int, month: int) -> date:
    return Period(year, month).last_day


def is_year(start: date, end: date) -> bool:
    """True for a calendar year, 1 January to 31 December."""
    return start == date(start.year, 1, 1) and end == date(start.year, 12, 31)


def quarter_of(start: date, end: date) -> int | None:
    """The quarter (1–4) when the range is exactly a calendar quarter, else None."""
    if start.day != 1 or (start.month - 1) % 3 or end.year != start.year:
        return None
    return (start.month - 1) // 3 + 1 if end == _month_end(start.year, start.month + 2) else None


QUARTERS_SV = ("första", "andra", "tredje", "fjärde")


def range_sv(start: date, end: date) -> str:
    """A range in Swedish words: "2023", "fjärde kvartalet 2023", "oktober 2023", or
    "perioden 2023-09-26–2023-12-31"."""
    if is_year(start, end):
        return str(start.year)
    quarter = quarter_of(start, end)
    if quarter:
        return f"{QUARTERS_SV[quarter - 1]} kvartalet {start.year}"
    if start.day == 1 and end == _month_end(start.year, start.month):
        return f"{MONTHS_SV[start.month - 1]} {start.year}"
    return f"perioden {range_text(start, end)}"


def range_text(start: date, end: date) -> str:
    """A range as dates: "2023-10-01–2023-12-31"."""
    return f"{start.isoformat()}–{end.isoformat()}"


def tiling(frame: pd.DataFrame, index) -> list | None:
    """The rows (index labels) whose ranges, inside row `index`'s range and shorter, follow
    on each other day by day from its first day to its last (the longest first where two
    start together, a shorter one where the longest leads to a day no row starts on): its
    parts, whose counts add up to it; None when no such rows exist."""
    start, end = frame.loc[index, "from_date"], frame.loc[index, "to_date"]
    inner = frame[(frame["from_date"] >= start) & (frame["to_date"] <= end)
                  & ~((frame["from_date"] == start) & (frame["to_date"] == end))]
    dead: set = set()

    def walk(reached):
        if reached > end:
            return []
        if reached in dead:
            return None
        starting = inner[inner["from_date"] == reached]["to_date"]
        for label in starting.sort_values(ascending=False, kind="stable").index:
            rest = walk(starting[label] + timedelta(days=1))
            if rest is not None:
                return [label, *rest]
        dead.add(reached)
        return None

    return walk(start)
