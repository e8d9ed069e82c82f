"""A check whose difference is exactly its tolerance passes also for amounts in the tens
of millions (kr), where a float sum carries noise beyond 1e-9: 26 165 527,12 published
against 26 165 520,12 summed (14 project lines × 0,5 kr) is 7,00, as printed."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report, projects
from itvt_lib.core.checks import compare, figure_difference

LINES = {"1230": "7273355.89", "1231": "3495230.73", "1232": "4615986.74",
         "1233": "8322727.4", "1234": "1307738.36"}


@pytest.mark.parametrize(("actual", "expected", "difference"), [
    (26165520.119999997, 26165527.12, 7.0),
    (29452818.069999997, 29452820.57, 2.5),
    (0.1 + 0.2, 0.3, 0.0),
    (101.004, 100.0, 1.004),
])
def test_the_difference_between_figures_as_a_spreadsheet_holds_them(actual, expected,
                                                                      difference):
    result = figure_difference(actual, expected)
    assert result == difference


@pytest.mark.parametrize(("actual", "status"), [
    (26165520.119999997, "pass"), (26165520.11, "fail"),
])
def test_a_difference_at_the_tolerance_passes(actual, status):
    result = compare("Projekttid", "summa", 26165527.12, actual, 7.0).status
    assert result == status


def test_the_project_sum_exactly_at_its_tolerance_passes(data_dir, params):
    path = data_dir / "projekttid" / "2023-12.csv"
    rows = []
    for line in path.read_bytes().decode("utf-8").split("\n"):
        cells = line.split(",")
        if len(cells) == 5 and cells[1] in LINES:
            cells[4] = LINES[cells[1]] + ("\r" if line.endswith("\r") else "")
        rows.append(",".join(cells))
    path.write_bytes("\n".join(rows).encode("utf-8"))
    totals = data_dir / "projekttid_totaler.csv"
    text = totals.read_bytes().decode("utf-8")
    assert "2023-12,3546,1338138," in text
    totals.write_bytes(text.replace("2023-12,3546,1338138,", "2023-12,3546,26165527.12,")
                       .encode("utf-8"))
    checks = projects.checks(open_report("2023-12", data_dir, params))
    result = [(c.status, c.tolerance) for c in checks if c.description.startswith("Summa belopp")]
    expected = [("pass", 7.0)]
    assert result == expected
