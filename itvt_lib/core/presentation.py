"""Presentation for notebooks: committee tables (pandas Styler), text blocks and the checks
table. Areas compute; they never build HTML. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from .checks import FAIL, PASS, STATUS_ORDER, STATUS_SV, WARN, Check
from .formatting import esc, format_frame


def total_rows(frame: pd.DataFrame, labels: Iterable[str], column: str | None = None) -> list[bool]:
    """Which rows are totals (shown bold): the index (or `column`) is one of `labels`."""
    wanted = set(labels)
    values = frame.index if column is None else frame[column]
    return [value in wanted for value in values]


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



STATUS_CSS = {PASS: "", WARN: "background-color: #fff1c2", FAIL: "background-color: #f8d3d3"}


def checks_table(checks: list[Check]):
    """Checks as a table for the committee: worst first, then by area, numbers kept numeric."""
    rows = sorted(checks, key=lambda c: (STATUS_ORDER[c.status], c.area))
    return pd.DataFrame({
        "Område": [c.area for c in rows],
        "Kontroll": [c.description for c in rows],
        "Status": [STATUS_SV[c.status] for c in rows],
        "Förväntat": [c.expected for c in rows],
        "Faktiskt": [c.actual for c in rows],
        "Tolerans": [c.tolerance for c in rows],
        "Anmärkning": [c.note for c in rows],
    }), [STATUS_CSS[c.status] for c in rows]


