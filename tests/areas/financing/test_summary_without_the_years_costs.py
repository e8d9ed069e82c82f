"""Hostile month (areas/financing/sentences.py): kostnadsstalle_netto without the period's
prognos left the models nothing to split, and the start page said "Med nuvarande modell
betalar  (prognos 2024)." and nothing about the other models; now one sentence says the
models have no basis for the year (a model whose figures are missing keeps its own sentence)."""

from __future__ import annotations

from itvt_lib.areas import financing, open_report


def test_no_cost_of_the_year_says_the_models_have_no_basis(data_dir):
    path = data_dir / "kostnadsstalle_netto.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("2024,2024-02,")),
                    encoding="utf-8")
    result = financing.summary(open_report("2024-02", data_dir=data_dir))
    expected = ["Finansieringsmodellerna saknar underlag för 2024 (uppgift saknas)."]
    assert result == expected
