"""The one workbook writer: `tabeller.xlsx` of every period and the workbench's export.

A sheet is a table as a page shows it: a few heading lines, the column labels, one row per
table row, footnotes below. Each column has a kind (`core.formatting.Kind`): its cells
hold the kind's stored value under the kind's real Excel number format, so a spreadsheet
shows what the page shows (0.436 under `0.0 %` reads "43,6 %", a year 2023 reads "2023").
A cell without a number (missing, or a column of text) holds the page's text, always as
text: a string starting with = + - @, a tab or a CR is never a formula. The file's times
are fixed by the caller, so the same inputs give the same bytes.
See docs/ARCHITECTURE.md, "Kinds of value".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .formatting import TEXT, Kind

SHEET_MAX = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")   # a space in their place: words kept apart


@dataclass
class SheetTable:
    """One sheet: heading lines, column labels and kinds, values, their page texts, bold
    rows and footnotes (kinds[j] None: the column is text); `cell_kinds[i][j]`, where
    given and not None, is the kind of one cell of a column that mixes kinds."""

    title: str
    heading: list[str]
    columns: list[str]
    kinds: list[Kind | None]
    values: list[list]
    texts: list[list[str]]
    bold: list[bool] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    cell_kinds: list[list[Kind | None]] | None = None


_PARENS = re.compile(r"\s*\([^()]*\)")
# A clause ends at a colon, a semicolon or a comma, but not at the comma of an enumeration
# ("Kostnad, avvikelse och skillnad"): a comma whose clause goes on to "och".
_CLAUSE = re.compile(r"[:;]\s+|,\s+(?![^,:;]*\boch\b)")
# Words that link to the word after them: a name cut after one reads unfinished.
LINKING_WORDS = {"och", "eller", "samt", "per", "mellan", "i", "av", "till", "för", "mot", "med",
            "som", "om", "på", "efter", "över", "under", "vid", "från", "inför", "utan", "ur",
            "inom", "hos", "än", "att"}


def _clean(text: str) -> str:
    """Text without the characters a sheet name may not hold (a space in their place, an
    apostrophe dropped), white space collapsed."""
    return " ".join(_BAD_SHEET_CHARS.sub(" ", text.replace("'", "")).split())


def _words_within(text: str, limit: int) -> str:
    """The longest run of `text`'s first whole words within `limit` characters, without a
    trailing linking word or punctuation."""
    words, kept = text.split(), []
    for word in words:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    while len(kept) > 1 and (kept[-1].lower() in LINKING_WORDS or not kept[-1].strip(",;.–-")):
        kept.pop()
    if kept:
        kept[-1] = kept[-1].rstrip(",;.–-") or kept[-1]
    return " ".join(kept) or (words[0][:limit] if words else "")


def _shortened(text: str, limit: int) -> str:
    """`text` within `limit` characters: as it is if it fits; else without parentheses;
    else its leading whole clauses (up to a comma or colon); else whole words of its first
    clause without a trailing linking word."""
    for candidate in (text, _PARENS.sub("", text)):
        if len(_clean(candidate)) <= limit:
            return _clean(candidate)
    bare = _PARENS.sub("", text)
    ends = [m.start() for m in _CLAUSE.finditer(bare)]
    for end in reversed(ends):
        joined = _clean(bare[:end])
        if len(joined) <= limit:
            return joined
    return _words_within(_clean(bare[:ends[0]] if ends else bare), limit)


def sheet_name(text: str, taken: set[str]) -> str:
    """A unique sheet name of at most 31 characters made of whole words: the text as it
    is, else shortened (parentheses, then trailing clauses, then words dropped; never a
    trailing "och"/"per"), a repeated name numbered " (2)", " (3)"."""
    name = _shortened(str(text), SHEET_MAX) or "Tabell"
    n = 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = (_shortened(str(text), SHEET_MAX - len(suffix)) or "Tabell") + suffix
        n += 1
    taken.add(name.lower())
    return name


CELL_MAX = 32767   # characters a spreadsheet cell holds (Excel; LibreOffice cuts the rest)
CUT_NOTE = " … [avkortad: en cell rymmer 32\u00a0767 tecken, hela texten står på sidan]"


def cell_text(text) -> str:
    """A text as a cell holds it: whole up to 32 767 characters; a longer one cut, ending
    with a note that it is cut and where the whole text stands (never cut silently)."""
    text = "" if text is None else str(text)
    return text if len(text) <= CELL_MAX else text[:CELL_MAX - len(CUT_NOTE)] + CUT_NOTE


def put_text(cell, text) -> None:
    """Write `text` into `cell` as text (`cell_text`), never as a formula."""
    cell.value = cell_text(text)
    cell.data_type = "s"


def _put(cell, kind: Kind | None, value, text: str) -> None:
    """A table cell: the kind's stored value and format, or the page's text as text."""
    stored = None if kind is None or kind.name == TEXT else kind.xlsx_value(value)
    if stored is None or isinstance(stored, str):
        put_text(cell, text if stored is None else stored)
        return
    cell.value = stored
    cell.number_format = kind.xlsx_format(value)


def print_on_pages(sheet, top: int) -> None:
    """Printed, a sheet repeats rows 1..`top` (heading, column labels) on every page and
    fits all its columns to one landscape page's width, so no figure loses its labels."""
    sheet.print_title_rows = f"1:{top}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def write_book(path: Path, sheets: list[SheetTable], created: datetime,
               empty: str = "Inga tabeller.") -> Path:
    """Write the sheets to `path` (one per table, names whole words ≤ 31 characters, unique)
    with the file's times set to `created`; a book without tables gets one sheet saying so."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    for table in sheets:
        sheet = book.create_sheet(sheet_name(table.title, taken))
        for n, line in enumerate(table.heading, start=1):
            put_text(sheet.cell(n, 1), line)
        if table.heading:
            sheet.cell(1, 1).font = bold
        top = len(table.heading) + 1
        for j, label in enumerate(table.columns, start=1):
            put_text(sheet.cell(top, j), label)
            sheet.cell(top, j).font = bold
        rows_bold = table.bold or [False] * len(table.values)
        for r, (values, texts) in enumerate(zip(table.values, table.texts, strict=True)):
            for j, (kind, value, text) in enumerate(zip(table.kinds, values, texts,
                                                        strict=True), start=1):
                cell = sheet.cell(top + 1 + r, j)
                own = table.cell_kinds[r][j - 1] if table.cell_kinds else None
                _put(cell, own or kind, value, text)
                if rows_bold[r]:
                    cell.font = bold
        below = top + len(table.values) + 2
        for n, note in enumerate(table.footnotes):
            put_text(sheet.cell(below + n, 1), note)
        for j, label in enumerate(table.columns, start=1):
            width = max([len(str(label))] + [len(str(t[j - 1])) for t in table.texts])
            sheet.column_dimensions[sheet.cell(top, j).column_letter].width = \
                min(60, max(8, width + 2))
        sheet.freeze_panes = sheet.cell(top + 1, 1)
        print_on_pages(sheet, top)
    if not book.sheetnames:
        put_text(book.create_sheet("Inga tabeller").cell(1, 1), empty)
    book.properties.creator = "itvt"
    book.properties.created = book.properties.modified = created
    book.properties.lastModifiedBy = "itvt"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    _pin_times(path, created)
    return path


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _pin_times(path: Path, created: datetime) -> None:
    """Rewrite the saved file with every time set to `created` (openpyxl stamps the save
    time into docProps/core.xml and the zip entries)."""
    import zipfile

    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
