"""A property of every rendered table, page and sheet: each figure reads as its kind says.

Rules, checked on every table of both periods' pages (the kinds each table declared, read
from the executed notebooks) and on every key figure of the start pages:
- a share or a percent reads "n %" with 0 ≤ n ≤ 100, never as a bare fraction ("0,4"); a
  change in percent (a signed kind: "+121,5 %", an adopted budget's change) may pass 100;
- an amount or count whose kind has no decimals shows no decimal comma;
- a year reads as four digits without grouping ("2023", not "2 023");
- every number column declares a kind (a plain formatting function declares none).
"""

from __future__ import annotations

import re

import pytest
from conftest import PACKET_PERIODS

from itvt_lib.core.formatting import AMOUNT, COUNT, PERCENT, SHARE, YEAR, Kind
from itvt_lib.publishing.workbook import page_tables

pytestmark = pytest.mark.slow

_PERCENT = re.compile(r"^[+\u2212]?(\d{1,3}(?:\u00a0\d{3})*|\d+)(,\d+)?\u00a0%$")


def percent_number(text: str) -> float | None:
    """The number of a "43,6 %" text, or None when the text is not a percent."""
    match = _PERCENT.match(text)
    if not match:
        return None
    return float((match.group(1) + (match.group(2) or "")).replace("\u00a0", "")
                 .replace(",", "."))


def problems_of(kind: Kind, text: str) -> str | None:
    """What is wrong with `text` as a rendering of `kind` (None: nothing)."""
    if text in (kind.missing, "", "..", "uppgift saknas") or text == kind.zero:
        return None
    if kind.name in (SHARE, PERCENT):
        number = percent_number(text)
        if number is None:
            return "not a percent"
        if number > 100 and not kind.signed:
            return "above 100 %"
    elif kind.name in (AMOUNT, COUNT) and kind.decimals == 0 and "," in text:
        return "a decimal where the kind has none"
    elif kind.name == YEAR and not re.fullmatch(r"\d{4}", text):
        return "not a four-digit year"
    return None


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_every_table_cell_reads_as_its_kind(packets, period):
    found, problems = 0, []
    for executed in sorted((packets / period / "notebooks").glob("*.ipynb")):
        for table in page_tables(executed):
            for j, raw in enumerate(table["kinds"]):
                if table["numeric"][j] and raw is None:
                    problems.append(f"{executed.stem} / {table['title']} / "
                                    f"{table['columns'][j]}: no kind declared")
                if raw is None:
                    continue
                kind = Kind(**raw)
                for row in table["texts"]:
                    found += 1
                    wrong = problems_of(kind, row[j])
                    if wrong:
                        problems.append(f"{executed.stem} / {table['title']} / "
                                        f"{table['columns'][j]}: {row[j]!r} {wrong}")
    assert found > 500  # every page's tables were read
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_no_key_figure_shows_a_percent_above_100(page, period):
    start = page(period, "index")
    texts = [cell for table in start.tables for _, cells in table.rows
             for cell in cells.values() if cell.endswith("%")]
    texts += re.findall(r"[+\u2212]?[\d\u00a0]+(?:,\d+)?\u00a0%", start.text)
    assert texts, "the start page shows no percent"
    wrong = [t for t in texts if (n := percent_number(t.strip())) is None or n > 100]
    assert not wrong, wrong


@pytest.mark.parametrize(("kind_name", "text", "expected"), [
    (SHARE, "43,6\u00a0%", None), (SHARE, "9\u00a0300\u00a0%", "above 100 %"),
    (SHARE, "0,4", "not a percent"), (AMOUNT, "8\u00a0271,4", "a decimal where the kind has none"),
    (YEAR, "2\u00a0023", "not a four-digit year"), (YEAR, "2023", None)])
def test_the_property_can_fail(kind_name, text, expected):
    """The rules above catch the defects they are about (9 300 %, a bare fraction, …)."""
    assert problems_of(Kind(kind_name), text) == expected
