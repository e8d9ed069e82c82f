"""Time edges (areas/budget): a prognos made in December (the last one before the annual
report) and the year's utfall were both drawn at "dec" on page 01's forecast chart, under
one legend "Prognos (utfall i december)": two points at one month, nothing to tell the
reader which is the utfall. The utfall now bears its own label when a December prognos
shares its month; otherwise every point keeps its short month."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget, open_report

DECEMBER_PROGNOS = ("2023,2023-12,prognos,Intäkter,-9000\n"
                    "2023,2023-12,prognos,Personalkostnader,14200\n"
                    "2023,2023-12,prognos,\"Lokalkostnader, energi, VA\",8\n"
                    "2023,2023-12,prognos,Övriga kostnader,15500\n"
                    "2023,2023-12,prognos,Kapitalkostnader,5800\n"
                    "2023,2023-12,prognos,Kommunbidrag,26210\n")


def chart_with_december_prognos(data_dir) -> pd.DataFrame:
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8") + DECEMBER_PROGNOS, encoding="utf-8")
    ctx = open_report("2023-12", data_dir)
    return budget.forecast_chart_for(ctx, budget.forecast_history_for(ctx))


def test_utfall_and_december_prognos_bear_different_labels(data_dir):
    result = list(chart_with_december_prognos(data_dir).index)
    expected = ["dec", "utfall"]
    assert result == expected


def test_december_label_is_the_prognos(data_dir):
    result = chart_with_december_prognos(data_dir).loc["dec", "Prognos (utfall i december)"]
    expected = 26210.0 - (-9000 + 14200 + 8 + 15500 + 5800)
    assert result == pytest.approx(expected)


@pytest.mark.parametrize("kinds, expected", [
    ([("2024-01", "prognos"), ("2024-12", "utfall")], ["jan", "dec"]),
    ([("2024-11", "prognos"), ("2024-12", "prognos"), ("2024-12", "utfall")],
     ["nov", "dec", "utfall"]),
    ([("2024-02", "prognos"), ("2024-03", "prognos")], ["feb", "mar"]),
])
def test_chart_labels(kinds, expected):
    history = pd.DataFrame(kinds, columns=["period", "kind"])
    result = budget.forecast.chart_labels(history)
    assert result == expected
