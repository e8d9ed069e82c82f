"""A project in February's year-to-date export that is gone from March's (closed, or left
out of the export) counts 0 in March: its month is its fall. The comparison table left the
project out, so its Totalsumma "Under mars" (65) disagreed with the page's sentence and the
monthly overview (210 − 147 = 63). The project now keeps its row, 0 so far and −2."""

from __future__ import annotations

import pandas as pd

from itvt_lib.areas import projects

EXPORTS = pd.DataFrame(
    [("2024-02", "1240", "Förrätt", 145.0, 57562.0),
     ("2024-02", "1244", "Interna e-tjänster", 2.0, 710.0),
     ("2024-03", "1240", "Förrätt", 170.0, 67000.0),
     ("2024-03", "1250", "Ny växelplattform", 40.0, 15000.0)],
    columns=["period", "projektnummer", "projekt", "timmar", "belopp_kr"])


def test_a_project_gone_from_the_export_keeps_its_row():
    result = projects.change_table(EXPORTS, "2024-03")
    nan = float("nan")
    expected = pd.DataFrame(
        {"Timmar hittills i år": [170.0, 40.0, 0.0, 210.0],
         "Under mars": [25.0, 40.0, -2.0, 63.0],
         "Samma period 2023": [nan] * 4,
         "Förändring mot 2023": [nan] * 4},
        index=pd.Index(["1240 Förrätt", "1250 Ny växelplattform", "1244 Interna e-tjänster",
                        "Totalsumma"], name="Projekt"))
    pd.testing.assert_frame_equal(result, expected)


def test_the_month_total_of_the_table_is_the_fall_of_the_totals():
    result = projects.change_table(EXPORTS, "2024-03").loc["Totalsumma", "Under mars"]
    expected = projects.total_of(projects.month_figures(EXPORTS, "2024-03"))
    assert result == expected == 210.0 - 147.0
