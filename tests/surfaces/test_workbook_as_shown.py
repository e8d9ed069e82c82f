"""Each period's `tabeller.xlsx` as a spreadsheet shows it, against the page it comes from.

The spreadsheet is LibreOffice Calc (Debian's `libreoffice-calc-nogui`, installed by
`.ci/run`), headless, in a Swedish locale: it converts the workbook to HTML tables of each
cell's text *as shown* (number formats applied). Every sheet is one table of one page; every
cell must read as the page's cell does: the same rounding, sign (U+2212), "–" for zero,
"43,6 %", "2023", "uppgift saknas".
Rule for white space: a reader cannot tell NBSP, narrow NBSP and a space apart, so all three
compare as one space; nothing else is normalised.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from conftest import PACKET_PERIODS
from surface_reader import (
    HEADING_ROWS,
    marker_of,
    number_cells,
    sheet_rows,
    shown_as_read,
)

pytestmark = pytest.mark.slow

def page_of(packets: Path, period: str, sheet: str) -> str:
    """The page a sheet comes from: the notebook whose number starts the sheet's name."""
    number = sheet.split(" ", 1)[0]
    (found,) = [p.stem for p in (packets / period).glob(f"{number}-*.html")]
    return found


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_every_sheet_reads_as_its_page(packets, page, spreadsheet, period):
    """Every cell of every sheet, as the spreadsheet shows it, is the page's cell text."""
    sheets = spreadsheet(period)
    assert sheets, "tabeller.xlsx has no sheets"
    used: dict[str, set[int]] = {}
    problems = []
    for name, rows in sheets.items():
        columns, body = sheet_rows(rows)
        stem = page_of(packets, period, name)
        tables = page(period, stem).tables
        taken = used.setdefault(stem, set())
        match = next((i for i, t in enumerate(tables) if i not in taken
                      and [shown_as_read(c) for c in t.columns] == columns), None)
        assert match is not None, f"{period} {name}: no table on {stem} has columns {columns}"
        taken.add(match)
        table = tables[match]
        expected = [[shown_as_read(cells.get(c, "")) for c in table.columns]
                    for _, cells in table.rows]
        assert len(body) == len(expected), f"{period} {name}: {len(body)} rows, page has " \
                                           f"{len(expected)}"
        for got, want in zip(body, expected, strict=True):
            for column, g, w in zip(columns, got, want, strict=True):
                if g != w:
                    problems.append(f"{name} / {want[0]!r} / {column}: sheet shows {g!r}, "
                                    f"page shows {w!r}")
    assert not problems, f"{period}: {len(problems)} cells differ:\n" + "\n".join(problems[:40])


YEAR_TEXT = re.compile(r"(19|20)\d\d")


@pytest.fixture(scope="module")
def calc_numbers(calc_html):
    """Per period, which cells of each sheet LibreOffice holds as numbers (the same
    conversion the `spreadsheet` fixture reads)."""
    @cache
    def numbers(period: str) -> dict[str, list[list[bool]]]:
        return number_cells(calc_html(period))
    return numbers


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_a_year_in_a_table_is_a_number(spreadsheet, calc_numbers, period):
    """Rule: a table cell that shows a year alone ("2023") is stored as a number (a
    spreadsheet can sort, filter and chart the over-time sheets by year)."""
    numbers = calc_numbers(period)
    problems = []
    for name, rows in spreadsheet(period).items():
        columns, body = sheet_rows(rows)
        for r, row in enumerate(body):
            for j, cell in enumerate(row):
                if YEAR_TEXT.fullmatch(cell) and not numbers[name][HEADING_ROWS + 1 + r][j]:
                    problems.append(f"{name} / {row[0]!r} / {columns[j]}: {cell} is text")
    assert not problems, f"{period}: {len(problems)} years as text:\n" + "\n".join(problems)


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_a_footnote_marker_has_its_footnote_below_the_table(spreadsheet, period):
    """Rule: where a table cell carries a footnote marker ("14 959*"), a line below the
    table starts with that marker, as on the page."""
    problems, seen = [], 0
    for name, rows in spreadsheet(period).items():
        columns, body = sheet_rows(rows)
        below = [" ".join(c for c in row if c) for row in rows[HEADING_ROWS + 1 + len(body):]]
        for row in body:
            for column, cell in zip(columns[1:], row[1:], strict=True):
                marker = marker_of(cell)
                if marker is None:
                    continue
                seen += 1
                if not any(line.startswith(marker + " ") for line in below):
                    problems.append(f"{name} / {row[0]!r} / {column}: {cell!r} has no "
                                    f"footnote {marker!r} below the table")
    assert not problems, f"{period}:\n" + "\n".join(problems)
    assert seen, f"{period}: no marked cell in any sheet (the rule was not exercised)"


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_sheet_names_are_short_unique_whole_words(spreadsheet, period):
    """Rule: a sheet name, as the spreadsheet shows it, is at most 31 characters, unique
    (case aside), made of whole words of its table's title (the title stands in the sheet's
    third line) and does not end on a linking word ("och", "per") or a comma."""
    from itvt_lib.core.workbook import LINKING_WORDS

    sheets = spreadsheet(period)
    names = list(sheets)
    assert len({n.lower() for n in names}) == len(names), names
    problems = []
    for name, rows in sheets.items():
        title_words = set(re.sub(r"[\[\]:*?/\\']", "", f"{name.split(' ', 1)[0]} "
                                 f"{rows[HEADING_ROWS - 1][0]}").replace(",", " ").split())
        words = re.sub(r" \(\d+\)$", "", name).replace(",", " ").split()
        if len(name) > 31 or not set(words) <= title_words or \
                words[-1].lower() in LINKING_WORDS or name.endswith(","):
            problems.append(f"{name!r} (title {rows[HEADING_ROWS - 1][0]!r})")
    assert not problems, f"{period}:\n" + "\n".join(problems)
