"""A projektnummer under another projekt than in the export it is compared with (the
previous month's, or the same period last year) is a rename or a number reused for another
project: the change table counts it as one project, so the checks page warns and names it."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import project_exports, projects
from itvt_lib.core.checks import Check

HEADER = "period,projektnummer,projekt,timmar,belopp_kr"
DESCRIPTION = "Samma projektnummer betyder samma projekt (2024-01 och 2024-02)"


@pytest.mark.parametrize(("january", "expected"), [
    ("2024-01,1244,Ny webbplats,1,355",
     Check("Projekttid", DESCRIPTION, "samma projekt", "1 med annat namn", 0.0, "warn",
           "1244: Ny webbplats (2024-01), Interna e-tjänster (2024-02): förändringen räknas "
           "som ett och samma projekt")),
    ("2024-01,1244, Interna e-tjänster ,1,355",
     Check("Projekttid", DESCRIPTION, "samma projekt", "samma projekt", 0.0, "pass", "")),
    ("2024-01,1244,INTERNA  E-TJÄNSTER,1,355",
     Check("Projekttid", DESCRIPTION, "samma projekt", "samma projekt", 0.0, "pass", "")),
])
def test_a_number_under_another_name_is_a_warning(data_dir, january, expected):
    (data_dir / "projekttid" / "2024-01.csv").write_text(f"{HEADER}\n{january}\n",
                                                         encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = [c for c in projects.checks(ctx) if "projektnummer" in c.description]
    assert result == [expected]


def test_renamed_projects_are_numbers_in_both_exports_with_other_names():
    frame = pd.DataFrame({"period": ["2023-04", "2023-04", "2024-04", "2024-04", "2024-04"],
                          "projektnummer": ["1", "2", "1", "2", "3"],
                          "projekt": ["A", "B", "A", "C", "D"]})
    result = project_exports.renamed_projects(frame, "2024-04", "2023-04")
    expected = [("2", "B", "C")]
    assert result == expected
