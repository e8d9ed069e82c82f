"""Every table sheet of the workbench's export starts with the caption the app shows above
the table, its year and unit ("Kostnad per kommun och modell 2024 (tkr), …"): the sheets
began at the column labels, so "Kostnad 8 271" stood without "tkr" and without its year,
and an Underlag column mixing inhabitants and tkr said neither."""

from __future__ import annotations

import openpyxl
import pytest

from itvt_lib.workbench import Workbench, export, results
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path, request):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, request.param, outputs_dir=tmp_path / "outputs", debounce=0)


@pytest.mark.parametrize(("bench", "year"), [("2024-02", 2024), ("2023-12", 2023)],
                         indirect=["bench"])
def test_each_table_sheet_starts_with_its_caption(bench, year):
    bench.name.value = "Med rubrik"
    path = bench.export()
    book = openpyxl.load_workbook(path)
    result = {name: (book[name]["A1"].value, book[name]["A1"].font.b, book[name]["A2"].value)
              for name in book.sheetnames if name != export.ASSUMPTIONS}
    expected = {name: (caption, True, list(export._flat(bench.outcome.tables[name]))[0])
                for name, caption in results.captions(bench.period.value).items()}
    assert result == expected
    assert f"{year} (tkr)" in result[results.COMPARISON][0]
