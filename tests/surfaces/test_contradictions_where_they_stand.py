"""The papers' own contradictions, flagged where they stand: on the page a marker beside
the figure or sentence and a footnote that starts with the same marker; on the checks page
a warning in the area's group "… motsägelser i underlaget" (a warning: the run publishes).

Source: the papers of 6 March 2024 (annual report 2023: Herrljunga avvikelse 878 beside
12 480 − 11 603, "Målen har i alla hänseenden uppfyllts", the control plan's steps;
monthly report 2024-02: the 24 tkr cut of joint capital costs taken from Vårgårda).
"""

from __future__ import annotations

import pytest
from surface_reader import marked

pytestmark = pytest.mark.slow

# (period, page, marker, words the footnote names, a cell or sentence that carries it)
CASES = [
    ("2023-12", "02-fordelning-kommuner", "1)", "12\u00a0480 − 11\u00a0603 = 877", "878"),
    ("2024-02", "02-fordelning-kommuner", "1)", "12\u00a0480 − 11\u00a0603 = 877", "878"),
    ("2023-12", "80-finansieringsmodell", "1)", "inte de tryckta 878", "+878"),
    ("2024-02", "02-fordelning-kommuner", "2)", "Vårgårda \u221224 tkr", "\u221224"),
    ("2024-02", "01-driftredovisning", "2)", "gemensamma kostnader (IT Gemensamt)", "\u221224"),
    ("2023-12", "06-internkontroll", "1)", "\u201dAutentisering till IT system\u201d",
     "Alla inköp skall gå igenom utsedd roll innan inköp görs 1)"),
    ("2023-12", "08-arsrapport", "1)", "inte antagen",
     "Målen har i alla hänseenden uppfyllts med förväntat resultat. 1)"),
]


@pytest.mark.parametrize(("period", "stem", "mark", "words", "figure"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_contradiction_is_marked_and_footnoted_on_its_page(period, stem, mark, words,
                                                           figure, page):
    shown = page(period, stem)
    notes = [n for n in shown.notes if n.startswith(mark + " ")]
    assert len(notes) == 1 and words in notes[0], shown.notes
    rows = [cells for table in shown.tables for _, cells in table.rows
            if mark in cells.values() or any(c.endswith(" " + mark) for c in cells.values())]
    in_text = figure.endswith(mark) and figure in shown.text
    assert in_text or any(figure in cells.values() for cells in rows), \
        f"{figure!r} with {mark} not on {stem}"
    assert all(marked(c) for cells in rows for c in cells.values() if c.endswith(mark))


@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", ["Fördelning mellan kommunerna: motsägelser i underlaget",
                 "Internkontroll: motsägelser i underlaget",
                 "Årsrapport: motsägelser i underlaget"]),
    ("2024-02", ["Fördelning mellan kommunerna: motsägelser i underlaget"]),
])
def test_contradictions_are_warnings_on_the_checks_page(period, expected, page):
    rows = [cells for table in page(period, "90-kontroller").tables for _, cells in table.rows]
    warned = sorted({cells.get("Område") for cells in rows
                     if cells.get("Status") == "varning"
                     and "motsägelser" in (cells.get("Område") or "")})
    assert warned == expected
    assert not any(cells.get("Status") == "fel" for cells in rows)
