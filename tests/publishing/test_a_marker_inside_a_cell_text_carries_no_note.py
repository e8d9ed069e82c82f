"""A "1)" or "*" inside a cell's text ("enligt punkt 1) i planen", a fact typed so) is the
text's own, not a footnote marker: the sheet gets no footnote of the page's that starts
with it (page 08's "1) Texten återges som den trycktes …" landed on the Uppgifter sheet
beside a fact that merely quoted a "1)"). A marker the pages set ends its cell."""

from __future__ import annotations

import pytest

from itvt_lib.publishing.workbook import marked_notes

NOTES = ["1) Texten återges som den trycktes.", "* Tryckt 7 878.", "** Tryckt 2."]


@pytest.mark.parametrize(("texts", "expected"), [
    ([["Beslut", "enligt punkt 1) i planen"]], []),
    ([["Beslut", "kapitel 2 * 3 i avtalet"]], []),
    ([["Kontroll", "Förändringsprocessen ska följas upp 1)"]], [NOTES[0]]),
    ([["Herrljunga", "878", "1)"]], [NOTES[0]]),
    ([["Personal", "14 959*"], ["Lokal", "2**"]], [NOTES[1], NOTES[2]]),
    ([["Personal", "14 959* "]], [NOTES[1]]),
])
def test_only_a_marker_ending_its_cell_carries_the_pages_note(texts, expected):
    result = marked_notes({"texts": texts, "footnotes": []}, NOTES)
    assert result == expected
