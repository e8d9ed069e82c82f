"""Swedish number formats and committee tables (DESIGN.md "Rounding and formats").

Non-breaking space between thousands, decimal comma, minus "−" (U+2212), true zero "–",
missing "uppgift saknas" (".." in dense tables), "43,6 %", durations mm:ss / h:mm:ss.
Rounding is half away from zero, as Excel and Swedish accounting do.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable
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


def committee_table(frame: pd.DataFrame, *, formats: dict[str, Callable] | None = None,
                    bold_rows: Iterable[bool] | None = None, caption: str | None = None,
                    label_columns: int = 1, index_label: str | None = None,
                    row_styles: Iterable[str] | None = None):
    """A Styler for the committee: Swedish numbers, totals in bold, all text escaped.

    Numbers (and columns given a formatter) are right-aligned, text left-aligned; the first
    `label_columns` columns are always text.
    Column labels and cells are both HTML-escaped (they may come from data). With
    `index_label` the index becomes the first column, headed by that label. `row_styles`
    gives each row extra CSS (a status colour, say).
    """
    if index_label is not None:
        frame = frame.rename_axis(index_label).reset_index()
    frame = frame.reset_index(drop=True)
    text = format_frame(frame, formats)
    styler = text.style.format(escape="html").format_index(escape="html", axis=1)
    styler = styler.hide(axis="index")
    if caption:
        styler = styler.set_caption(esc(caption))
    numeric = [c for i, c in enumerate(text.columns) if i >= label_columns and (
        c in (formats or {}) or (pd.api.types.is_numeric_dtype(frame[c])
                                 and not pd.api.types.is_bool_dtype(frame[c])))]
    labels = [c for c in text.columns if c not in numeric]
    if numeric:
        styler = styler.set_properties(subset=numeric, **{"text-align": "right",
                                                         "white-space": "nowrap"})
    if labels:
        styler = styler.set_properties(subset=labels, **{"text-align": "left"})
    styler = styler.set_table_styles([
        {"selector": "th", "props": "text-align: right; padding: 2px 8px;"},
        {"selector": "td", "props": "padding: 2px 8px;"},
        {"selector": "caption", "props": "caption-side: top; font-weight: bold; "
                                         "text-align: left;"},
    ])
    styler = styler.set_table_styles(
        {c: [{"selector": "th", "props": "text-align: left;"}] for c in labels}, overwrite=False)
    bold = list(bold_rows) if bold_rows is not None else [False] * len(text)
    extra = list(row_styles) if row_styles is not None else [""] * len(text)
    if any(bold) or any(extra):
        css = [";".join(x for x in ("font-weight: bold" if b else "", e) if x)
               for b, e in zip(bold, extra)]
        styler = styler.apply(lambda row: [css[row.name]] * len(row), axis=1)
    return styler


# ---------------------------------------------------------------- text blocks

def paragraphs(lines: Iterable[str]):
    """Swedish sentences as escaped HTML paragraphs (for display in a notebook)."""
    from IPython.display import HTML

    return HTML("".join(f"<p>{esc(line)}</p>" for line in lines if line))


def heading(text: str, level: int = 2):
    """An escaped HTML heading (text may come from data or parameters)."""
    from IPython.display import HTML

    return HTML(f"<h{level}>{esc(text)}</h{level}>")


def footnote(text: str):
    """A small escaped footnote paragraph."""
    from IPython.display import HTML

    return HTML(f'<p class="itvt-footnote"><small>{esc(text)}</small></p>')


NO_DATA_TEXT = "Uppgifter saknas för perioden."


def no_data(what: str = ""):
    """The notice shown where the data does not cover the period."""
    from IPython.display import HTML

    detail = f" ({esc(what)})" if what else ""
    return HTML(f'<p class="itvt-no-data"><strong>{NO_DATA_TEXT}</strong>{detail}</p>')


def join_sv(items: list[str]) -> str:
    """Swedish enumeration: "a, b och c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def is_zero(value, tolerance: float = 0.0) -> bool:
    return not is_missing(value) and math.isclose(float(value), 0.0, abs_tol=tolerance)
