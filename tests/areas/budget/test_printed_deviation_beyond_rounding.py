"""Hostile published.csv (areas/budget/report.py): the annual report 2023's avvikelse of
Summa nettokostnader typed −2 190 instead of −219. The start page's key figure beside the
computed −220 said "Förvaltningsberättelse 2023 trycker −2 190 tkr … skillnaden är en
avrundningsdifferens": a typo of 1 970 tkr explained away as rounding. The note calls a
difference rounding only within the tolerance; beyond it the note says so and gives the
row's own note from published.csv."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, open_report

ROW = "Förvaltningsberättelse 2023,2023-12,driftredovisning,2023,avvikelse,Summa nettokostnader,-219,"


@pytest.mark.parametrize(("printed", "note", "expected"), [
    ("-219", "", "skillnaden är en avrundningsdifferens."),
    ("-2190", "", "skillnaden är större än en avrundningsdifferens."),
    ("-2190", "Tryckfel i rapporten.",
     "skillnaden är större än en avrundningsdifferens: Tryckfel i rapporten."),
])
def test_printed_deviation_note_calls_only_a_rounding_difference_rounding(
        data_dir, printed, note, expected):
    published = data_dir / "published.csv"
    text = published.read_text(encoding="utf-8")
    assert ROW + "\n" in text
    published.write_text(text.replace(ROW + "\n", ROW.replace(",-219,", f",{printed},") + note
                                      + "\n"), encoding="utf-8")
    figure = budget.key_figures(open_report("2023-12", data_dir))[-1]
    result = (figure.published, figure.note.endswith("; " + expected))
    assert result == (float(printed), True)
