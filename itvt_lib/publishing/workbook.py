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
from datetime import datetime, time
from pathlib import Path

from ..core.formatting import Kind
from ..core.periods import Period
from ..core.presentation import TABLE_MIMETYPE
from ..core.workbook import SheetTable, write_book

_MD_HEADING = re.compile(r"^#{2,6}\s+(.*?)\s*$", re.M)
_HTML_HEADING = re.compile(r"^\s*<h[2-6]>(.*)</h[2-6]>\s*$", re.S)
_FOOTNOTE = re.compile(r'^\s*<p class="itvt-footnote">(.*)</p>\s*$', re.S)
# A footnote marker as the pages write it beside a figure or a word: "*", "**", "1)".
_MARKER = re.compile(r"\*+(?=\s|$)|(?:^|(?<=\s))\d\)(?=\s|$)")
# A marker as a table cell carries it: at the cell's end ("7 878*", "… följas upp 1)", "1)");
# a "1)" inside a text ("enligt punkt 1) i planen") is the text's own.
_CELL_MARKER = re.compile(r"(\*+|(?:^|(?<=\s))\d\))\s*$")


def page_tables(executed: Path) -> list[dict]:
    """The tables a page displayed, in order (from the executed notebook's outputs); a
    table without a caption of its own is named after the heading above it; a footnote
    shown after a table, before the next table or heading, is that table's ("footnotes"),
    and so, for every table, is a note of the page's that stands under none (`page_notes`)."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    tables, heading, last, notes = [], "", None, []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = _MD_HEADING.findall(cell.source)
            heading = found[-1] if found else heading
            last = None if found else last
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            shown = str(data.get("text/html", ""))
            match = _HTML_HEADING.match(shown)
            if match:
                heading = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
                last = None
            note = _FOOTNOTE.match(shown)
            if note and TABLE_MIMETYPE not in data:
                text = html.unescape(re.sub(r"<[^>]+>", "", note.group(1))).strip()
                notes.append(text)
                if last is not None:
                    last["footnotes"].append(text)
            if TABLE_MIMETYPE in data:
                table = dict(data[TABLE_MIMETYPE])
                table["title"] = table["caption"] if table.get("captioned", True) or \
                    not heading else heading
                table["footnotes"] = []
                tables.append(table)
                last = table
    for table in tables:
        table["footnotes"] += marked_notes(table, notes)
    loose = page_notes(tables, notes)
    for table in tables:
        table["footnotes"] += [n for n in loose if n not in table["footnotes"]]
    return tables


def page_notes(tables: list[dict], notes: list[str]) -> list[str]:
    """The page's notes under no table and without a marker ("Belopp i tkr. Positiv
    avvikelse är bättre än budget. Avrundningsdifferenser kan förekomma."): how to read
    every table of the page, so every sheet of it carries them."""
    under = {note for table in tables for note in table["footnotes"]}
    return [n for n in notes if n not in under and not _MARKER.match(n)]


def marked_notes(table: dict, notes: list[str]) -> list[str]:
    """The page's footnotes a table needs besides its own: for each marker one of its
    cells ends with ("14 959*", "1)"; `_CELL_MARKER`) that none of its own footnotes starts
    with, the page's first footnote that does (a page shows a note once, under the first
    table marked)."""
    own = table["footnotes"]
    wanted = []
    for row in table["texts"]:
        for text in row:
            found_mark = _CELL_MARKER.search(str(text))
            if found_mark and found_mark.group(1) not in wanted:
                wanted.append(found_mark.group(1))
    found = []
    for marker in wanted:
        if any(line.startswith(marker + " ") for line in own + found):
            continue
        found += [line for line in notes if line.startswith(marker + " ")][:1]
    return found


def sheet_tables(executed: Path, page_title: str, number: str, period: str,
                 report_title: str, banner: str = "", trace: str = "") -> list[SheetTable]:
    """The page's tables as sheets, each with its kinds as the page declared them (column
    by column, or cell by cell where its rows differ) and the footnotes the page shows
    under it; a `banner` (failed checks) heads every sheet, and the period line names the
    inputs' `trace` (fingerprints) when given."""
    result = []
    for table in page_tables(executed):
        kinds = [None if k is None else Kind(**k) for k in table["kinds"]]
        cells = table.get("cell_kinds")   # a table whose rows are of different kinds
        cell_kinds = None if cells is None else \
            [[None if k is None else Kind(**k) for k in row] for row in cells]
        result.append(SheetTable(f"{number} {table['title']}",
                                 [*([banner] if banner else []),
                                  f"Källa: {page_title}, {report_title}",
                                  f"Period: {period}" + (f" · {trace}" if trace else ""),
                                  table["title"]],
                                 table["columns"], kinds, table["values"], table["texts"],
                                 table["bold"], table["footnotes"], cell_kinds))
    return result


def write_workbook(out_dir: Path, pages: list[dict], period, title: str,
                   banner: str = "", trace: str = "") -> Path:
    """Write `out_dir/tabeller.xlsx` from `pages` (dicts with "notebook" — an executed
    notebook under out_dir/notebooks — and "title"), one sheet per table, each headed by
    `banner` if given (a report published although checks fail) and by the period with
    the inputs' `trace` ("indata …· parametrar …", as the pages' footer); the file's times
    are the period's last day, so a rerun on the same inputs gives the same bytes."""
    sheets = []
    for page in pages:
        number = page["notebook"].split("-", 1)[0]
        sheets += sheet_tables(out_dir / "notebooks" / page["notebook"], page["title"], number,
                               str(period), title, banner, trace)
    created = datetime.combine(Period.parse(str(period)).last_day, time())
    return write_book(out_dir / "tabeller.xlsx", sheets, created, f"Inga tabeller för {period}.")
