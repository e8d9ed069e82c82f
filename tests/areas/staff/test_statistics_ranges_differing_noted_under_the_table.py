"""Where the measurement a year earlier covers other months (a year's sick leave against
six months), page 07's range sentence above the table said the change compares different
periods, but sheet 07 (which takes a table's footnotes, not the paragraph above it) and
the summary on the start page showed the change with no word. A footnote under the table
names both ranges and the summary says the changes compare different periods."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib.areas import open_report, staff

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "07-personal.ipynb"
ROWS_2022 = "2022-11,,,"
ROWS_2023 = "2023-11,2022-12-01,2023-11-30,"
SAID = "Förändringarna jämför olika statistikperioder (se sidans fotnot)."


def _ctx(data_dir, earlier: str, now: str):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    assert ROWS_2022 in text and ROWS_2023 in text
    path.write_text(text.replace(ROWS_2022, f"2022-11,{earlier},")
                    .replace(ROWS_2023, f"2023-11,{now},"), encoding="utf-8")
    return open_report("2023-12", data_dir)


@pytest.mark.parametrize(("earlier", "now", "expected"), [
    ("2021-12-01,2022-11-30", "2023-06-01,2023-11-30",
     ["Anmärkning: förändringen jämför olika perioder: siffrorna för Nov 2023 gäller "
      "2023-06-01–2023-11-30, de för Nov 2022 2021-12-01–2022-11-30."]),
    ("2021-12-01,2022-11-30", "2022-12-01,2023-11-30", []),   # a year on
    ("2022-01-01,2022-11-30", "2023-01-01,2023-11-30", []),   # january to the month, a year on
    (",", "2022-12-01,2023-11-30", []),                        # the earlier not stated
], ids=["other-months", "a-year-on", "year-to-date", "not-stated"])
def test_a_change_between_other_months_noted(data_dir, earlier, now, expected):
    ctx = _ctx(data_dir, earlier, now)
    result = (staff.range_notes(ctx), staff.summary(ctx)[-1] == SAID)
    assert result == (expected, bool(expected))


def test_page_07_shows_the_range_note_under_its_table():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    result = [c for c in cells if "staff.display_table(table)" in c]
    assert len(result) == 1 and "staff.range_notes(ctx)" in result[0]
