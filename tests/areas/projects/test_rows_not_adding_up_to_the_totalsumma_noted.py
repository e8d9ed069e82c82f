"""Page 03's tables, each row in whole hours: an export of 144,5 and 2,5 hours showed rows
145 and 3 beside a Totalsumma of 147 (of record), in the project table and in the
comparison table's "Timmar hittills i år". A reader's (or a spreadsheet's) sum of the
column disagreed with the Totalsumma and, unlike the tables on page 01, nothing under the
tables said why."""

from __future__ import annotations

import json

import pytest

from itvt_lib.areas import open_report, projects
from itvt_lib.core.paths import NOTEBOOKS_DIR

NOTE = ("Raderna, var för sig avrundade till hela {unit}, går inte ihop med summaraden: "
        "{column}: projekten summerar till 148 timmar, Totalsumma visar 147 timmar (en "
        "avrundningsdifferens, eller den publicerade Totalsumman).")


def _context(data_dir, hours):
    export = data_dir / "projekttid" / "2024-02.csv"
    text = export.read_text(encoding="utf-8")
    for name, before, after in (("Förrätt", 145, hours[0]), ("Interna e-tjänster", 2, hours[1])):
        row = f",{name},{before},"
        assert row in text
        text = text.replace(row, f",{name},{after},")
    export.write_text(text, encoding="utf-8")
    return open_report("2024-02", data_dir)


def _changes(ctx):
    return projects.change_table(ctx.dataset[projects.EXPORTS], ctx.period,
                                 totals=ctx.dataset[projects.TOTALS])


def _published(ctx):
    return projects.published_columns(ctx.dataset[projects.TOTALS], ctx.period)


def test_half_hours_are_noted_under_the_project_table(data_dir):
    ctx = _context(data_dir, (144.5, 2.5))
    result = projects.unsummed_projects(projects.table_for(ctx), _published(ctx))
    expected = [NOTE.format(unit="timmar och kr", column="Timmar")]
    assert result == expected


def test_half_hours_are_noted_under_the_comparison_table(data_dir):
    ctx = _context(data_dir, (144.5, 2.5))
    result = projects.unsummed_projects(_changes(ctx), _published(ctx))
    expected = [NOTE.format(unit="timmar", column="Timmar hittills i år")]
    assert result == expected


@pytest.mark.parametrize("hours", [(145, 2), (144.4, 2.6)])
def test_rows_that_add_up_as_shown_carry_no_note(data_dir, hours):
    ctx = _context(data_dir, hours)
    result = projects.unsummed_projects(projects.table_for(ctx)) + \
        projects.unsummed_projects(_changes(ctx))
    assert result == []


def test_the_page_shows_the_notes_under_both_tables():
    source = "".join("".join(cell["source"]) for cell in json.loads(
        (NOTEBOOKS_DIR / "03-projekttid.ipynb").read_text(encoding="utf-8"))["cells"])
    result = source.count("projects.unsummed_projects(")
    assert result == 2
