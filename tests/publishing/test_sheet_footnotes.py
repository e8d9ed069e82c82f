"""A sheet carries the footnotes its table's markers point to, also when the page shows the
note once, under another table."""

from __future__ import annotations

import pytest

from itvt_lib.publishing.workbook import marked_notes

NOTES = ["* Förvaltningsberättelse 2023 anger 26 430.", "** Tryckt som –.",
         "1) Underlaget anger 878, inte 877."]


@pytest.mark.parametrize(("texts", "own", "expected"), [
    ([["Herrljunga", "878 1)"]], [], ["1) Underlaget anger 878, inte 877."]),
    ([["Summa", "26 430*"], ["x", "– **"]], [],
     ["* Förvaltningsberättelse 2023 anger 26 430.", "** Tryckt som –."]),
    ([["Herrljunga", "878 1)"]], ["1) Underlaget anger 878, inte 877."], []),  # its own
    ([["Herrljunga", "878"], ["Kostnad (tkr)", "2021"]], [], []),               # no marker
    ([["a", "3*"]], [], ["* Förvaltningsberättelse 2023 anger 26 430."]),
])
def test_a_marked_table_gets_the_pages_note_for_its_marker(texts, own, expected):
    result = marked_notes({"texts": texts, "footnotes": own}, NOTES)
    assert result == expected
