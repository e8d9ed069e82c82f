"""Hostile ledger amounts (areas/ledger.py): a year-to-date utfall of 1 413,4 tkr beside a
periodised budget of 18 971 × 2 / 12 = 3 161,8 tkr read "1 413 tkr, 1 748 tkr lägre än den
periodiserade budgeten (3 162 tkr)" on page 01, while the reader's 3 162 − 1 413 is 1 749
(the table's Avvikelse and the start page's key figure said 1 748 too). The avvikelse and
the sentence's difference are now those of the amounts as shown, in whole tkr."""

from __future__ import annotations

import pytest

from itvt_lib.areas import ledger, open_report

NB = "\u00a0"
HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def report_with(data_dir, kronor: str):
    """The shipped data with one salary posting in 2024 (konto 5011, IT Gemensamt)."""
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        HEADER + f"2024-02-15;1;5011;9100;;{kronor};lön\n", encoding="utf-8")
    return open_report("2024-02", data_dir)


@pytest.mark.parametrize("kronor, expected", [
    # 3 161,8 shown 3 162; 1 413,4 shown 1 413: 1 749, not 1 748,4 → 1 748
    ("1413400,00", f"1{NB}413 tkr, 1{NB}749 tkr lägre än den periodiserade budgeten "
                   f"(3{NB}162 tkr)."),
    # 3 161,8 and 3 161,6 both shown 3 162: no difference, not "1 tkr" (0,2 → 0 anyway)
    ("3161600,00", f"3{NB}162 tkr, i nivå med den periodiserade budgeten (3{NB}162 tkr)."),
    # 3 164,4 shown 3 164: 2 tkr higher, not 2,6 → 3 (beyond the tolerance of 1 tkr)
    ("3164400,00", f"3{NB}164 tkr, 2 tkr högre än den periodiserade budgeten (3{NB}162 tkr)."),
])
def test_the_sentence_states_the_difference_of_its_shown_amounts(data_dir, kronor, expected):
    ctx = report_with(data_dir, kronor)
    result = ledger.summary(ctx)[0]
    assert result.endswith(expected)


@pytest.mark.parametrize("kronor, expected", [("1413400,00", 1749.0), ("3161600,00", 0.0),
                                              ("3164400,00", -2.0)])
def test_the_table_and_key_figure_show_the_same_difference(data_dir, kronor, expected):
    ctx = report_with(data_dir, kronor)
    table = ledger.ytd_for(ctx)
    figure = [k for k in ledger.key_figures(ctx) if k.name.startswith("Avvikelse")][0]
    result = (table.loc["Summa nettokostnader", "Avvikelse"], figure.value)
    assert result == (expected, expected)


@pytest.mark.parametrize("planned, actual, expected", [
    (100.0, 99.5, "i nivå med"),        # both shown 100
    (100.4, 99.5, "i nivå med"),        # 100 and 100
    (100.5, 99.6, "1 tkr lägre än"),    # 101 and 100 (0,9 unrounded)
    (3161.8, 1413.4, f"1{NB}749 tkr lägre än"),
])
def test_ytd_compared_takes_the_shown_amounts(planned, actual, expected):
    result = ledger.ytd_compared(planned, actual, 0.0)
    assert result == expected
