"""Project hours' checks against the totals of record, with the parameters' tolerances.
"""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects
from itvt_lib.core.checks import Check


def _checks(period: str, hours: float, belopp: float, fte: float, tolerance: float):
    """The papers' Totalsumma against the sum of the projects (equal), within 0,5 per
    project line by default; published årsarbetare against the computed, rounded (equal:
    no note)."""
    return [
        Check("Projekttid", f"Summa timmar per projekt = Totalsumma ({period})", hours, hours,
              tolerance, "pass", ""),
        Check("Projekttid", f"Summa belopp per projekt = Totalsumma ({period}, kr)", belopp,
              belopp, tolerance, "pass", ""),
        Check("Projekttid", f"Publicerade årsarbetare ({period}) mot beräknade, en decimal",
              fte, fte, 0.0, "pass", ""),
    ]


# ---------------------------------------------------------------- checks


@pytest.mark.parametrize(("period", "hours", "belopp", "fte", "lines"), [
    ("2023-12", 3546.0, 1338138.0, 1.7, 14),  # the papers: 14 projects, 1,7 årsarbetare
    ("2024-02", 147.0, 58272.0, 0.4, 2),      # the papers: 2 projects, 0,4 årsarbetare
])
def test_checks_of_the_papers(ctx_2023, ctx_2024, period, hours, belopp, fte, lines):
    ctx = ctx_2023 if period == "2023-12" else ctx_2024
    assert projects.checks(ctx) == _checks(period, hours, belopp, fte, 0.5 * lines)


def test_checks_use_the_tolerances_of_the_parameters(dataset):
    """projekttid.tolerance_timmar 3 and tolerance_kr 4 per project line: × 2 lines."""
    ctx = report.open_report("2024-02", dataset=dataset, overrides={
        "projekttid": {"tolerance_timmar": 3, "tolerance_kr": 4}})
    result = projects.checks(ctx)
    assert [c.tolerance for c in result] == [6.0, 8.0, 0.0]
    assert [c.status for c in result] == ["pass", "pass", "pass"]


def test_a_total_of_record_beyond_the_tolerance_fails_without_a_note(data_dir):
    """TEST: published 150 hours and 58 000 kr for 2024-02 against the projects' 147 and
    58 272: both beyond 2 × 0,5; the total of record exists, so no note; no published
    årsarbetare, no third check."""
    (data_dir / "projekttid_totaler.csv").write_text(
        "period,timmar,belopp_kr,arsarbetare,source\n2024-02,150,58000,,TEST\n",
        encoding="utf-8")
    result = projects.checks(report.open_report("2024-02", data_dir))
    expected = [
        Check("Projekttid", "Summa timmar per projekt = Totalsumma (2024-02)", 150.0, 147.0,
              1.0, "fail", ""),
        Check("Projekttid", "Summa belopp per projekt = Totalsumma (2024-02, kr)", 58000.0,
              58272.0, 1.0, "fail", "")]
    assert result == expected
