"""The previous month's export saved again under the new period, but sorted another way
(by name, or the rows turned round), was not seen as a repeat: the month showed 0 hours for
every project without a word. Rows are now compared whatever their order."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import project_exports, projects


def _frame(march: list[tuple], april: list[tuple]) -> pd.DataFrame:
    rows = [("2024-03", *r) for r in march] + [("2024-04", *r) for r in april]
    return pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                       "belopp_kr"])


@pytest.mark.parametrize(("april", "expected"), [
    ([("2", "Beta", 2.0, 50.0), ("1", "Alfa", 10.0, 100.0)], True),
    ([("1", "Alfa", 10.0, 100.0), ("2", "Beta", 2.0, 50.0)], True),
    ([("2", "Beta", 10.0, 100.0), ("1", "Alfa", 2.0, 50.0)], False),
    ([("2", "Beta", 3.0, 50.0), ("1", "Alfa", 10.0, 100.0)], False),
], ids=["turned-round", "same-order", "hours-swapped", "new-hours"])
def test_same_as_previous_in_any_order(april, expected):
    march = [("1", "Alfa", 10.0, 100.0), ("2", "Beta", 2.0, 50.0)]
    result = project_exports.same_as_previous(_frame(march, april), "2024-04")
    assert result == expected


def test_a_repeated_export_sorted_otherwise_is_a_warning(data_dir):
    lines = (data_dir / "projekttid" / "2024-02.csv").read_text(encoding="utf-8").splitlines()
    turned = [lines[0], *(line.replace("2024-02,", "2024-01,") for line in lines[:0:-1])]
    (data_dir / "projekttid" / "2024-01.csv").write_text("\n".join(turned) + "\n",
                                                          encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = [c.status for c in projects.checks(ctx) if "skiljer" in c.description]
    expected = ["warn"]
    assert result == expected
