"""A page's footer names the fingerprints of the inputs and the parameters it was built
from, but tabeller.xlsx did not: a sheet copied out of it, or the book mailed alone,
could not be told apart from one built from other data. Every sheet's period line now
names them as the footer does ("Period: 2024-02 · indata … · parametrar …")."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest
from openpyxl import load_workbook

from itvt_lib.core.presentation import committee_table
from itvt_lib.publishing.pages import inputs_trace
from itvt_lib.publishing.workbook import write_workbook

MANIFEST = {"period": "2024-02", "fingerprint": "e9cbfbefba81",
            "parameters_fingerprint": "0a1b2c3d4e5f"}


def _page(folder, name: str) -> dict:
    table = committee_table(pd.DataFrame({"Kommun": ["Herrljunga", "Vårgårda"],
                                          "Kostnad": [8271.0, 10700.0]}),
                            caption="Fördelad kostnad")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", table._repr_mimebundle_())]
    nb.cells = [cell]
    (folder / "notebooks").mkdir(exist_ok=True)
    nbformat.write(nb, folder / "notebooks" / name)
    return {"notebook": name, "title": "Fördelning"}


@pytest.mark.parametrize("manifest, expected", [
    (MANIFEST, "Period: 2024-02 · indata e9cbfbefba81 · parametrar 0a1b2c3d4e5f"),
    ({**MANIFEST, "parameters_fingerprint": None}, "Period: 2024-02 · indata e9cbfbefba81"),
])
def test_every_sheet_names_the_inputs(tmp_path, manifest, expected):
    pages = [_page(tmp_path, "01-drift.ipynb"), _page(tmp_path, "02-fordelning.ipynb")]
    path = write_workbook(tmp_path, pages, "2024-02", "Rapport", "",
                          inputs_trace(manifest))
    result = [sheet["A2"].value for sheet in load_workbook(path).worksheets]
    assert result == [expected, expected]


def test_the_footers_trace_names_the_same_fingerprints():
    from itvt_lib.publishing.pages import trace_line

    result = trace_line({**MANIFEST, "started": "2024-03-01T08:00", "package_version": "0.1.0"})
    assert result.endswith(" · indata e9cbfbefba81 · parametrar 0a1b2c3d4e5f")
