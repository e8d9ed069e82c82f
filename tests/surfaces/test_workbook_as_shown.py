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

import html
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from conftest import PACKET_PERIODS

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice")
_SPACES = re.compile(r"[\u00a0\u202f ]+")
HEADING_ROWS = 3  # Källa, Period, the table's title; then the column labels


def shown_as_read(text: str) -> str:
    """A cell's text as a reader compares it (white-space kinds folded, ends trimmed)."""
    return _SPACES.sub(" ", html.unescape(text)).strip()


def spreadsheet_html(book: Path, workdir: Path) -> str:
    """`book` converted by LibreOffice in a Swedish locale: every sheet as an HTML table."""
    if SOFFICE is None:
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


@pytest.fixture(scope="session")
def spreadsheet(packets, tmp_path_factory):
    """Each period's tabeller.xlsx as LibreOffice shows it (converted once per period)."""
    @cache
    def sheets(period: str) -> dict[str, list[list[str]]]:
        workdir = tmp_path_factory.mktemp(f"calc-{period}")
        return sheets_of(spreadsheet_html(packets / period / "tabeller.xlsx", workdir))
    return sheets


def page_of(packets: Path, period: str, sheet: str) -> str:
    """The page a sheet comes from: the notebook whose number starts the sheet's name."""
    number = sheet.split(" ", 1)[0]
    (found,) = [p.stem for p in (packets / period).glob(f"{number}-*.html")]
    return found


def _body(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
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


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_every_sheet_reads_as_its_page(packets, page, spreadsheet, period):
    """Every cell of every sheet, as the spreadsheet shows it, is the page's cell text."""
    sheets = spreadsheet(period)
    assert sheets, "tabeller.xlsx has no sheets"
    used: dict[str, set[int]] = {}
    problems = []
    for name, rows in sheets.items():
        columns, body = _body(rows)
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
