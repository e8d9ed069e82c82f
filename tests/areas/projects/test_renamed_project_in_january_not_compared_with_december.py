"""Page 03's change table in January compares the export with the same period last year
only (January's month is its year to date), yet a projektnummer named otherwise in the
December export got a footnote "förändringen räknar dem som ett och samma projekt" and a
warning on the checks page: a false note on a rename at the turn of the year. The exports
a rename is looked for in are those the table compares (`compared_periods`)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report, projects
from itvt_lib.areas.project_exports import compared_periods
from itvt_lib.core.periods import Period

JANUARY = ("period,projektnummer,projekt,timmar,belopp_kr\n"
           "2024-01,1240,Förrätt,150,59000\n2024-01,1244,E-arkiv,2,710\n")   # 1244 in 2023-12:
RENAMED = "Samma projektnummer betyder samma projekt"                        # Interna e-tjänster


def _january(data_dir):
    (data_dir / "projekttid" / "2024-01.csv").write_text(JANUARY, encoding="utf-8")
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    rows = [line.replace(",2024-02,", ",2024-01,") for line in text.splitlines()
            if ",2024-02,prognos," in line]
    path.write_text(text + "\n".join(rows) + "\n", encoding="utf-8")
    return open_report("2024-01", data_dir)


@pytest.mark.parametrize(("period", "expected"), [
    ("2024-01", ["2023-01"]),
    ("2024-02", ["2024-01", "2023-02"]),
    ("2023-12", ["2023-11", "2022-12"]),
])
def test_compared_periods(period, expected):
    result = [str(p) for p in compared_periods(Period.parse(period))]
    assert result == expected


def test_no_rename_noted_in_january_against_december(data_dir):
    ctx = _january(data_dir)
    exports = ctx.dataset[projects.EXPORTS]
    result = (projects.renamed_notes(exports, ctx.period),
              [c.status for c in projects.checks(ctx) if c.description.startswith(RENAMED)])
    assert result == ([], [])
    labels = list(projects.change_table(exports, ctx.period).index)
    assert labels == ["1240 Förrätt", "1244 E-arkiv", "Totalsumma"]
