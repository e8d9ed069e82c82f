"""The register of the source's figures against the published surfaces.

`source_register.csv` holds every figure of the committee's papers (see README.md in this
folder): the period packets that must show it, the page, the table cell where it is
tabulated, and the exact text a reader should see. Both periods are built once per session
(HTML and PDF); every register row is then checked against the page's visible text, its
table cell and the PDF's text. A figure that is not yet right is registered as a `gap`
and runs as a strict xfail: fixing it fails the test until the register says `shown`.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from conftest import CHROMIUM
from surface_reader import (
    Page,
    marked,
    occurs,
    read_pdf_sections,
    sheet_rows,
    shown_as_read,
    unmarked,
)

HERE = Path(__file__).resolve().parent
REGISTER = HERE / "source_register.csv"
PERIODS = ("2023-12", "2024-02")
# The checks page sets published against computed figures by design; the packet's own
# pages are where one figure must have one value.
CHECKS_PAGE = "90-kontroller"

pytestmark = pytest.mark.slow


def _register() -> list[dict]:
    with REGISTER.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


ROWS = _register()


@pytest.fixture(scope="session")
def pdf_text(packets, page):
    """The text of a page as printed in its period's rapport.pdf (the PDF is read once per
    period; its top-level bookmarks, the start page first, follow the pages in order)."""
    @cache
    def sections(period: str) -> dict[str, str]:
        path = packets / period / "rapport.pdf"
        if CHROMIUM is None:
            pytest.skip("no Chromium: rapport.pdf is not written")
        stems = ["index"] + sorted(p.stem for p in (packets / period).glob("*.html")
                                   if p.stem != "index")
        found = read_pdf_sections(path)
        assert len(found) == len(stems), f"bookmarks {[t for t, _ in found]} vs {stems}"
        for stem, (title, _) in zip(stems[1:], found[1:], strict=True):
            assert title == page(period, stem).title, f"bookmark {title!r} for {stem}"
        return {stem: text for stem, (_, text) in zip(stems, found, strict=True)}

    def read(period: str, stem: str) -> str:
        return sections(period)[stem]
    return read


def _row_matches(row: str, cells: dict[str, str], column: str) -> bool:
    """Whether a table row is the register's row: every " | "-separated part of `row`
    equals one of the row's cells outside `column`."""
    others = [text for name, text in cells.items() if name != column]
    return all(part in others for part in row.split(" | "))


def table_cells(page: Page, heading: str, row: str, column: str) -> list[str]:
    """The cells under `column` in the rows named `row` of the tables under `heading`;
    "label@n" names the n-th row with that label in its table."""
    label, _, nth = row.partition("@")
    found = []
    for table in page.tables_under(heading):
        hits = [cells for _, cells in table.rows
                if column in cells and _row_matches(label, cells, column)]
        if nth:
            hits = hits[int(nth) - 1:int(nth)]
        found += [cells[column] for cells in hits]
    return found


_NUMBER_CELL = re.compile(r"[\u2212+±]?[\d\u00a0]+(,\d+)?(\u00a0%)?|–")


def _cell_shows(cell: str, figure: str) -> bool:
    """A number cell shows a figure when it is the figure; any other cell (text, a date
    range) when the figure stands in it."""
    if _NUMBER_CELL.fullmatch(cell):
        return cell == figure
    return occurs(figure, cell)


def check_shown(page: Page, entry: dict) -> None:
    """The figure in the page's visible text and, if tabulated, in its table cell."""
    expected = entry["expected"]
    assert occurs(expected, page.text), \
        f"{expected!r} is not in the visible text of {entry['page']}"
    if entry["table"]:
        cells = table_cells(page, entry["table"], entry["row"], entry["column"])
        assert cells, (f"no cell {entry['row']!r} / {entry['column']!r} in a table under "
                       f"{entry['table']!r} on {entry['page']}")
        assert any(_cell_shows(cell, expected) for cell in cells), \
            f"{entry['row']!r} / {entry['column']!r} shows {cells}, expected {expected!r}"


def check_flagged(page: Page, entry: dict) -> None:
    """The computed figure in its cell, the printed one beside it in the same row with a
    footnote marker there, and a footnote on the page naming the printed figure."""
    printed, computed = entry["expected"], entry["computed"]
    label, column = entry["row"].partition("@")[0], entry["column"]
    rows = [cells for table in page.tables_under(entry["table"])
            for _, cells in table.rows if _row_matches(label, cells, column)]
    assert rows, f"no row {label!r} under {entry['table']!r} on {entry['page']}"
    rows = [cells for cells in rows if _cell_shows(unmarked(cells.get(column, "")), computed)]
    assert rows, f"computed {computed!r} is not in {label!r} / {column!r}"
    assert any(any(marked(text) for text in cells.values()) and
               any(_cell_shows(unmarked(text), printed) for text in cells.values())
               for cells in rows), \
        f"printed {printed!r} is not beside {computed!r} with a footnote marker"
    assert any(occurs(printed, note) or occurs("+" + printed, note) for note in page.notes), \
        f"no footnote on {entry['page']} names the printed {printed!r}"


def _cases():
    for entry in ROWS:
        for period in entry["periods"].split():
            case_id = f"{entry['id']}-{period}-{entry['page']}"
            status = entry["status"]
            if status.startswith("gap"):
                yield pytest.param(entry, period, id=case_id, marks=pytest.mark.xfail(
                    strict=True, reason=status))
            else:
                yield pytest.param(entry, period, id=case_id)


@pytest.mark.parametrize(("entry", "period"), list(_cases()))
def test_source_figure_reads_as_printed_on_its_page(entry, period, page):
    result = page(period, entry["page"])
    if entry["status"] == "flagged":
        check_flagged(result, entry)
    else:
        check_shown(result, entry)


def _pdf_cases():
    """Rows the PDF must show: a `gap` row's strict xfail is the HTML test's; a row whose
    PDF alone is wrong says so in `pdf_status`."""
    for entry in ROWS:
        if entry["status"].startswith("gap") or entry["pdf_status"].startswith("n/a"):
            continue
        for period in entry["periods"].split():
            case_id = f"{entry['id']}-{period}-{entry['page']}"
            if entry["pdf_status"].startswith("gap"):
                yield pytest.param(entry, period, id=case_id, marks=pytest.mark.xfail(
                    strict=True, reason=entry["pdf_status"]))
            else:
                yield pytest.param(entry, period, id=case_id)


def pdf_shows(text: str, entry: dict, figure: str, page: Page) -> bool:
    """Whether the page's PDF text shows the figure. A tabulated figure must stand in its
    row: between the row's label and the next label of another row of that table (the
    labels read from the HTML table; a printed cell may wrap over lines)."""
    flat = " ".join(text.split("\n"))
    anchor = entry["row"].partition("@")[0].split(" | ")[0]
    if not entry["table"]:
        return occurs(figure, flat)
    stops: set[str] = set()
    for table in page.tables_under(entry["table"]):
        key = next((name for _, cells in table.rows for name, text in cells.items()
                    if text == anchor), None)
        stops |= {cells[key] for _, cells in table.rows
                  if key in cells and cells[key] and cells[key] != anchor}
    for start in (m.end() for m in re.finditer(re.escape(anchor), flat)):
        ends = [flat.find(stop, start) for stop in stops]
        end = min((e for e in ends if e >= 0), default=len(flat))
        if occurs(figure, flat[start:end]):
            return True
    return False


@pytest.mark.parametrize(("entry", "period"), list(_pdf_cases()))
def test_source_figure_in_the_pdf(entry, period, pdf_text, page):
    figures = [entry["expected"]] + ([entry["computed"]] if entry["computed"] else [])
    text = pdf_text(period, entry["page"])
    for figure in figures:
        assert pdf_shows(text, entry, figure, page(period, entry["page"])), \
            f"{figure!r} is not on the PDF's {entry['page']} of {period}"


PRINTED_BESIDE = ", publicerad"  # the column beside a computed one holding the printed figure


def conflicting_figures(pages: dict[str, Page]) -> list[str]:
    """Cells with the same row label and column header that show different values on
    different pages of one packet, none of them with a footnote marker on it or beside it
    (the printed figure, marked, in the column "<header>, publicerad" of the same row)."""
    seen: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    footnoted: set[tuple[str, str, str]] = set()
    for stem, page in pages.items():
        for table in page.tables:
            for label, cells in table.rows:
                for column, text in cells.items():
                    if column in table.columns[:1] or not any(ch.isdigit() for ch in text):
                        continue
                    seen[(label, column)][text].add(stem)
                    if marked(text) or marked(cells.get(column + PRINTED_BESIDE, "")):
                        footnoted.add((label, column, text))
    found = []
    for (label, column), values in seen.items():
        stems = {s for where in values.values() for s in where}
        if len(values) > 1 and len(stems) > 1 and \
                not any((label, column, v) in footnoted for v in values):
            shown = "; ".join(f"{v} on {', '.join(sorted(w))}" for v, w in values.items())
            found.append(f"{label} / {column}: {shown}")
    return sorted(found)


# Figures that stand with two values in a packet today, each a `gap` row of the register;
# fixing one fails this test until it is taken out here. (Issue 26 footnoted the last one:
# 2023-12 Summa SeN IT / Avvikelse, −220 computed on page 01 beside the printed −219*.)
KNOWN_CONFLICTS: dict[str, list[str]] = {"2023-12": [], "2024-02": []}


@pytest.mark.parametrize("period", PERIODS)
def test_one_figure_has_one_value_in_a_packet(period, packets, page):
    stems = sorted(p.stem for p in (packets / period).glob("*.html") if p.stem != CHECKS_PAGE)
    result = conflicting_figures({stem: page(period, stem) for stem in stems})
    expected = KNOWN_CONFLICTS[period]
    assert result == expected


# ---------------------------------------------------------------- the workbook as shown

def _sheet_cases():
    """Tabulated rows the workbook must show (in the sheet of their table); a `gap` row's
    strict xfail is the page test's."""
    for entry in ROWS:
        if not entry["sheet"] or entry["status"].startswith("gap") or not entry["row"]:
            continue
        for period in entry["periods"].split():
            yield pytest.param(entry, period, id=f"{entry['id']}-{period}-{entry['sheet']}")


def find_sheet(sheets: dict, name: str) -> list[list[str]]:
    """The sheet registered as `name`: its own name, or the whole-word name it now has (the
    longest sheet name that is a prefix of the name the register recorded when names were
    cut mid-word: "03 Timmar och belopp", not "03 Timmar")."""
    if name in sheets:
        return sheets[name]
    found = sorted((sheet for sheet in sheets if name.startswith(sheet)), key=len)
    assert found, f"no sheet named {name!r} or a prefix of it"
    longest = [sheet for sheet in found if len(sheet) == len(found[-1])]
    assert len(longest) == 1, f"no one sheet named {name!r} ({longest})"
    return sheets[longest[0]]


@pytest.mark.parametrize(("entry", "period"), list(_sheet_cases()))
def test_source_figure_in_the_workbook_as_shown(entry, period, spreadsheet):
    """The figure in its sheet, row and column, as LibreOffice (Swedish locale) shows it."""
    columns, body = sheet_rows(find_sheet(spreadsheet(period), entry["sheet"]))
    column = shown_as_read(entry["column"])
    label, _, nth = entry["row"].partition("@")
    hits = [row for row in body if column in columns
            and _row_matches(shown_as_read(label), dict(zip(columns, row, strict=True)), column)]
    if nth:
        hits = hits[int(nth) - 1:int(nth)]
    cells = [row[columns.index(column)] for row in hits]
    figure = shown_as_read(entry["computed"] if entry["status"] == "flagged"
                           else entry["expected"])
    assert cells, f"{entry['sheet']}: no row {entry['row']!r} with a column {column!r}"
    assert any(_cell_shows(cell, figure) for cell in cells), \
        f"{entry['sheet']} / {entry['row']} / {column} shows {cells}, expected {figure!r}"
