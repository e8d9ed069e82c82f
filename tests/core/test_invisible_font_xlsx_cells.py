"""A workbook figure written in its background's colour (white on no fill, black or the
theme's text colour on a black fill) is bad input naming its cell: Excel shows nothing
there, while itvt would read the figure (she may have greyed it out to leave it out). A
coloured text on a fill of another colour, a white one on a gradient, and a white header
on a dark fill, are read."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl.styles import Font, GradientFill, PatternFill
from openpyxl.styles.colors import Color
from table_workbook import TABLE, table_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _white(sheet):
    sheet["E3"].font = Font(color="FFFFFFFF")


def _background_theme(sheet):
    sheet["E3"].font = Font(color=Color(theme=0))


def _black_on_black(sheet):
    sheet["E3"].font = Font(color="FF000000")
    sheet["E3"].fill = PatternFill("solid", fgColor="FF000000")


def _legacy_palette_white(sheet):
    sheet["E3"].font = Font(color=Color(indexed=9))


def _text_theme_on_black(sheet):   # Excel's default font colour (theme 1) on a black fill
    sheet["E3"].font = Font(color=Color(theme=1))
    sheet["E3"].fill = PatternFill("solid", fgColor="FF000000")


@pytest.mark.parametrize("style", [_white, _background_theme, _black_on_black,
                                   _legacy_palette_white, _text_theme_on_black],
                         ids=["white", "background-theme-colour", "black-on-black",
                              "legacy-palette-white", "text-theme-colour-on-black"])
def test_figure_in_its_background_colour_is_bad_input(data_dir, style):
    table_as_xlsx(data_dir, style)
    with pytest.raises(DataError, match=r"kommunbidrag_kommun\.xlsx:3: belopp: cellens text "
                                        r"har bakgrundens färg"):
        load_dataset(data_dir)


def _visible(sheet):
    sheet["E3"].font = Font(color="FFFFFFFF")
    sheet["E3"].fill = PatternFill("solid", fgColor="FF1F4E79")
    for cell in sheet[1]:
        cell.font = Font(color="FFFFFFFF", bold=True)
        cell.fill = PatternFill("solid", fgColor="FF1F4E79")
    sheet["D2"].font = Font(color="FFFF0000")
    sheet["D3"].font = Font(color=Color(theme=1))
    sheet["D3"].fill = PatternFill("solid", fgColor="FFFFFF00")
    sheet["E2"].font = Font(color="FFFFFFFF")
    sheet["E2"].fill = GradientFill(stop=("FF1F4E79", "FF000000"))


def test_text_in_a_colour_other_than_its_background_is_read(data_dir):
    expected = load_dataset(data_dir).tables[TABLE]
    table_as_xlsx(data_dir, _visible)
    result = load_dataset(data_dir).tables[TABLE]
    pd.testing.assert_frame_equal(result, expected)
