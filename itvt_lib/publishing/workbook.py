"""`tabeller.xlsx` per period: every table of every report page as a sheet of its own,
numbers as numbers with Swedish-style number formats (as many decimals as the page shows,
zero as "–", minus as "−"), under a header naming the source page and the period.

The tables come from the executed notebooks: `committee_table` displays, beside its HTML,
the table's values under `TABLE_MIMETYPE`; nothing is parsed back out of HTML.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..core.presentation import TABLE_MIMETYPE

SHEET_MAX = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\']")


def number_format(decimals: int, percent: bool = False, share: bool = True) -> str:
    """Excel number format showing "1 234,5" in a Swedish Excel: thousands grouped,
    `decimals` places, U+2212 minus, zero as "–"; percent as "43,6 %" (of a share, or of a
    number already in percent when `share` is false)."""
    places = "." + "0" * decimals if decimals else ""
    unit = "\\ %" if percent and share else '" %"' if percent else ""
    digits = f"0{places}" if percent and share else f"#,##0{places}"
    return f'{digits}{unit};"\u2212"{digits}{unit};"–"'


def sheet_name(page: str, caption: str, taken: set[str]) -> str:
    """A unique sheet name ≤ 31 characters from the page's number and the table's caption."""
    base = _BAD_SHEET_CHARS.sub("", f"{page} {caption}").strip()[:SHEET_MAX].strip()
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[:SHEET_MAX - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(name.lower())
    return name


def _is_share(values: list, texts: list[str]) -> bool:
    """Whether a percent column holds shares (0,436 shown as "43,6 %")."""
    for value, shown in zip(values, texts, strict=True):
        if isinstance(value, float) and value:
            digits = shown.replace("\u00a0", "").replace("\u2212", "-").replace(",", ".")
            match = re.search(r"-?\d+(\.\d+)?", digits)
            if match:
                number = float(match.group(0))
                return abs(number - value * 100) < abs(number - value)
    return True


_MD_HEADING = re.compile(r"^#{2,6}\s+(.*?)\s*$", re.M)
_HTML_HEADING = re.compile(r"^\s*<h[2-6]>(.*)</h[2-6]>\s*$", re.S)


def page_tables(executed: Path) -> list[dict]:
    """The tables a page displayed, in order (from the executed notebook's outputs); a
    table without a caption of its own is named after the heading above it."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    tables, heading = [], ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = _MD_HEADING.findall(cell.source)
            heading = found[-1] if found else heading
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            match = _HTML_HEADING.match(str(data.get("text/html", "")))
            if match:
                heading = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
            if TABLE_MIMETYPE in data:
                table = dict(data[TABLE_MIMETYPE])
                table["title"] = table["caption"] if table.get("captioned", True) or \
                    not heading else heading
                tables.append(table)
    return tables


def write_workbook(out_dir: Path, pages: list[dict], period: str, title: str) -> Path:
    """Write `out_dir/tabeller.xlsx` from `pages` (dicts with "notebook" — an executed
    notebook under out_dir/notebooks — and "title"), one sheet per table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for page in pages:
        number = page["notebook"].split("-", 1)[0]
        for table in page_tables(out_dir / "notebooks" / page["notebook"]):
            sheet = book.create_sheet(sheet_name(number, table["title"], taken))
            sheet.append([f"Källa: {page['title']}, {title}"])
            sheet.append([f"Period: {period}"])
            sheet.append([table["title"]])
            sheet.append(table["columns"])
            for cell in (sheet[1][0], sheet[3][0], *sheet[4]):
                cell.font = Font(bold=True)
            formats = []
            for j, numeric in enumerate(table["numeric"]):
                if not numeric:
                    formats.append(None)
                    continue
                column = [row[j] for row in table["values"]]
                texts = [row[j] for row in table["texts"]]
                percent = table["percent"][j]
                formats.append(number_format(table["decimals"][j], percent,
                                             percent and _is_share(column, texts)))
            for r, row in enumerate(table["values"]):
                # a missing number reads as on the page ("uppgift saknas", "..")
                sheet.append([table["texts"][r][j] if value is None else value
                              for j, value in enumerate(row)])
                for j, cell in enumerate(sheet[sheet.max_row]):
                    if formats[j] and isinstance(cell.value, int | float):
                        cell.number_format = formats[j]
                    if table["bold"][r]:
                        cell.font = Font(bold=True)
            for j, name in enumerate(table["columns"]):
                width = max([len(str(name))] + [len(str(t[j])) for t in table["texts"]])
                sheet.column_dimensions[sheet.cell(4, j + 1).column_letter].width = \
                    min(60, max(8, width + 2))
    if not book.sheetnames:
        book.create_sheet("Inga tabeller").append([f"Inga tabeller för {period}."])
    target = out_dir / "tabeller.xlsx"
    book.save(target)
    return target
