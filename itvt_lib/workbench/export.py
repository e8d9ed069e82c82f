"""The workbench's comparison as an Excel workbook: one sheet per table, numbers as
numbers, Swedish number formats set on the cells.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..core.paths import OUTPUTS_DIR

# Excel stores format codes in en-US syntax; [$-41D] asks for Swedish (sv-SE) display:
# space as thousands separator, decimal comma. Minus is U+2212 and zero "–", as on the pages.
AMOUNT_FORMAT = '[$-41D]#,##0;"\u2212"#,##0;"–"'
DECIMAL_FORMAT = '[$-41D]#,##0.0;"\u2212"#,##0.0;"–"'
PERCENT_FORMAT = '[$-41D]0.0" %";"\u2212"0.0" %";"0,0 %"'
SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, taken: set[str]) -> str:
    """An Excel sheet name: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = SHEET_CHARS.sub(" ", str(name)).strip()[:31] or "Tabell"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def file_slug(name: str) -> str:
    """A file-name part from a model name: letters (å, ä, ö kept), digits and dashes."""
    slug = re.sub(r"[^\w]+", "-", str(name).strip(), flags=re.UNICODE).strip("-_")
    return slug.lower() or "scenario"


def export_path(name: str, outputs_dir=None, today: date | None = None) -> Path:
    """outputs/scenarier/<YYYY-MM-DD>-<name>.xlsx."""
    folder = Path(outputs_dir if outputs_dir is not None else OUTPUTS_DIR) / "scenarier"
    return folder / f"{(today or date.today()).isoformat()}-{file_slug(name)}.xlsx"


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Index as columns, column labels as one line of text."""
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()
    frame = frame.copy()
    frame.columns = [" ".join(str(p) for p in c if str(p)) if isinstance(c, tuple) else str(c)
                     for c in frame.columns]
    return frame


def _cell_value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()  # numpy scalar → Python number
    return value


def export_excel(sheets: Mapping[str, pd.DataFrame], path: Path,
                 percent_columns: Mapping[str, Iterable[str]] | None = None) -> Path:
    """Write each table to its own sheet; numbers as numbers with Swedish formats (percent
    columns hold fractions, 0.436 → "43,6 %"); return the path."""
    percent_columns = percent_columns or {}
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for name, frame in sheets.items():
        sheet = book.create_sheet(sheet_title(name, taken))
        frame = _flat(frame)
        percent = set(percent_columns.get(name, ()))
        sheet.append(list(frame.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            sheet.append([_cell_value(v) for v in row])
        for j, column in enumerate(frame.columns, start=1):
            series = frame[column]
            numeric = (pd.api.types.is_numeric_dtype(series)
                       and not pd.api.types.is_bool_dtype(series))
            width = max([len(str(column))] + [len(str(v)) for v in series.head(50)]) + 2
            sheet.column_dimensions[get_column_letter(j)].width = min(max(width, 10), 50)
            if not numeric:
                continue
            values = series.dropna().astype(float)
            whole = bool(((values - values.round()).abs() < 1e-9).all())
            code = (PERCENT_FORMAT if column in percent
                    else AMOUNT_FORMAT if whole else DECIMAL_FORMAT)
            for (cell,) in sheet.iter_rows(min_row=2, min_col=j, max_col=j):
                cell.number_format = code
        sheet.freeze_panes = "A2"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
