"""Presentation for notebooks: committee tables (pandas Styler), text blocks and the checks
table. Areas compute; they never build HTML. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict

import pandas as pd
from pandas.io.formats.style import Styler

from .checks import FAIL, PASS, STATUS_ORDER, STATUS_SV, WARN, Check
from .formatting import VALUE_KIND, Kind, amount, esc, format_frame


def total_rows(frame: pd.DataFrame, labels: Iterable[str], column: str | None = None) -> list[bool]:
    """Which rows are totals (shown bold): the index (or `column`) is one of `labels`."""
    wanted = set(labels)
    values = frame.index if column is None else frame[column]
    return [value in wanted for value in values]


TABLE_MIMETYPE = "application/vnd.itvt.table+json"
_DATE = re.compile(r"\b(\d{4}-\d{2}(?:-\d{2})?)\b")


def slug(text: str) -> str:
    """An id-safe ASCII slug of a text: letters and digits, runs of others as "-"."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:40] or "tabell"


def nowrap_dates(text: str) -> str:
    """Escaped HTML of `text` in which no ISO date or month (YYYY-MM-DD, YYYY-MM) can break
    across lines."""
    return _DATE.sub(r'<span class="itvt-nowrap">\1</span>', esc(text))


def _decimals(texts) -> int:
    """Decimal places shown in a column's display texts ("43,6 %" -> 1)."""
    found = [len(m.group(1)) for t in texts if (m := re.search(r",(\d+)", str(t)))]
    return max(found, default=0)


def _cell_value(value):
    """A cell as JSON: numbers as numbers, missing as None, everything else as text."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) or pd.api.types.is_number(value):
        return float(value)
    return str(value)


def column_kind(label, values: pd.Series, declared, numeric: bool) -> Kind | None:
    """A column's kind: the one its format declares (a Kind); a number column without one is
    an amount; a text column None. A column whose format is a plain function has no kind
    (a defect the surface tests find: every number column declares its kind)."""
    if isinstance(declared, Kind):
        return declared
    if declared is None and numeric:
        return amount()
    return None


class CommitteeTable(Styler):
    """A committee Styler whose display also carries the table's numbers (TABLE_MIMETYPE)
    for the workbook; its HTML has a caption, header scopes and a fixed id."""

    itvt_table: dict = {}

    def to_html(self, *args, **kwargs) -> str:
        html = super().to_html(*args, **kwargs)
        head, _, rest = html.partition("<tbody>")
        head = head.replace("<th ", '<th scope="col" ')
        rest = re.sub(r"<tr>(\s*)<td ([^>]*)>(.*?)</td>",
                      r'<tr>\1<th scope="row" \2>\3</th>', rest, flags=re.S)
        return head + "<tbody>" + rest if rest else html

    def _repr_html_(self) -> str:
        return self.to_html()

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.to_html(), TABLE_MIMETYPE: self.itvt_table}


def committee_table(frame: pd.DataFrame, *, formats: dict[str, Callable] | None = None,
                    bold_rows: Iterable[bool] | None = None, caption: str | None = None,
                    label_columns: int = 1, index_label: str | None = None,
                    row_styles: Iterable[str] | None = None, label: str | None = None,
                    row_kinds: list[Kind | None] | None = None):
    """A Styler for the committee: Swedish numbers, totals in bold, all text escaped.

    Numbers (and columns given a formatter) are right-aligned, text left-aligned; the first
    `label_columns` columns are always text (the first is the row header).
    Column labels and cells are both HTML-escaped (they may come from data). With
    `index_label` the index becomes the first column, headed by that label. `row_styles`
    gives each row extra CSS (a status colour, say). Without a `caption` the table gets a
    visually hidden one from `label` (or its column labels). The table's id is a slug of
    its caption and a digest of its content, so reruns give the same page. `row_kinds`
    (a table whose rows are measures of different kinds) gives each row's kind: its cells
    beyond the label columns read as that kind and stay numbers in the workbook.
    """
    if index_label is not None:
        frame = frame.rename_axis(index_label).reset_index()
    frame = frame.reset_index(drop=True)
    formats = dict(formats or {})
    text = format_frame(frame, formats)
    numeric = [c for i, c in enumerate(text.columns) if i >= label_columns and (
        c in formats or row_kinds is not None or (pd.api.types.is_numeric_dtype(frame[c])
                                                  and not pd.api.types.is_bool_dtype(frame[c])))]
    kinds = [column_kind(c, frame[c], formats.get(c), c in numeric) for c in text.columns]
    cell_kinds = None
    if row_kinds is not None:
        cell_kinds = [[kind if j >= label_columns else None for j in range(len(text.columns))]
                      for kind in row_kinds]
        kinds = [VALUE_KIND if j >= label_columns else kind for j, kind in enumerate(kinds)]
        for r, row in enumerate(cell_kinds):
            for j, kind in enumerate(row):
                if kind is not None:
                    text.iat[r, j] = kind.text(frame.iat[r, j])
    name = caption or label or "Tabell: " + ", ".join(str(c) for c in text.columns)
    digest = hashlib.sha1(text.to_json().encode("utf-8")).hexdigest()[:8]
    shown = text.map(nowrap_dates)  # escaped here, dates kept whole
    styler = CommitteeTable(shown, uuid=f"{slug(name)[:24]}-{digest}", cell_ids=False)
    styler = styler.format(escape=None).format_index(escape="html", axis=1)
    styler = styler.hide(axis="index")
    styler = styler.set_caption(esc(name))
    caption_css = ("caption-side: top; font-weight: bold; text-align: left;" if caption else
                   "position: absolute; width: 1px; height: 1px; overflow: hidden; "
                   "clip: rect(0 0 0 0); white-space: nowrap;")
    # Styles by column and row class (not per cell): the page stays small.
    styler = styler.set_table_styles([
        {"selector": "th", "props": "text-align: right; padding: 2px 8px;"},
        {"selector": "td", "props": "padding: 2px 8px;"},
        {"selector": "tbody th", "props": "font-weight: normal;"},
        {"selector": "caption", "props": caption_css},
    ])
    right = "text-align: right; white-space: nowrap;"
    styler = styler.set_table_styles(
        {c: [{"selector": "td", "props": right if c in numeric else "text-align: left;"},
             {"selector": "th", "props": "text-align: right;" if c in numeric
              else "text-align: left;"}]
         for c in text.columns}, overwrite=False)
    bold = list(bold_rows) if bold_rows is not None else [False] * len(text)
    extra = list(row_styles) if row_styles is not None else [""] * len(text)
    css = [";".join(x for x in ("font-weight: bold" if b else "", e) if x)
           for b, e in zip(bold, extra)]
    if any(css):
        styler = styler.set_table_styles(
            {r: [{"selector": "td", "props": c}, {"selector": "th", "props": c}]
             for r, c in enumerate(css) if c}, axis=1, overwrite=False)
    styler.itvt_table = {
        "caption": name, "captioned": bool(caption or label),
        "columns": [str(c) for c in text.columns],
        "numeric": [c in numeric for c in text.columns],
        "kinds": [None if k is None else asdict(k) for k in kinds],
        "bold": bold,
        "values": [[_cell_value(frame.iat[r, j]) if kinds[j] is not None else text.iat[r, j]
                    for j, c in enumerate(text.columns)] for r in range(len(text))],
        "texts": text.astype(str).values.tolist(),
        **({"cell_kinds": [[None if k is None else asdict(k) for k in row]
                           for row in cell_kinds]} if cell_kinds is not None else {}),
    }
    return styler


def paragraphs(lines: Iterable[str]):
    """Swedish sentences as escaped HTML paragraphs (for display in a notebook)."""
    from IPython.display import HTML

    return HTML("".join(f"<p>{esc(line)}</p>" for line in lines if line))


def heading(text: str, level: int = 2):
    """An escaped HTML heading (text may come from data or parameters)."""
    from IPython.display import HTML

    return HTML(f"<h{level}>{nowrap_dates(text)}</h{level}>")


def footnote(text: str):
    """A small escaped footnote paragraph."""
    from IPython.display import HTML

    return HTML(f'<p class="itvt-footnote"><small>{esc(text)}</small></p>')


def bullets(items: Iterable[str]):
    """Texts as an escaped HTML bullet list (nothing when there are none)."""
    from IPython.display import HTML

    shown = [item for item in items if item]
    return HTML("<ul>" + "".join(f"<li>{esc(item)}</li>" for item in shown) + "</ul>"
                if shown else "")


NO_DATA_TEXT = "Uppgifter saknas för perioden."


def no_data(what: str = ""):
    """The notice shown where the data does not cover the period."""
    from IPython.display import HTML

    if what:
        sentence = f"Uppgifter saknas för perioden ({esc(what)})."
    else:
        sentence = NO_DATA_TEXT
    return HTML(f'<p class="itvt-no-data"><strong>{sentence}</strong></p>')



# A check compares a figure printed in the source (or a reference value derived from it)
# with the figure the package computes: the columns say which is which, not which is right.
PUBLISHED, COMPUTED = "Publicerat/referens", "Beräknat"
STATUS_CSS = {PASS: "", WARN: "background-color: #fff1c2", FAIL: "background-color: #f8d3d3"}


def checks_table(checks: list[Check]):
    """Checks as a table for the committee: worst first, then by area, numbers kept numeric."""
    rows = sorted(checks, key=lambda c: (STATUS_ORDER[c.status], c.area))
    return pd.DataFrame({
        "Område": [c.area for c in rows],
        "Kontroll": [c.description for c in rows],
        "Status": [STATUS_SV[c.status] for c in rows],
        PUBLISHED: [c.expected for c in rows],
        COMPUTED: [c.actual for c in rows],
        "Tolerans": [c.tolerance for c in rows],
        "Anmärkning": [c.note for c in rows],
    }), [STATUS_CSS[c.status] for c in rows]


