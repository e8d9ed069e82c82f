"""Hostile operating statement (areas/budget/report.py): a prognos typed with every sign
the other way round (income positive, costs negative, in driftredovisning and
kostnadsstalle_netto alike) passed every check and published a resultat of +37 942 tkr
in green; now a failed check naming the column (itvt check exits 1, nothing published)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, open_report
from itvt_lib.core.checks import FAIL

PROGNOS = "2024,2024-02,prognos,"


def _flip(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(PROGNOS) and ",Kommunbidrag," not in line:
            head, value = line.rsplit(",", 1)
            if value not in ("-", "0", ""):
                value = value[1:] if value.startswith("-") else f"-{value}"
            line = f"{head},{value}"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_prognos_with_reversed_signs_fails_a_check(data_dir):
    _flip(data_dir / "driftredovisning.csv")
    _flip(data_dir / "kostnadsstalle_netto.csv")
    ctx = open_report("2024-02", data_dir=data_dir)
    result = [(c.description, c.actual, c.status) for c in budget.checks(ctx)
              if c.description.startswith("Tecken")]
    expected = [("Tecken Prognos 2024: intäkter negativa, kostnader positiva",
                 "intäkter 17\xa0750, kostnader −36\xa0721", FAIL)]
    assert result == expected


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_the_papers_signs_give_no_sign_check(period):
    result = [c for c in budget.checks(open_report(period)) if c.description.startswith("Tecken")]
    assert result == []


@pytest.mark.parametrize(("intakter", "kostnader", "expected"), [
    (-17750.0, 36721.0, False), (0.0, 0.0, False), (17750.0, -36721.0, True),
    (1.0, 36721.0, True), (-17750.0, -1.0, True),
])
def test_signs_reversed(intakter, kostnader, expected):
    from itvt_lib.areas.budget.statement import signs_reversed

    result = signs_reversed(intakter, kostnader)
    assert result is expected
