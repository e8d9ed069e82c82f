"""Swedish number formats and committee tables (docs/ARCHITECTURE.md, "Rounding and formats").

Non-breaking space between thousands, decimal comma, minus "−" (U+2212), true zero "–",
missing "uppgift saknas" (".." in dense tables), "43,6 %", durations mm:ss / h:mm:ss.
Rounding is half away from zero, as Excel and Swedish accounting do.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

NBSP = "\u00a0"
MINUS = "\u2212"
ZERO = "–"
MISSING = "uppgift saknas"
MISSING_DENSE = ".."


FSI, PDI = "\u2068", "\u2069"   # first-strong isolate … pop directional isolate


def isolated(name: str) -> str:
    """A name as it stands inside a sentence: between FSI and PDI when it holds a
    right-to-left letter (Hebrew, Arabic), which would otherwise carry the figures beside
    it along ("מודל: 12,5 %" read as "12,5 :מודל %"); any other name as it is."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in str(name)):
        return f"{FSI}{name}{PDI}"
    return str(name)


def is_missing(value) -> bool:
    """True for None, NaN and pandas NA."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def round_half_away(value: float, decimals: int = 0) -> float:
    """Round half away from zero (2.5 → 3, −2.5 → −3) the value as a spreadsheet shows it,
    to 15 significant digits (a sum 362.49999999999994 of öre amounts is 362.5 → 363)."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(f"{float(value):.15g}").quantize(quantum, rounding=ROUND_HALF_UP))


def as_shown(amount: float) -> float:
    """An amount as the page shows it: whole tkr, half away from zero (missing stays missing)."""
    return amount if is_missing(amount) else round_half_away(amount)


def shown_beyond(value: float, tolerance: float, decimals: int = 0) -> bool:
    """True when the value as shown (rounded half away to `decimals`) exceeds the tolerance
    in size: a sentence never calls a figure that reads "–" a surplus or a deviation."""
    return abs(round_half_away(float(value), decimals)) > tolerance


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


def own_decimals(value, most: int = 6) -> int:
    """The decimals a typed number has (12.25 → 2, 3.0 → 0, 0.07 × 100 → 0), at most `most`."""
    exact = Decimal(repr(round(float(value), 10))).normalize()
    return min(most, max(0, -exact.as_tuple().exponent))


def as_written(value, least: int = 0) -> str:
    """A threshold or parameter with the decimals it was written with (at least `least`),
    zero as "0"."""
    return fmt_number(value, max(least, own_decimals(value)), zero="0")


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


def value_decimals(number: float) -> int:
    """The decimals of a figure of unknown kind: 0 when whole to the öre of a tkr (a float
    sum 26 431.000000000007 is whole), else two, or as many as show it is not whole (51,004
    tkr, never "51" beside a check's tolerance of 1), at most five."""
    number = float(number)
    if round_half_away(number, 5) == round_half_away(number, 0):
        return 0
    if round_half_away(number, 2) != round_half_away(number, 0):
        return 2
    return max(2, own_decimals(round_half_away(number, 5), 5))


def fmt_value(value) -> str:
    """A figure of unknown kind with `value_decimals`, text as it is (used where a column
    mixes kinds, e.g. the checks' expected values)."""
    if is_missing(value):
        return MISSING_DENSE
    if isinstance(value, str):
        return value
    number = float(value)
    return fmt_number(number, value_decimals(number), zero="0")


def fmt_tkr(value, **kwargs) -> str:
    """An amount in tkr with its unit, as a sentence reads it: "219 tkr", zero "0 tkr"
    (the tables' "–" is no figure in a sentence), missing "uppgift saknas" (no unit)."""
    if is_missing(value):
        return kwargs.get("missing", MISSING)
    kwargs.setdefault("zero", "0")
    return f"{fmt_number(value, **kwargs)}{NBSP}tkr"


def esc(text) -> str:
    """HTML-escape free text (from data or parameters)."""
    return html.escape("" if text is None else str(text), quote=True)


# ---------------------------------------------------------------- tables

def format_frame(frame: pd.DataFrame, formats: dict[str, Callable] | None = None,
                 default: Callable | None = None) -> pd.DataFrame:
    """Every cell as display text: numbers via `formats[column]` (a Kind; default an
    amount)."""
    default = default if default is not None else amount()
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


# ---------------------------------------------------------------- kinds of value
# Every value a person reads has a kind; a Kind renders it on every surface: page text (and
# so the PDF and the app), and the workbook's cell value under a real Excel number format.
# No other code decides how a number reads (docs/ARCHITECTURE.md, "Kinds of value").

AMOUNT, SHARE, PERCENT, POINTS, COUNT, YEAR, DURATION, DATE, TEXT, VALUE = (
    "amount", "share", "percent", "points", "count", "year", "duration", "date", "text",
    "value")


@dataclass(frozen=True)
class Kind:
    """A kind of value (amount, share 0–1, percent already in %, points, count, year,
    duration in seconds, date, text) with its decimals, unit and sign; callable as the
    page-text formatter of a table column."""

    name: str
    decimals: int = 0
    unit: str = ""
    signed: bool = False
    zero: str = ZERO
    missing: str = MISSING

    def __call__(self, value) -> str:
        return self.text(value)

    def text(self, value) -> str:
        """The value as a table cell reads: "−17 750", "43,6 %", "93 %", "+4,8", "2023"."""
        if is_missing(value):
            return self.missing
        if self.name == SHARE:
            return fmt_percent(value, self.decimals, zero=self.zero, signed=self.signed)
        if self.name == PERCENT:
            return fmt_percent(float(value) / 100, self.decimals, zero=self.zero,
                               signed=self.signed)
        if self.name == YEAR:
            return str(int(value))
        if self.name == DURATION:
            return fmt_duration(value)
        if self.name in (DATE, TEXT):
            return str(value)
        if self.name == VALUE:
            return fmt_value(value)
        return fmt_number(value, self.decimals, zero=self.zero, signed=self.signed)

    def figure(self, value) -> str:
        """The value as a key figure reads, with its unit: "−219 tkr", "0 tkr", "93 %"."""
        if is_missing(value):
            return MISSING
        plain = self.name not in (SHARE, PERCENT)
        shown = replace(self, zero="0" if plain else self.zero).text(value)
        return f"{shown}{NBSP}{self.unit}" if self.unit and plain else shown

    def xlsx_value(self, value):
        """The cell's stored value, rounded as the page rounds it: a share (and a percent,
        ÷ 100) as a fraction, a year as an integer, a duration as a fraction of a day,
        text as text; None when missing."""
        if is_missing(value):
            return None
        if self.name in (DATE, TEXT) or (self.name == VALUE and isinstance(value, str)):
            return str(value)
        if self.name == YEAR:
            return int(value)
        if self.name == DURATION:
            return round_half_away(float(value)) / 86400
        if self.name == SHARE:
            return round_half_away(float(value), self.decimals + 2) + 0.0
        if self.name == PERCENT:
            return round_half_away(float(value), self.decimals) / 100 + 0.0
        if self.name == VALUE:
            number = float(value)
            return round_half_away(number, value_decimals(number)) + 0.0
        return round_half_away(float(value), self.decimals) + 0.0

    def xlsx_format(self, value=None) -> str:
        """The Excel number format that shows the stored value as `text` does in a Swedish
        spreadsheet: grouped thousands, decimal comma, U+2212 minus, the zero text."""
        if self.name in (DATE, TEXT):
            return "@"
        if self.name == YEAR:
            return "0"
        if self.name == DURATION:
            # by the seconds shown: 3 599,5 s reads "1:00:00", never "00:00" under mm:ss
            hours = value is not None and round_half_away(float(value)) >= 3600
            return "[h]:mm:ss" if hours else "mm:ss"
        if self.name == VALUE:  # as fmt_value (`value_decimals`)
            places = 0 if value is None or isinstance(value, str) else value_decimals(value)
            digits = "#,##0" + ("." + "0" * places if places else "")
            return f'{digits};"{MINUS}"{digits};"0"'
        places = "." + "0" * self.decimals if self.decimals else ""
        if self.name in (SHARE, PERCENT):
            digits = f'#,##0{places}"{NBSP}"%'   # grouped as the page: "1 250 %"
            zero = f'"{self.zero}{NBSP}%"'
        else:
            digits = f"#,##0{places}"
            zero = f'"{self.zero}"'
        plus = '"+"' if self.signed else ""
        return f'{plus}{digits};"{MINUS}"{digits};{zero}'


def amount(decimals: int = 0, unit: str = "", *, signed: bool = False, zero: str = ZERO,
           missing: str = MISSING) -> Kind:
    """An amount (tkr, kr): "8 271", zero "–"."""
    return Kind(AMOUNT, decimals, unit, signed, zero, missing)


def share(decimals: int = 1, *, signed: bool = False, missing: str = MISSING) -> Kind:
    """A share, a fraction 0–1 shown in percent: 0.436 → "43,6 %"."""
    return Kind(SHARE, decimals, "%", signed, "0" + ("," + "0" * decimals if decimals else ""),
                missing)


def percent(decimals: int = 0, *, signed: bool = False, missing: str = MISSING) -> Kind:
    """A figure already in percent: 93 → "93 %" (`signed`, a change: 5.3 → "+5,3 %")."""
    return Kind(PERCENT, decimals, "%", signed,
                "0" + ("," + "0" * decimals if decimals else ""), missing)


def points(decimals: int = 1, *, zero: str = ZERO, missing: str = MISSING) -> Kind:
    """Percentage points, signed: "+4,8"."""
    return Kind(POINTS, decimals, "procentenheter", True, zero, missing)


def count(decimals: int = 0, unit: str = "", *, zero: str = ZERO,
          missing: str = MISSING) -> Kind:
    """A count, hours or FTE: "3 546", "1,7"."""
    return Kind(COUNT, decimals, unit, False, zero, missing)


YEAR_KIND = Kind(YEAR)
DURATION_KIND = Kind(DURATION)
TEXT_KIND = Kind(TEXT, missing="")
VALUE_KIND = Kind(VALUE, missing=MISSING_DENSE)  # a column that mixes kinds (checks page)


def kind_of(unit, decimals: int = 0) -> Kind:
    """The kind a key figure's unit declares: a Kind as it is; "%" a share (a fraction);
    "tkr"/"kr" an amount; any other unit (st, timmar, årsarbetare) a count."""
    if isinstance(unit, Kind):
        return unit
    if unit == "%":
        return share(decimals)
    if unit in ("tkr", "kr"):
        return amount(decimals, unit)
    return count(decimals, unit)
