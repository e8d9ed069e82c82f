"""Page 05's avvikelse, per project, per kommun and in total, is the shown budget minus
the shown prognos/utfall (`budget.shown_avvikelse`): budget 100 beside prognos 98,5 (reads
99) read avvikelse 2 where a reader computes 100 − 99 = 1; a kommun row summed its
projects' unrounded avvikelser."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import investments
from itvt_lib.core.formatting import fmt_number
from itvt_lib.core.periods import Period


def _lines(rows):
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kommun", "projekt", "belopp"])


FRAME = _lines([
    (2024, None, "ursprunglig_budget", "A", "P1", 100.0),
    (2024, "2024-03", "prognos", "A", "P1", 98.5),     # reads 99
    (2024, None, "ursprunglig_budget", "A", "P2", 50.4),  # reads 50
    (2024, "2024-03", "prognos", "A", "P2", 50.0),
    (2024, None, "ursprunglig_budget", "B", "P3", 10.0),
    (2024, "2024-03", "prognos", "B", "P3", 9.5),       # reads 10
])


@pytest.mark.parametrize(("label", "expected"), [
    ("P1", 1.0),     # 100 − 99, not 1,5 → 2
    ("P2", 0.0),     # 50 − 50, not 0,4
    ("IT A", 1.0),   # 150 (150,4) − 149 (148,5), not 1,9 summed to 2
    ("P3", 0.0),     # 10 − 10, not 0,5 → 1
    ("IT B", 0.0),
    ("Summa", 2.0),  # 160 (160,4) − 158, not 2,4 summed
])
def test_each_rows_avvikelse_is_of_its_shown_amounts(label, expected):
    lines = investments.project_lines(FRAME, Period(2024, 3))
    rows = investments.investment_rows(lines, ["A", "B"], "Summa").set_index("label")
    row = rows.loc[label]
    result = row["avvikelse"]
    assert result == expected
    shown = [float(fmt_number(row[m]).replace("\u00a0", "").replace("\u2212", "-")
                   .replace("–", "0")) for m in ("budget", "prognos")]
    assert shown[0] - shown[1] == result
