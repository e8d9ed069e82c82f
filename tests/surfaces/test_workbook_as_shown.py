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

from pathlib import Path

import pytest
from conftest import PACKET_PERIODS
from surface_reader import sheet_rows, shown_as_read

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
