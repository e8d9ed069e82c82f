"""The switchboard comparison (page 04, rows are measures of different kinds) in
tabeller.xlsx: each figure is a number under its measure's format, as the page shows it,
never a text that looks like one (a =SUMMA of "3 603" and "5 392" is 0)."""

from __future__ import annotations

from datetime import datetime

import nbformat
import pandas as pd
import pytest
from openpyxl import load_workbook

from itvt_lib.areas import calls
from itvt_lib.core.presentation import committee_table
from itvt_lib.core.workbook import write_book
from itvt_lib.publishing.workbook import sheet_tables


def _rows() -> pd.DataFrame:
    levels = {f"inom_{s}s": v for s, v in zip(calls.SERVICE_LEVELS, (69, 83, 93, 97),
                                               strict=True)}
    return pd.DataFrame({"inkommande": [3603, 5392], "besvarade": [3307, 4921],
                         "kotid_vid_svar": [21.0, 3599.5], "samtalstid": [50.0, None],
                         "kopplas_ut": [1340, 0], "returer": [609, 1049],
                         **{k: [v, v] for k, v in levels.items()}},
                        index=["Herrljunga", "Vårgårda"])


@pytest.fixture
def sheet(tmp_path):
    styler = committee_table(calls.vaxel_values(_rows()), index_label="Mått",
                             row_kinds=calls.vaxel_measure_kinds())
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", styler._repr_mimebundle_())]
    nb.cells = [cell]
    executed = tmp_path / "04-samtal.ipynb"
    nbformat.write(nb, executed)
    path = write_book(tmp_path / "tabeller.xlsx",
                      sheet_tables(executed, "Samtal", "04", "2023-12", "Rapport"),
                      datetime(2023, 12, 31))
    book = load_workbook(path)
    rows = list(book[book.sheetnames[0]].iter_rows(min_row=5))
    return {row[0].value: row[1:] for row in rows}


def _number(value):
    """A cell's stored number as read back (a duration in seconds)."""
    if hasattr(value, "total_seconds"):
        return value.total_seconds()
    if hasattr(value, "hour"):
        return value.hour * 3600 + value.minute * 60 + value.second
    return value


@pytest.mark.parametrize(("measure", "expected"), [
    ("Inkommande samtal", [(3603, "#,##0"), (5392, "#,##0")]),
    ("Svarsprocent", [(0.92, '0" "%'), (0.91, '0" "%')]),
    ("Besvarade inom 15 sekunder", [(0.69, '0" "%'), (0.69, '0" "%')]),
    ("Genomsnittlig kötid vid svar", [(21, "mm:ss"), (3600, "[h]:mm:ss")]),
    ("Samtal som kopplas ut av agent", [(1340, "#,##0"), (0, "#,##0")]),
])
def test_each_figure_is_a_number_under_its_measures_format(sheet, measure, expected):
    result = [(_number(cell.value), cell.number_format.split(";")[0].replace("\u00a0", " "))
              for cell in sheet[measure]]
    assert "s" not in [cell.data_type for cell in sheet[measure]]
    assert result == [(pytest.approx(v), f) for v, f in expected]


def test_a_missing_figure_stays_the_pages_text(sheet):
    result = [(_number(cell.value), cell.data_type) for cell in sheet["Snitt samtalstid"]]
    assert result == [(50, "d"), ("uppgift saknas", "s")]


def test_the_page_reads_as_before():
    result = calls.vaxel_comparison(_rows())
    expected = ["3\u00a0603", "92\u00a0%", "00:21", "69\u00a0%", "00:50", "1\u00a0340"]
    assert [result.loc[m, "Herrljunga"] for m in
            ("Inkommande samtal", "Svarsprocent", "Genomsnittlig kötid vid svar",
             "Besvarade inom 15 sekunder", "Snitt samtalstid",
             "Samtal som kopplas ut av agent")] == expected
    assert list(result["Vårgårda"].iloc[[3, 8, 9]]) == ["1:00:00", "uppgift saknas", "–"]
