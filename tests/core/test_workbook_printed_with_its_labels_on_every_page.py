"""A sheet of the one workbook writer, printed, keeps each figure beside its labels: its
heading and column labels repeat on every page, and all its columns fit one page's width
(landscape). The workbench's export printed from LibreOffice on 19 A4 pages, Kostnad,
Avvikelse and Skillnad on pages of their own without the model or kommun they belong to."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from itvt_lib.core.formatting import amount
from itvt_lib.core.workbook import SheetTable, write_book

CREATED = datetime(2024, 2, 29)


def table(heading: list[str]) -> SheetTable:
    columns = ["Modell", "Kommun", *(f"Kolumn {n} med en lång rubrik" for n in range(8))]
    rows = [[f"Modell {i}", "Herrljunga", *([8271.0] * 8)] for i in range(80)]
    texts = [[r[0], r[1], *(["8\u00a0271"] * 8)] for r in rows]
    return SheetTable("Jämförelse", heading, columns, [None, None, *([amount()] * 8)],
                      rows, texts)


@pytest.mark.parametrize(("heading", "titles"), [
    (["Kostnad per kommun och modell 2024 (tkr)"], "$1:$2"),
    ([], "$1:$1"),
    (["Rubrik", "Källa: test"], "$1:$3"),
])
def test_heading_and_labels_repeat_and_columns_fit_the_page_width(tmp_path, heading, titles):
    path = write_book(tmp_path / "t.xlsx", [table(heading)], CREATED)
    sheet = load_workbook(path)["Jämförelse"]
    result = (sheet.print_title_rows, sheet.page_setup.orientation,
              sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight,
              sheet.sheet_properties.pageSetUpPr.fitToPage)
    expected = (titles, "landscape", 1, 0, True)
    assert result == expected
