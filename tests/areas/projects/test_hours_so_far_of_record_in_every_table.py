"""Page 03's hours so far in the year are one figure wherever they stand: the Totalsumma
of record where the report published one (as the project table, the summary and the start
page show it), the month's hours its change since the previous export.

TEST data: a January export (1240 Förrätt 100, 1244 Interna e-tjänster 1: 101 hours,
no Totalsumma of record) and February's with its project lines rounded to 146 + 2 = 148
against the Totalsumma of record 147 (within the tolerance of 0,5 hour per line: an
avrundningsdifferens). Every table then shows 147 hours so far and 147 − 101 = 46 for
February. Summed line by line, the change table's Totalsumma showed 148 under the project
table's 147, and the month 47.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import projects


@pytest.fixture
def ctx_rounded(ctx_2024):
    exports = ctx_2024.dataset[projects.EXPORTS]
    february = exports[exports["period"] == "2024-02"].copy()
    february["timmar"] = [146.0, 2.0]
    january = february.assign(period="2024-01", timmar=[100.0, 1.0], belopp_kr=[39700.0, 355.0])
    changed = pd.concat([exports[exports["period"] < "2024-01"], january, february],
                        ignore_index=True)
    return with_tables(ctx_2024, **{projects.EXPORTS: changed})


def test_the_project_table_shows_the_total_of_record(ctx_rounded):
    result = projects.table_for(ctx_rounded).loc[projects.TOTAL_LABEL, projects.TIMMAR]
    assert result == 147.0


@pytest.mark.parametrize(("column", "expected"), [
    ("Timmar hittills i år", 147.0),
    ("Under februari", 46.0),
])
def test_the_change_tables_total_is_of_record(ctx_rounded, column, expected):
    ds = ctx_rounded.dataset
    table = projects.change_table(ds[projects.EXPORTS], ctx_rounded.period,
                                  totals=ds[projects.TOTALS])
    result = table.loc[projects.TOTAL_LABEL, column]
    assert result == expected


def test_the_monthly_overview_is_of_record(ctx_rounded):
    ds = ctx_rounded.dataset
    result = projects.monthly_overview(ds[projects.EXPORTS], ctx_rounded.period, 2080.0,
                                       ds[projects.TOTALS])
    expected = pd.DataFrame({projects.HITTILLS: [101.0, 147.0],
                             "Timmar under månaden": [101.0, 46.0],
                             projects.YTD_FTE: [101.0 / (2080 / 12), 147.0 / (2080 * 2 / 12)]},
                            index=pd.Index(["januari", "februari"], name="Månad"))
    pd.testing.assert_frame_equal(result, expected)


def test_the_accumulated_hours_are_of_record(ctx_rounded):
    ds = ctx_rounded.dataset
    result = projects.cumulative_hours(ds[projects.EXPORTS], ctx_rounded.period,
                                       ds[projects.TOTALS])["2024"].tolist()
    assert result == [101.0, 147.0]


def test_the_summary_names_the_months_hours_as_the_tables_show_them(ctx_rounded):
    result = projects.summary(ctx_rounded)
    assert "Under februari har 46 timmar använts." in result
