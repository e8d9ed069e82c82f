"""The switchboard comparison (page 04, rows are measures of different kinds) in
tabeller.xlsx: each figure is a number under its measure's format, as the page shows it,
never a text that looks like one (a =SUMMA of "3 603" and "5 392" is 0)."""

from __future__ import annotations

import pandas as pd
import pytest
from sheet_of_a_table import sheet_of

from itvt_lib.areas import calls
from itvt_lib.core.presentation import committee_table


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
    return sheet_of(committee_table(calls.vaxel_values(_rows()), index_label="Mått",
                                    row_kinds=calls.vaxel_measure_kinds()), tmp_path)


def _number(value):
    """A cell's stored number as read back (a duration in seconds)."""
    if hasattr(value, "total_seconds"):
        return value.total_seconds()
    if hasattr(value, "hour"):
        return value.hour * 3600 + value.minute * 60 + value.second
    return value


@pytest.mark.parametrize(("measure", "expected"), [
    ("Inkommande samtal", [(3603, "#,##0"), (5392, "#,##0")]),
    ("Svarsprocent", [(0.92, '#,##0" "%'), (0.91, '#,##0" "%')]),
    ("Besvarade inom 15 sekunder", [(0.69, '#,##0" "%'), (0.69, '#,##0" "%')]),
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
