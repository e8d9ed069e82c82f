"""A workbook figure under a date or time format (Excel stores it as a date, a time of day
or a duration) is bad input saying so in Swedish, with the cell as Excel shows it: a
duration over a day was quoted as Python writes it ("13730 days, 0:00:00")."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

TABLE = "kommunbidrag_kommun"


@pytest.mark.parametrize(("form", "shown"), [
    ("[h]:mm:ss", "329520:00:00"), ("yyyy-mm-dd", "1937-08-03"),
], ids=["duration", "date"])
def test_a_figure_under_a_date_or_time_format_is_bad_input_in_swedish(data_dir, form, shown):
    book = openpyxl.Workbook()
    with open(data_dir / f"{TABLE}.csv", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            book.active.append([int(c) if c.isdigit() else (c or None) for c in row])
    book.active["E3"].number_format = form
    book.save(data_dir / f"{TABLE}.xlsx")
    (data_dir / f"{TABLE}.csv").unlink()
    with pytest.raises(DataError, match=rf"kommunbidrag_kommun\.xlsx:3: belopp: {shown} är "
                                        r"ett datum eller en tid i Excel, inte ett tal; ge "
                                        r"cellen ett talformat") as info:
        load_dataset(data_dir)
    assert "days" not in str(info.value)
