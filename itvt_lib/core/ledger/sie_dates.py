"""The month a SIE #TRANS is booked in: its #VER's date decides (SIE 4B: verdatum is the
verifikation's date, the accounting system books it in that date's period and its #PSALDO
follows it; a #TRANS date, transdat, is optional information). See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd

from .sie_text import SieSyntaxError


def parse_date(text: str, number: int) -> dt.date:
    """A SIE date ÅÅÅÅMMDD."""
    if len(text) == 8 and text.isdigit():
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            pass
    raise SieSyntaxError(number, f'"{text}" är inget datum (ÅÅÅÅMMDD)')


def _distinct(values: np.ndarray) -> tuple[np.ndarray, pd.Index, np.ndarray]:
    """(code per value, the distinct values, the first position of each code)."""
    codes, uniques = pd.factorize(values)
    firsts = np.unique(codes, return_index=True)[1] if len(codes) else np.array([], int)
    return codes, uniques, firsts


def booked_months(ver_dates: np.ndarray, trans_dates: np.ndarray, ver_of_trans: np.ndarray,
                  ver_rows: np.ndarray, trans_rows: np.ndarray,
                  check_date: Callable[[dt.date, int], None]) -> tuple[np.ndarray, np.ndarray]:
    """(year, month) of each #TRANS: its #VER's date (a #TRANS date written but not
    needed must still be a date); a #VER without date takes its #TRANS dates, which must
    then lie in one month (which month the verifikation belongs to would be a guess)."""
    trans_dates = np.asarray(trans_dates, dtype=object)
    own = trans_dates != ""
    codes, uniques, firsts = _distinct(trans_dates)
    for code, first in enumerate(firsts):   # written: a date, even when the #VER's decides
        if own[first]:
            parse_date(str(uniques[code]), int(trans_rows[first]) + 1)
    ver_dates = np.asarray([str(d).strip() for d in ver_dates], dtype=object)
    ver_of_trans = np.asarray(ver_of_trans, dtype=np.int64)
    from_trans = (ver_dates == "")[ver_of_trans] & own   # (every #TRANS has its #VER)
    when = np.where(from_trans, trans_dates, ver_dates[ver_of_trans])
    where = np.where(from_trans, trans_rows, ver_rows[ver_of_trans]) + 1
    codes, uniques, firsts = _distinct(when)
    years = np.zeros(len(uniques), np.int64)
    months = np.zeros(len(uniques), np.int64)
    for code, first in enumerate(firsts):
        if not str(uniques[code]):
            raise SieSyntaxError(int(where[first]), "#VER saknar datum (ÅÅÅÅMMDD): "
                                 "verifikationens datum avgör vilken månad den hör till")
        day = parse_date(str(uniques[code]), int(where[first]))
        check_date(day, int(where[first]))
        years[code], months[code] = day.year, day.month
    year, month = years[codes], months[codes]
    if from_trans.any():
        _one_month_each(ver_of_trans[from_trans], year[from_trans] * 100 + month[from_trans],
                        ver_rows)
    return year, month


def _one_month_each(vers: np.ndarray, periods: np.ndarray, ver_rows: np.ndarray) -> None:
    """The dated #TRANS of each #VER without date lie in one month."""
    pairs = pd.DataFrame({"ver": vers, "period": periods}).drop_duplicates()
    split = pairs["ver"].duplicated()
    if split.any():
        ver = int(pairs["ver"][split].iloc[0])
        found = sorted(pairs.loc[pairs["ver"] == ver, "period"])
        shown = " och ".join(f"{p // 100}-{p % 100:02d}" for p in found[:2])
        raise SieSyntaxError(int(ver_rows[ver]) + 1, "#VER saknar datum och dess #TRANS har "
                             f"datum i olika månader ({shown}): verifikationens datum avgör "
                             "vilken månad den hör till; exportera filen med verifikationsdatum")
