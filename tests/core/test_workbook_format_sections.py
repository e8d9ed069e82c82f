"""A number format has up to four sections: positives, negatives, zero and text, and a
section may carry a condition ("[<1000]0;0,"). Excel shows a number under the section that
applies to it, so a figure is hidden, divided by thousands or shown as a percent by that
section alone. Only the first section was read: a negative number under "#,##0;-#,##0,"
(shown as −18, stored −17 750), a negative under "0;;" or a number under ";;;@" (shown as
nothing), a negative under '0;"–"' (shown as a dash) and a number under a condition's other
section were read unseen."""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.input_files import read_xlsx_rows


def _befolkning_as_xlsx(data_dir, value, form) -> None:
    """befolkning.csv as befolkning.xlsx, line 2's invanare holding `value` under `form`."""
    book = openpyxl.Workbook()
    with open(data_dir / "befolkning.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append([int(v) if v.isdigit() else v for v in row])
    cell = book.active.cell(2, rows[0].index("invanare") + 1)
    cell.value, cell.number_format = value, form
    book.save(data_dir / "befolkning.xlsx")
    (data_dir / "befolkning.csv").unlink()


@pytest.mark.parametrize(("value", "form", "expected"), [
    (-9510000, "#,##0;-#,##0,", "cellen visar −9510 men lagrar −9510000"),
    (9510000, "[<1000]0;0,", "cellen visar 9510 men lagrar 9510000"),
    (9510000, "[>=1000]0,;0", "cellen visar 9510 men lagrar 9510000"),
    (9510000, "[Red][<1000]0.0;[$-41D]#,##0,,", "cellen visar 9,51 men lagrar 9510000"),
    (-0.25, "0;0%", "cellen visar −25 % men lagrar −0,25"),
    (-9510, "0;;", "cellen har ett talformat som inte visar något"),
    (9510, ";;;@", "cellen har ett talformat som inte visar något"),
    (9510, ";0", "cellen har ett talformat som inte visar något"),
    (9510, "[Red];0", "cellen har ett talformat som inte visar något"),
    (0, "0;-0;", "cellen har ett talformat som inte visar något"),
    (-9510, '0;" "', "cellen har ett talformat som inte visar något"),
    (-9510, '0;""', "cellen har ett talformat som inte visar något"),
    (-9510, "0;_-", "cellen har ett talformat som inte visar något"),
    (-9510, "0;* ", "cellen har ett talformat som inte visar något"),
    (-9510, '[<0]" ";0', "cellen har ett talformat som inte visar något"),
    (0, "0;-0;_)", "cellen har ett talformat som inte visar något"),
    (-9510, '0;"–"', "cellen har ett talformat som visar texten –, inte talet"),
    (9510, '"se not";-0', "cellen har ett talformat som visar texten se not, inte talet"),
    (9510, "[Red]\\x", "cellen har ett talformat som visar texten x, inte talet"),
])
def test_a_number_is_judged_by_the_format_section_that_shows_it(data_dir, value, form,
                                                                expected):
    _befolkning_as_xlsx(data_dir, value, form)
    with pytest.raises(DataError, match=r"befolkning\.xlsx:2: invanare: " + re.escape(expected)):
        load_dataset(data_dir)


@pytest.mark.parametrize(("value", "form"), [
    (9510, "#,##0;-#,##0,"),
    (9510, "[>=1000]0;0,"),
    (500, "[>1000]0,;0"),
    (9510, "0;0%"),
    (9510, "0;;"),
    (9510, '0;-0;"–"'),
    (9510, "0;-0;0;@,"),
    (9510, '0;-0;0;@" %"'),
    (9510, "#,##0;[Red]#,##0"),
    (9510, '0;"–"'),
    (9510, "General"),
    (9510, "@"),
    (9510, "# ?/?"),
    (9510, "0.0E+0"),
    (9510, '"ca "0" st"'),
    (0, '_-* #,##0 _k_r_-;-* #,##0 _k_r_-;_-* "-" _k_r_-;_-@_-'),   # Excel's Redovisning
    (0, '0;-0;"–"'),
    (0, '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)'),   # Excel's built-in 42
    (0, '#,##0 "kr";-#,##0 "kr";"- kr"'),
])
def test_a_number_whose_own_section_shows_it_as_stored_is_read(data_dir, value, form):
    _befolkning_as_xlsx(data_dir, value, form)
    header, rows, _, _ = read_xlsx_rows(data_dir / "befolkning.xlsx", "befolkning.xlsx")
    result = rows[0][1][header.index("invanare")]
    assert result == value
