"""Issue 23, item 16: a formula cell of an input .xlsx without a stored value (a program
that writes formulas but not their results; openpyxl is one) is bad input, named by file,
line and column, never read as an empty cell."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.input_files import read_xlsx_rows

MESSAGE = ("cellen är en formel utan sparat värde; öppna och spara filen i Excel "
           r"\(eller klistra in som värden\)$")


def workbook(path, rows) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


@pytest.mark.parametrize(("rows", "expected"), [
    ([["kontogrupp", "belopp"], ["Intäkter", 5], ["Personal", "=B2*2"]], r"t\.xlsx:3: belopp: "),
    ([["kontogrupp", "belopp"], ["Intäkter", 5], ["=A2", "=B2"]], r"t\.xlsx:3: kontogrupp: "),
    ([["kontogrupp", "belopp"], ["Intäkter", 5], [None, None, "=1+1"]], r"t\.xlsx:3: "),
])
def test_formula_without_a_stored_value_is_bad_input(tmp_path, rows, expected):
    workbook(tmp_path / "t.xlsx", rows)
    with pytest.raises(DataError, match="^" + expected + MESSAGE):
        read_xlsx_rows(tmp_path / "t.xlsx", "t.xlsx")


def test_empty_cells_of_an_xlsx_are_still_empty(tmp_path):
    workbook(tmp_path / "t.xlsx", [["kontogrupp", "belopp", "not"], ["Intäkter", None, None]])
    result = read_xlsx_rows(tmp_path / "t.xlsx", "t.xlsx")
    expected = (["kontogrupp", "belopp", "not"], [(2, ["Intäkter", None, None])], ",", 1)
    assert result == expected


def test_a_data_table_with_an_uncomputed_formula_names_its_cell(data_dir):
    source = data_dir / "kostnadsstalle_netto.csv"
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    rows = [list(frame.columns), *frame.to_numpy().tolist()]
    rows[1][-1] = "=1+1"  # the first data row's belopp
    workbook(data_dir / "kostnadsstalle_netto.xlsx", rows)
    source.unlink()
    with pytest.raises(DataError, match=r"kostnadsstalle_netto\.xlsx:2: belopp: " + MESSAGE):
        load_dataset(data_dir)
