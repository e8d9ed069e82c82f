"""The footnote of a column where printed figures differ, when they come from two sources.

Rule: each source is named with the figures it printed, in the order first met; a figure
is never attributed to the source of the column's first row.
"""

from __future__ import annotations

import pandas as pd

from itvt_lib.areas import budget

COLUMNS = ["row", "column", "printed", "shown", "source", "post", "measure", "year", "note"]


def _differing(*rows) -> pd.DataFrame:
    return pd.DataFrame([(post, "Prognos", printed, shown, source, post, "prognos", 2024, "")
                         for post, printed, shown, source in rows], columns=COLUMNS)


def test_footnote_names_the_source_of_each_printed_figure():
    table = pd.DataFrame({"Prognos": [14929.0, 16356.0]},
                         index=["Personalkostnader", "Övriga kostnader"])
    differing = _differing(("Personalkostnader", 14959.0, 14929.0, "Månadsrapport"),
                           ("Övriga kostnader", 16400.0, 16356.0, "Bilaga 2"))
    _, notes = budget.with_published(table, differing)
    result = notes[0].split(". Tabellen")[0]
    expected = ("* Månadsrapport anger prognos 2024: Personalkostnader 14\u00a0959 tkr; "
                "Bilaga 2 anger prognos 2024: Övriga kostnader 16\u00a0400 tkr")
    assert result == expected


def test_footnote_of_one_source_names_it_once():
    table = pd.DataFrame({"Prognos": [14929.0, 16356.0]},
                         index=["Personalkostnader", "Övriga kostnader"])
    differing = _differing(("Personalkostnader", 14959.0, 14929.0, "Månadsrapport"),
                           ("Övriga kostnader", 16400.0, 16356.0, "Månadsrapport"))
    _, notes = budget.with_published(table, differing)
    result = notes[0].split(". Tabellen")[0]
    expected = ("* Månadsrapport anger prognos 2024: Personalkostnader 14\u00a0959, "
                "Övriga kostnader 16\u00a0400 tkr")
    assert result == expected
