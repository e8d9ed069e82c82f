"""A kontogrupp whose ledger utfall has the budget's opposite sign was named in page 01's
paragraph above the year-to-date table, but sheet 01 "Utfall hittills" (which takes a
table's footnotes, not the paragraph above it) showed Intäkter +2 000 and the nettokostnad
2 001 with no word. The sentence now stands as the table's footnote too."""

from __future__ import annotations

import json
from pathlib import Path

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "01-driftredovisning.ipynb"


def test_page_01_footnotes_the_year_to_date_table_with_the_sign_sentence():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    (cell,) = [c for c in cells if 'index_label="UTFALL HITTILLS (tkr)"' in c]
    table = cell.index("display(committee_table(ytd")
    note = cell.find("display(footnote(ledger.sign_sentence(ctx)))")
    result = note > table
    assert result
