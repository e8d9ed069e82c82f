"""Page 03's note under rows that do not add up to the Totalsumma ended "(en
avrundningsdifferens, eller den publicerade Totalsumman)" also where the period has no
published Totalsumma (the Totalsumma is then the sum of the export's unrounded hours): it
names the published Totalsumma only for a column whose totals are all published."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report, projects

ROUNDING = " (en avrundningsdifferens)."
PUBLISHED = " (en avrundningsdifferens, eller den publicerade Totalsumman)."


def _context(data_dir, published):
    export = data_dir / "projekttid" / "2024-02.csv"
    text = export.read_text(encoding="utf-8")
    export.write_text(text.replace(",Förrätt,145,", ",Förrätt,145.5,").replace(
        ",Interna e-tjänster,2,", ",Interna e-tjänster,1.5,"), encoding="utf-8")
    totals = data_dir / "projekttid_totaler.csv"
    lines = totals.read_text(encoding="utf-8").splitlines(keepends=True)
    totals.write_text("".join(line for line in lines if published
                              or not line.startswith("2024-02,")), encoding="utf-8")
    return open_report("2024-02", data_dir)


@pytest.mark.parametrize("published, tail", [(True, PUBLISHED), (False, ROUNDING)])
def test_the_project_table_names_a_published_totalsumma_only_where_there_is_one(
        data_dir, published, tail):
    ctx = _context(data_dir, published)
    result = projects.unsummed_projects(projects.table_for(ctx), projects.published_columns(
        ctx.dataset[projects.TOTALS], ctx.period))
    assert len(result) == 1 and result[0].endswith(tail)


@pytest.mark.parametrize("published, expected", [
    (True, {"Timmar", "Belopp (kr)", "Timmar hittills i år"}),
    (False, set()),
])
def test_the_columns_with_a_published_totalsumma(data_dir, published, expected):
    ctx = _context(data_dir, published)
    result = projects.published_columns(ctx.dataset[projects.TOTALS], ctx.period)
    assert result == expected
