"""Reading a published page as a reader sees it: its visible text and its tables.

Visible text: the HTML with `<head>`, `<script>`, `<style>`, `<template>`, `<caption>`
(the pages hide captions visually; they are for screen readers), elements with the
`hidden` attribute or the `itvt-hidden` class, and image data left out; entities
unescaped; block elements separated by a line break; then exactly what a browser collapses
is collapsed: every run of ASCII white space (space, tab, CR, LF, FF) becomes one space,
so a line of the text is one block element, however its source is wrapped.
A superscript (a footnote marker) is set apart by spaces, as the reader sees it raised;
an element of class `itvt-published` (the printed figure set under the computed one) is a
block. A non-breaking space (U+00A0) is kept as it is: it is what the project's number format
requires, and a browser does not collapse it. Soft hyphens and zero-width characters,
which a reader cannot see, are removed.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_SKIP = {"head", "script", "style", "template", "caption", "noscript", "svg"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}
_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
          "th", "table", "thead", "tbody", "section", "article", "main", "nav", "header",
          "footer", "figure", "figcaption", "details", "summary", "dt", "dd", "dl",
          "blockquote", "pre", "br", "hr", "small", "aside"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ASCII_SPACE = re.compile(r"[ \t\r\n\f]+")


def visible(text: str) -> str:
    """Text as a browser renders it: invisible characters dropped, ASCII white space runs
    collapsed to one space, ends trimmed (NBSP kept)."""
    return _ASCII_SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


@dataclass
class Table:
    """A table as the page shows it: the heading above it, its column headers, and its
    body rows as (row label, cells by column header)."""

    heading: str
    columns: list[str]
    rows: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def cells(self, row: str, column: str) -> list[str]:
        """Every cell shown in row `row` under column `column`."""
        return [cells[column] for label, cells in self.rows
                if label == row and column in cells]


@dataclass
class Page:
    """One published page: its visible text and its tables."""

    text: str
    tables: list[Table]
    notes: list[str] = field(default_factory=list)
    title: str = ""

    def tables_under(self, heading: str) -> list[Table]:
        """The tables shown under heading `heading`."""
        return [t for t in self.tables if t.heading == heading]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden)
        self.heading = ""
        self.heading_buf: list[str] | None = None
        self.tables: list[Table] = []
        self.table_stack: list[dict] = []
        self.notes: list[str] = []
        self.title = ""
        self.note_depth: list[int] = []  # stack depths of open footnote elements

    def gap(self, space: str) -> None:
        """White space that separates what the reader sees apart (also inside a cell)."""
        self.out.append(space)
        if self.table_stack and self.table_stack[-1]["cell"] is not None:
            self.table_stack[-1]["cell"].append(space)

    @property
    def hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        hide = (self.hidden or tag in _SKIP or "hidden" in attrs
                or "itvt-hidden" in classes)
        if tag not in _VOID:
            self.stack.append((tag, hide))
        if hide:
            return
        if tag in _BLOCK or "itvt-published" in classes:
            self.gap("\n")
        if tag == "sup":
            self.gap(" ")
        if "itvt-footnote" in classes or (tag == "li" and
                                          (attrs.get("id") or "").startswith("not-")):
            self.note_depth.append(len(self.stack))
            self.notes.append("")
        if tag in _HEADINGS:
            self.heading_buf = []
        if tag == "table":
            self.table_stack.append({"heading": self.heading, "rows": [], "row": None,
                                     "cell": None, "in_head": False})
        elif self.table_stack:
            t = self.table_stack[-1]
            if tag == "thead":
                t["in_head"] = True
            elif tag == "tr":
                t["row"] = []
            elif tag in ("td", "th") and t["row"] is not None:
                t["cell"] = []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        # pop to the matching tag (tolerates unclosed inline tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                was_hidden = self.stack[i][1]
                del self.stack[i:]
                break
        else:
            return
        if was_hidden:
            return
        if tag in _BLOCK:
            self.out.append("\n")
        if tag == "sup":
            self.gap(" ")
        if self.note_depth and len(self.stack) < self.note_depth[-1]:
            self.note_depth.pop()
        if tag in _HEADINGS and self.heading_buf is not None:
            self.heading = visible("".join(self.heading_buf))
            if tag == "h1" and not self.title:
                self.title = self.heading
            self.heading_buf = None
        if not self.table_stack:
            return
        t = self.table_stack[-1]
        if tag in ("td", "th") and t["cell"] is not None:
            t["row"].append((tag, visible("".join(t["cell"]))))
            t["cell"] = None
        elif tag == "tr" and t["row"] is not None:
            t["rows"].append((t["in_head"], t["row"]))
            t["row"] = None
        elif tag == "thead":
            t["in_head"] = False
        elif tag == "table":
            self.table_stack.pop()
            self.tables.append(_table(t))

    def handle_data(self, data):
        if self.hidden:
            return
        data = _ASCII_SPACE.sub(" ", data)  # a line break in the source is a space on screen
        self.out.append(data)
        if self.note_depth:
            self.notes[-1] += data
        if self.heading_buf is not None:
            self.heading_buf.append(data)
        if self.table_stack and self.table_stack[-1]["cell"] is not None:
            self.table_stack[-1]["cell"].append(data)


def _table(raw: dict) -> Table:
    """A parsed table: the first header row names the columns; each body row's first cell
    is its label (a table without a header row uses 1, 2, … as column names)."""
    head = [cells for in_head, cells in raw["rows"] if in_head]
    body = [cells for in_head, cells in raw["rows"] if not in_head]
    if not head and body and all(tag == "th" for tag, _ in body[0]):
        head, body = [body[0]], body[1:]
    columns = [text for _, text in head[0]] if head else []
    table = Table(heading=raw["heading"], columns=columns)
    for cells in body:
        names = columns if len(columns) == len(cells) else \
            [str(i) for i in range(len(cells))]
        texts = [text for _, text in cells]
        table.rows.append((texts[0] if texts else "", dict(zip(names, texts, strict=True))))
    return table


def read_page(path: Path) -> Page:
    """The page at `path` as a reader sees it."""
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    lines = (visible(line) for line in "".join(reader.out).split("\n"))
    return Page(text="\n".join(line for line in lines if line), tables=reader.tables,
                notes=[visible(note) for note in reader.notes], title=reader.title)


def read_pdf_sections(path: Path) -> list[tuple[str, str]]:
    """The PDF's text per top-level bookmark (one per printed page of the packet, in
    order): (bookmark title, text of its sheets up to the next bookmark)."""
    from pypdf import PdfReader

    pdf = PdfReader(path)
    texts = [pdf_visible(p.extract_text() or "") for p in pdf.pages]
    marks = [(m.title, pdf.get_destination_page_number(m)) for m in pdf.outline
             if not isinstance(m, list)]
    ends = [start for _, start in marks[1:]] + [len(texts)]
    return [(title, "\n".join(texts[start:end]))
            for (title, start), end in zip(marks, ends, strict=True)]


_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}


def pdf_visible(text: str) -> str:
    """PDF text as read: ligature glyphs spelled out (the PDF's font joins "fi", "ff"), a
    raised footnote marker ("1)") that text extraction glues to the word before it set
    apart, then white space collapsed within each line as on the pages (NBSP kept)."""
    for glyph, letters in _LIGATURES.items():
        text = text.replace(glyph, letters)
    text = re.sub(r"(?<=[^\s\d])(\d\))", r" \1", text)
    return "\n".join(visible(line) for line in text.split("\n"))


def occurs(figure: str, text: str) -> bool:
    """Whether `figure` stands in `text` as a figure of its own: not a piece of a longer
    number (no digit, sign, decimal comma or grouping space joined to either end)."""
    pattern = (r"(?<![\d\u2212+\-,.\u00a0/])" + re.escape(figure)
               + r"(?![\d]|[,.\u00a0/]\d)")
    return re.search(pattern, text) is not None


_MARKER = re.compile(r"\*+(?=\s|$)|(?:^|(?<=\s))\d\)(?=\s|$)")


def marked(cell: str) -> bool:
    """Whether a cell carries a footnote marker ("*", "**", "1)")."""
    return _MARKER.search(cell) is not None


def unmarked(cell: str) -> str:
    """A cell's text without its footnote marker."""
    return visible(_MARKER.sub(" ", cell))


# ---------------------------------------------------------------- the workbook as shown
# LibreOffice Calc (Debian's libreoffice-calc-nogui), headless, in a Swedish locale,
# converts a workbook to HTML tables of each cell's text *as shown* (formats applied).

SOFFICE = shutil.which("soffice")
_SPACES = re.compile(r"[\u00a0\u202f ]+")
HEADING_ROWS = 3  # Källa, Period, the table's title; then the column labels


def shown_as_read(text: str) -> str:
    """A cell's text as a reader compares it (white-space kinds folded, ends trimmed)."""
    return _SPACES.sub(" ", html.unescape(text)).strip()


def spreadsheet_html(book: Path, workdir: Path) -> str:
    """`book` converted by LibreOffice in a Swedish locale: every sheet as an HTML table."""
    if SOFFICE is None:
        import pytest

        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "sv_SE.UTF-8", "HOME": str(workdir)}
    subprocess.run([SOFFICE, "--headless", "--convert-to", "html", "--outdir", str(workdir),
                    str(book)], env=env, check=True, capture_output=True, timeout=180)
    return (workdir / f"{book.stem}.html").read_text(encoding="utf-8", errors="replace")


def sheets_of(converted: str) -> dict[str, list[list[str]]]:
    """Sheet name → its rows of cell texts, as LibreOffice showed them."""
    names = re.findall(r"<h1>Sheet \d+: <em>(.*?)</em></h1>", converted)
    tables = re.findall(r"<table.*?</table>", converted, re.S | re.I)
    result = {}
    for name, table in zip(names, tables, strict=True):
        rows = []
        for row in re.findall(r"<tr.*?</tr>", table, re.S | re.I):
            cells = re.findall(r"<td.*?</td>", row, re.S | re.I)
            rows.append([shown_as_read(re.sub(r"<[^>]+>", "", c)) for c in cells])
        result[html.unescape(name)] = rows
    return result




def sheet_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The column labels and the table's rows of a sheet (trailing empty cells and the
    empty rows before the footnotes dropped)."""
    header = rows[HEADING_ROWS]
    width = len([c for c in header if c]) or len(header)
    body = []
    for row in rows[HEADING_ROWS + 1:]:
        if not any(row):
            break
        body.append(row[:width])
    return header[:width], body


def number_cells(converted: str) -> dict[str, list[list[bool]]]:
    """Sheet name → per row, whether each cell holds a number (LibreOffice writes a number
    cell's stored value as `sdval`; a text cell has none)."""
    names = re.findall(r"<h1>Sheet \d+: <em>(.*?)</em></h1>", converted)
    tables = re.findall(r"<table.*?</table>", converted, re.S | re.I)
    return {html.unescape(name): [["sdval=" in cell for cell in
                                   re.findall(r"<td.*?</td>", row, re.S | re.I)]
                                  for row in re.findall(r"<tr.*?</tr>", table, re.S | re.I)]
            for name, table in zip(names, tables, strict=True)}


def marker_of(cell: str) -> str | None:
    """The footnote marker a cell carries ("*", "**", "1)"), or None."""
    found = _MARKER.search(cell)
    return found.group(0) if found else None
