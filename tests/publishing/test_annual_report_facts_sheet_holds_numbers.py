"""The annual report's facts (page 08, "93 %", "1 350", a decision's date) in
tabeller.xlsx: a fact with a percent or a count is a number under its format, as the page
shows it, never a text that looks like one; a fact given as text stays text."""

from __future__ import annotations

import pandas as pd
import pytest
from sheet_of_a_table import sheet_of

from itvt_lib.areas import annual_report
from itvt_lib.core.presentation import committee_table


class _Ctx:
    def __init__(self, rows):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": 2023})()


ROWS = pd.DataFrame({
    "year": [2023] * 5,
    "post": ["nojda_inringare", "datorer_utbytta", "nya_medarbetare", "examensarbeten",
             "internkontrollplan_antagen"],
    "varde": [93.5, 1350.0, 0.0, 2.0, None],
    "text": [None, None, None, None, "§ 9/2023-03-01"],
    "enhet": ["%", "st", "st", None, None], "kalla": [""] * 5})


@pytest.fixture
def sheet(tmp_path):
    facts, kinds = annual_report.fact_figures(_Ctx(ROWS))
    return sheet_of(committee_table(facts, row_kinds=kinds, caption="Uppgifter"), tmp_path)


@pytest.mark.parametrize(("fact", "expected"), [
    ("Nöjda inringare till servicedesk", (0.935, "n", '#,##0.0" "%')),
    ("Utbytta datorer", (1350, "n", "#,##0")),
    ("Nya medarbetare", (0, "n", "#,##0")),
    ("Examensarbeten", (2, "n", "#,##0")),
    ("Internkontrollplanen antagen (beslut)", ("§ 9/2023-03-01", "s", "General")),
])
def test_a_fact_is_a_number_under_its_format(sheet, fact, expected):
    (cell,) = sheet[fact]
    result = (cell.value, cell.data_type,
              cell.number_format.split(";")[0].replace("\u00a0", " "))
    assert result == (pytest.approx(expected[0]) if cell.data_type == "n" else expected[0],
                      *expected[1:])


def test_the_page_reads_as_before():
    result = list(annual_report.facts_for(_Ctx(ROWS))["Värde"])
    expected = ["93,5\u00a0%", "1\u00a0350", "0", "2", "§ 9/2023-03-01"]
    assert result == expected
