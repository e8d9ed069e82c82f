"""The operating statement's checks, exact for both report periods: records, printed figures
and rows without a cell.

Figures come from the committee's papers (annual report 2023; monthly report per 2024-02-29)
or from the rule stated beside each case; rows marked TEST are made up to reach a branch
the embedded data does not. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
from conftest import sv

from itvt_lib.areas import budget
from itvt_lib.core.checks import Check
from itvt_lib.core.periods import Period

YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


CHECK_COLUMNS = ["area", "description", "expected", "actual", "tolerance", "status", "note"]


RECORD = "enligt bokslutet mot summan av raderna"


CENTRES_SUM = "Kostnadsställen summerar till nettokostnaden"


PRINTED = "Driftredovisning: publicerade siffror"


AREA = "Driftredovisning"


def _record_checks(year, intakter, kostnader, recorded):
    """The four record checks of a closed year: of record (`recorded`: summa intäkter,
    summa kostnader, nettokostnad, resultat, kommunbidrag) vs the sum of the papers' line
    items, resultat = kommunbidrag − nettokostnad (tolerance 1 tkr × the lines summed:
    1, 4, 5, 6), pass within it."""
    netto = intakter + kostnader
    rows = []
    for (label, lines), exp, act in zip(
            [("Summa intäkter", 1), ("Summa kostnader", 4), ("Summa nettokostnader", 5),
             ("Resultat", 6)], recorded, [intakter, kostnader, netto, recorded[4] - netto]):
        note = "avrundningsdifferens" if exp != act else ""
        rows.append((AREA, f"{label} {year}: {RECORD}", exp, act, float(lines), "pass", note))
    return rows


# Papers, annual report 2023 (bokslut_totaler.csv); the last figure is kommunbidrag.
RECORDS_2021 = _record_checks(2021, -6635.0, 8372.0 + 0 + 14951.0 + 3034.0,
                              (-6635.0, 26357.0, 19722.0, -3867.0, 15855.0))


RECORDS_2022 = _record_checks(2022, -6996.0, 10128.0 + 0 + 14615.0 + 5523.0,   # 30 266
                              (-6996.0, 30265.0, 23270.0, -4104.0, 19166.0))


RECORDS_2023 = _record_checks(2023, -9115.0, 14225.0 + 8.0 + 15499.0 + 5814.0,  # 35 546
                              (-9115.0, 35545.0, 26430.0, -219.0, 26210.0))


def _checks_frame(rows) -> pd.DataFrame:
    return pd.DataFrame([r if isinstance(r, tuple) else dataclasses.astuple(r) for r in rows],
                        columns=CHECK_COLUMNS).astype({"expected": "float64", "actual": "float64"})


# ---------------------------------------------------------------- checks


def test_checks_2023_12_exactly(ctx_2023):
    """Every check of the annual report 2023: the records of 2021–2023, the kostnadsställen
    (not grouped: 4 rows, tolerance 1 tkr × 4) against the shown nettokostnad for each column
    with all four figures (2021 has no IT/Växel split: skipped), and the printed figures
    (published.csv) against the shown cells, a difference beyond 1 tkr a warning."""
    centres = [  # (column, nettokostnad shown, sum of the kostnadsställen)
        ("Bokslut 2022", 23270.0, 22160.0 + 416.0 + 371.0 + 323.0),
        ("Budget 2023", 26210.0, 25930.0 + 0 + 0 + 280.0),
        ("Utfall 2023", 26430.0, 25975.0 + 0 + 0 + 454.0)]   # 26 429
    expected = _checks_frame(
        RECORDS_2021 + RECORDS_2022 + RECORDS_2023
        + [(AREA, f"{CENTRES_SUM} ({c})", shown, summed, 4.0, "pass",
            "avrundningsdifferens" if shown != summed else "") for c, shown, summed in centres]
        + [(PRINTED, "Förvaltningsberättelse 2023: Summa kostnader, avvikelse 2023", 1322.0,
            -1322.0, 1.0, "warn", "publicerat avviker från beräknat: "
            + f"Med samma tecken som övriga rader är avvikelsen budget {sv('34 223')} \u2212 "
            f"utfall {sv('35 545')} = {sv('-1 322')} tkr"),
           (PRINTED, "Förvaltningsberättelse 2023: Summa nettokostnader, avvikelse 2023",
            -219.0, 26210.0 - 26430.0, 1.0, "pass", "avrundningsdifferens"),
           (PRINTED, "Förvaltningsberättelse 2023: Kapitalkostnader, avvikelse 2023", -1.0,
            5812.0 - 5814.0, 1.0, "pass", "avrundningsdifferens"),
           (PRINTED, "Förvaltningsberättelse 2023: Resultat, avvikelse 2023", 0.0, -219.0, 1.0,
            "warn", "publicerat avviker från beräknat: Avvikelsen är tryckt som –, men "
            "resultatet \u2212219 tkr avviker från budgeten 0 tkr"),
           (PRINTED, "Förvaltningsberättelse 2023: Kommungemensamma, avvikelse 2023", -219.0,
            26210.0 - 26430.0, 1.0, "pass", "avrundningsdifferens"),
           (PRINTED, "Förvaltningsberättelse 2023: Summa verksamhet, avvikelse 2023", -219.0,
            26210.0 - 26430.0, 1.0, "pass", "avrundningsdifferens")])
    pd.testing.assert_frame_equal(_checks_frame(budget.checks(ctx_2023)), expected)


def test_checks_2024_02_exactly(ctx_2024):
    """Every check per 2024-02-29: the record of 2023, the kostnadsställen against the shown
    nettokostnad in each of the five columns (the papers' Summa SeN IT row), and the two
    printed figures that differ (published.csv)."""
    centres = [("Bokslut 2023", 26430.0, 25975.0 + 454.0),
               ("Urspr. budget 2024", 18995.0, 18371.0 + 624.0),
               ("Tillägg 2024", -24.0, -24.0),
               ("Budget 2024", 18971.0, 18347.0 + 624.0),
               ("Prognos 2024", 18971.0, 18347.0 + 624.0)]
    expected = _checks_frame(
        RECORDS_2023
        + [(AREA, f"{CENTRES_SUM} ({c})", shown, summed, 4.0, "pass",
            "avrundningsdifferens" if shown != summed else "") for c, shown, summed in centres]
        + [(PRINTED, "Månadsrapport per 2024-02-29: Personalkostnader, prognos 2024", 14959.0,
            14929.0, 1.0, "warn", "publicerat avviker från beräknat: "
            + f"Budgeten är {sv('14 929')} tkr och avvikelsen tryckt som –; summa kostnader "
            f"{sv('36 721')} tkr går ihop bara med {sv('14 929')} tkr"),
           (PRINTED, "Månadsrapport per 2024-02-29: Lokalkostnader, energi, VA, utfall 2023",
            2.0, 8.0, 1.0, "warn", "publicerat avviker från beräknat: Förvaltningsberättelsen "
            "2023 (fastställt bokslut) anger 8 tkr")])
    pd.testing.assert_frame_equal(_checks_frame(budget.checks(ctx_2024)), expected)


def test_published_checks_of_rows_without_a_cell():
    """Rules: a printed figure whose column (year, measure) is not in the table, or whose
    post is not a row, is checked against nothing: a warning with its note, else "uppgift
    saknas"; a figure equal to its cell passes; the rows after them are still read."""
    table = pd.DataFrame({"Prognos 2024": [10.0, 20.0]}, index=["A", "B"])
    columns = [budget.StatementColumn("Prognos 2024", 2024, "prognos")]
    rows = [  # (year, measure, post, belopp, note)
        (2022, "utfall", "A", 9.0, "Äldre år"),     # no such column
        (2024, "prognos", "X", 7.0, None),          # no such row
        (2024, "budget", "B", 8.0, None),           # no such column, no note
        (2024, "prognos", "B", 20.0, None),         # equal
    ]
    published = pd.DataFrame([("Rapport", "2024-02", "driftredovisning", *r) for r in rows],
                             columns=["source", "report_period", "section", "year", "measure",
                                      "post", "belopp", "note"])
    result = budget.published_checks(published, MONTH, "driftredovisning", table, columns, 1.0)
    assert result == [
        Check(PRINTED, "Rapport: A, utfall 2022", 9.0, None, 1.0, "warn", "Äldre år"),
        Check(PRINTED, "Rapport: X, prognos 2024", 7.0, None, 1.0, "warn", "uppgift saknas"),
        Check(PRINTED, "Rapport: B, budget 2024", 8.0, None, 1.0, "warn", "uppgift saknas"),
        Check(PRINTED, "Rapport: B, prognos 2024", 20.0, 20.0, 1.0, "pass", ""),
    ]
