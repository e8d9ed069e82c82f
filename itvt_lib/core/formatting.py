"""Swedish number formats and committee tables (docs/ARCHITECTURE.md, "Rounding and formats").

Non-breaking space between thousands, decimal comma, minus "−" (U+2212), true zero "–",
missing "uppgift saknas" (".." in dense tables), "43,6 %", durations mm:ss / h:mm:ss.
Rounding is half away from zero, as Excel and Swedish accounting do.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

NBSP = "\u00a0"
MINUS = "\u2212"
ZERO = "–"
MISSING = "uppgift saknas"
MISSING_DENSE = ".."


def is_missing(value) -> bool:
    """True for None, NaN and pandas NA."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def round_half_away(value: float, decimals: int = 0) -> float:
    """Round half away from zero (2.5 → 3, −2.5 → −3), unlike Python's half-to-even."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP))


def fmt_number(value, decimals: int = 0, *, zero: str = ZERO, missing: str = MISSING,
               signed: bool = False) -> str:
    """Swedish number: "−17 750", "0,4", true zero "–", missing "uppgift saknas"."""
    if is_missing(value):
        return missing
    rounded = round_half_away(float(value), decimals)
    if rounded == 0:
        return zero
    whole, _, frac = f"{abs(rounded):,.{decimals}f}".partition(".")
    text = whole.replace(",", NBSP) + ("," + frac if frac else "")
    if rounded < 0:
        return MINUS + text
    return ("+" + text) if signed else text


def fmt_percent(share, decimals: int = 1, *, missing: str = MISSING, zero: str | None = None,
                signed: bool = False) -> str:
    """A share (0.436) as Swedish percent: "43,6 %"; whole percent with decimals=0."""
    if is_missing(share):
        return missing
    zero_text = zero if zero is not None else "0" + ("," + "0" * decimals if decimals else "")
    text = fmt_number(float(share) * 100, decimals, zero=zero_text, signed=signed)
    return f"{text}{NBSP}%"


def fmt_duration(seconds, *, missing: str = MISSING) -> str:
    """Seconds as mm:ss, or h:mm:ss from one hour."""
    if is_missing(seconds):
        return missing
    total = int(round_half_away(float(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def fmt_value(value) -> str:
    """A figure of unknown kind: whole numbers as integers, fractions with two decimals,
    text as it is (used where a column mixes kinds, e.g. the checks' expected values)."""
    if is_missing(value):
        return MISSING_DENSE
    if isinstance(value, str):
        return value
    number = float(value)
    return fmt_number(number, 0 if number == int(number) else 2, zero="0")


def fmt_tkr(value, **kwargs) -> str:
    """An amount in tkr with its unit: "219 tkr"."""
    return f"{fmt_number(value, **kwargs)}{NBSP}tkr"


def esc(text) -> str:
    """HTML-escape free text (from data or parameters)."""
    return html.escape("" if text is None else str(text), quote=True)


# ---------------------------------------------------------------- tables

def format_frame(frame: pd.DataFrame, formats: dict[str, Callable] | None = None,
                 default: Callable = fmt_number) -> pd.DataFrame:
    """Every cell as display text: numbers via `formats[column]` (default fmt_number)."""
    formats = formats or {}
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        series = frame[column]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        func = formats.get(column, default if numeric else None)
        if func is None:
            out[column] = series.map(lambda v: "" if is_missing(v) else str(v))
        else:
            out[column] = series.map(func)
    return out


def join_sv(items: list[str]) -> str:
    """Swedish enumeration: "a, b och c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]
