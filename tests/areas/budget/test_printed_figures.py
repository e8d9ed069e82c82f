"""The operating statement's printed figures: the notes when a printed figure differs from
the computed one, and their reasons.
"""

from __future__ import annotations

import pandas as pd
import pytest

# ---------------------------------------------------------------- budget: printed figures


@pytest.mark.parametrize(("period", "expected"), [
    ("2024-02", [
        "* Månadsrapport per 2024-02-29 anger prognos 2024: Personalkostnader 14\u00a0959 "
        "tkr. Tabellen visar det beräknade beloppet: Personalkostnader 14\u00a0929 tkr. "
        "Budgeten är 14\u00a0929 tkr och avvikelsen tryckt som –; summa kostnader "
        "36\u00a0721 tkr går ihop bara med 14\u00a0929 tkr.",
        "** Månadsrapport per 2024-02-29 anger utfall 2023: Lokalkostnader, energi, VA 2 "
        "tkr. Tabellen visar bokslutets belopp: Lokalkostnader, energi, VA 8 tkr. "
        "Förvaltningsberättelsen 2023 (fastställt bokslut) anger 8 tkr.",
        "Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
        "Bokslut 2023: raderna summerar till 35\u00a0546 tkr, Summa kostnader visar "
        "35\u00a0545 tkr; Bokslut 2023: kommunbidrag minus summa nettokostnader summerar "
        "till \u2212220 tkr, Resultat visar \u2212219 tkr (en avrundningsdifferens, eller "
        "bokslutets fastställda summa)."]),
    ("2023-12", [
        "* Förvaltningsberättelse 2023 anger avvikelse 2023: Summa kostnader 1\u00a0322, "
        "Summa nettokostnader \u2212219, Kapitalkostnader \u22121, Resultat 0 tkr. Tabellen "
        "visar de beräknade beloppen: Summa kostnader \u22121\u00a0322, Summa nettokostnader "
        "\u2212220, Kapitalkostnader \u22122, Resultat \u2212219 tkr. Summa kostnader: Med "
        "samma tecken som övriga rader är avvikelsen budget 34\u00a0223 \u2212 utfall "
        "35\u00a0545 = \u22121\u00a0322 tkr. Summa nettokostnader, Kapitalkostnader: "
        "Skillnaden är en avrundningsdifferens, eftersom tabellen räknar med de visade, "
        "avrundade beloppen. Resultat: Avvikelsen är tryckt som –, men resultatet \u2212219 "
        "tkr avviker från budgeten 0 tkr.",
        "Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
        "Bokslut 2022: raderna summerar till 30\u00a0266 tkr, Summa kostnader visar "
        "30\u00a0265 tkr; Utfall 2023: raderna summerar till 35\u00a0546 tkr, Summa "
        "kostnader visar 35\u00a0545 tkr; Avvikelse: raderna summerar till \u22121\u00a0323 "
        "tkr, Summa kostnader visar \u22121\u00a0322 tkr; Bokslut 2022: summa intäkter och "
        "summa kostnader summerar till 23\u00a0269 tkr, Summa nettokostnader visar "
        "23\u00a0270 tkr; Utfall 2023: kommunbidrag minus summa nettokostnader summerar "
        "till \u2212220 tkr, Resultat visar \u2212219 tkr; Avvikelse: kommunbidrag och "
        "summa nettokostnader summerar till \u2212220 tkr, Resultat visar \u2212219 tkr "
        "(en avrundningsdifferens, eller bokslutets fastställda summa)."]),
])
def test_budget_printed_figure_notes_exactly(period, expected):
    """The papers' printed figures (data/published.csv) against the computed ones: one note
    per column, the printed figures (zero as "0"), the computed ones and the reasons."""
    from itvt_lib.areas import budget, open_report

    _, notes = budget.statement_display_for(open_report(period))
    assert notes == expected


def test_budget_printed_figure_note_reasons_end_with_one_full_stop():
    """Rule: each reason ends with exactly one "."; the same reason twice is given once,
    headed by the posts it concerns."""
    from itvt_lib.areas import budget

    table = pd.DataFrame({"Utfall 2023": [5.0, 7.0]}, index=["A", "B"])
    differing = pd.DataFrame({
        "row": ["A", "B"], "column": ["Utfall 2023"] * 2, "printed": [4.0, 0.0],
        "shown": [5.0, 7.0], "source": ["Rapport"] * 2, "post": ["A", "B"],
        "measure": ["prognos"] * 2, "year": [2023] * 2, "note": ["Avrundat.", " Avrundat"]})
    shown, notes = budget.with_published(table, differing)
    assert notes == ["* Rapport anger prognos 2023: A 4, B 0 tkr. Tabellen visar de "
                     "beräknade beloppen: A 5, B 7 tkr. A, B: Avrundat."]
    assert shown["Utfall 2023, publicerad"].tolist() == ["4*", "–*"]


def test_budget_differing_published_rules():
    """Rules: a printed figure is listed when it differs from the shown cell by more than the
    tolerance (1 tkr: a difference of exactly 1 is not listed, 1,5 is); rows of another
    column, a missing printed figure or a row not in the table are skipped, and the rows
    after them are still read; a post is found under its alias; a missing note is ""."""
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    table = pd.DataFrame({"Prognos 2024": [10.0, 20.0, 30.0, 40.0]},
                         index=["A", "B", "Resultat", "D"])
    columns = [budget.StatementColumn("Prognos 2024", 2024, "prognos")]
    rows = [  # (year, measure, post, belopp, note)
        (2023, "utfall", "A", 99.0, None),      # no such column: skipped
        (2024, "prognos", "X", 99.0, None),     # not in the table: skipped
        (2024, "prognos", "B", None, None),     # no printed figure: skipped
        (2024, "prognos", "A", 11.0, None),     # within the tolerance, seen: a rounding note
        (2024, "prognos", "B", 21.5, None),     # beyond it, no note
        (2024, "prognos", "Summa", 32.0, "Avrundat"),  # alias of Resultat
        (2024, "prognos", "D", 40.4, "Lika"),   # rounds to the shown figure: not listed
    ]
    published = pd.DataFrame([("Rapport", "2024-02", "driftredovisning", *r) for r in rows],
                             columns=["source", "report_period", "section", "year", "measure",
                                      "post", "belopp", "note"])
    published.loc[len(published)] = ("Rapport", "2024-02", "annat", 2024, "prognos", "D", 1.0,
                                     None)
    result = budget.differing_published(published, Period(2024, 2), "driftredovisning", table,
                                        columns, 1.0, aliases={"Summa": "Resultat"})
    expected = pd.DataFrame({
        "row": ["A", "B", "Resultat"], "column": ["Prognos 2024"] * 3,
        "printed": [11.0, 21.5, 32.0], "shown": [10.0, 20.0, 30.0], "source": ["Rapport"] * 3,
        "post": ["A", "B", "Summa"], "measure": ["prognos"] * 3, "year": [2024] * 3,
        "note": [budget.ROUNDING_NOTE, "", "Avrundat"]})
    pd.testing.assert_frame_equal(result, expected)
