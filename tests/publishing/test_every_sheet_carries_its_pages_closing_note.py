"""A page's note under no table ("Belopp i tkr. Positiv avvikelse är bättre än budget.
Avrundningsdifferenser kan förekomma.") is how to read each of its tables: every sheet of
the page carries it below its own footnotes (no sheet had it: its units, its signs and the
rounding that lets a column's sum differ from its total row went unsaid)."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from itvt_lib.core.presentation import committee_table, footnote
from itvt_lib.publishing.workbook import page_tables

CLOSING = "Belopp i tkr. Positiv avvikelse är bättre än budget. Avrundningsdifferenser kan förekomma."


def _display(obj):
    bundle = obj._repr_mimebundle_() if hasattr(obj, "_repr_mimebundle_") else \
        {"text/html": obj._repr_html_()}
    return nbformat.v4.new_output("display_data", bundle)


@pytest.fixture
def tables(tmp_path):
    frame = pd.DataFrame({"Kommun": ["A", "Summa"], "Belopp": [1.0, 1.0]})
    cells = []
    for source, outputs in [
        ("## Resultat", []),
        ("", [_display(committee_table(frame, caption="Första")),
              _display(footnote("Egen not under den första."))]),
        ("## Kostnader", []),
        ("", [_display(committee_table(frame, caption="Andra"))]),
        ("## Diagram", []),
        ("", [_display(footnote(CLOSING)), _display(footnote("* En markerad not."))]),
    ]:
        if not outputs:
            cells.append(nbformat.v4.new_markdown_cell(source))
            continue
        cell = nbformat.v4.new_code_cell("")
        cell.outputs = outputs
        cells.append(cell)
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    path = tmp_path / "01-sida.ipynb"
    nbformat.write(nb, path)
    return page_tables(path)


def test_every_table_gets_the_pages_closing_note(tables):
    result = [t["footnotes"] for t in tables]
    expected = [["Egen not under den första.", CLOSING], [CLOSING]]
    assert result == expected
