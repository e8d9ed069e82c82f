"""A month whose export repeats the previous month's (0 hours) or whose hours so far fell
(−5 hours) was explained only in page 03's summary of the report's month: sheet 03's
change table and monthly overview showed 0 and −5 unmarked, and a month earlier in the
year (reported in March) was explained nowhere. Each such month is footnoted under the
change table (the report's month) and under the overview (every month so far)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib.areas import load_dataset, project_months, projects

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "03-projekttid.ipynb"
HEADER = "period,projektnummer,projekt,timmar,belopp_kr\n"
FELL = ("Anmärkning: under februari minskar timmarna hittills i år för 1240 Förrätt "
        "(−5 timmar): månadens timmar är skillnaden mellan exporterna, inte använda timmar.")
SAME = ("Anmärkning: under februari visas 0 timmar: exporten för 2024-02 är densamma som för "
        "2024-01.")


def _exports(data_dir, january: str, march: str | None = None):
    folder = data_dir / "projekttid"
    (folder / "2024-01.csv").write_text(HEADER + january, encoding="utf-8")
    if march:
        (folder / "2024-03.csv").write_text(HEADER + march, encoding="utf-8")
    return load_dataset(data_dir)[projects.EXPORTS]


@pytest.mark.parametrize(("january", "expected"), [
    ("2024-01,1240,Förrätt,150,59000\n2024-01,1244,Interna e-tjänster,2,710\n", FELL),
    ("2024-01,1240,Förrätt,145,57562\n2024-01,1244,Interna e-tjänster,2,710\n", SAME),
    ("2024-01,1240,Förrätt,100,39000\n2024-01,1244,Interna e-tjänster,2,710\n", ""),
], ids=["fell", "repeated", "hours-used"])
def test_the_report_month_noted_under_the_change_table(data_dir, january, expected):
    exports = _exports(data_dir, january)
    result = (project_months.month_note(exports, "2024-02"),
              project_months.overview_notes(exports, "2024-02"))
    assert result == (expected, [expected] if expected else [])


def test_an_earlier_month_noted_under_the_overview(data_dir):
    exports = _exports(data_dir, "2024-01,1240,Förrätt,150,59000\n"
                                 "2024-01,1244,Interna e-tjänster,2,710\n",
                       "2024-03,1240,Förrätt,200,79000\n2024-03,1244,Interna e-tjänster,2,710\n")
    result = (project_months.month_note(exports, "2024-03"),
              project_months.overview_notes(exports, "2024-03"))
    assert result == ("", [FELL])


@pytest.mark.parametrize("period", ["2023-12", "2024-02", "2024-01"])
def test_no_note_on_the_shipped_exports(dataset, period):
    exports = dataset[projects.EXPORTS]
    result = (project_months.month_note(exports, period),
              project_months.overview_notes(exports, period))
    assert result == ("", [])


def test_page_03_shows_the_notes_under_both_tables():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    result = ([c for c in cells if "projects.change_table(" in c][0].count(
        "project_months.month_note(exports, ctx.period)"),
              [c for c in cells if "projects.monthly_overview(" in c][0].count(
        "project_months.overview_notes(exports, ctx.period)"))
    assert result == (1, 1)
