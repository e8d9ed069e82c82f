"""A workbook figure under a date or time format (Excel stores it as a date, a time of day
or a duration), or Excel's TRUE/FALSE, is bad input saying so in Swedish, with the cell as
Swedish Excel shows it: a duration over a day was quoted as Python writes it ("13730 days,
0:00:00"), a truth value as "True"."""

from __future__ import annotations

import pytest
from table_workbook import table_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _as_xlsx(data_dir, edit):
    """The table as a workbook, `edit` applied to cell E3."""
    table_as_xlsx(data_dir, lambda sheet: edit(sheet["E3"]))



@pytest.mark.parametrize(("form", "shown"), [
    ("[h]:mm:ss", "329520:00:00"), ("yyyy-mm-dd", "1937-08-03"),
], ids=["duration", "date"])
def test_a_figure_under_a_date_or_time_format_is_bad_input_in_swedish(data_dir, form, shown):
    _as_xlsx(data_dir, lambda cell: setattr(cell, "number_format", form))
    with pytest.raises(DataError, match=rf"kommunbidrag_kommun\.xlsx:3: belopp: {shown} är "
                                        r"ett datum eller en tid i Excel, inte ett tal; ge "
                                        r"cellen ett talformat") as info:
        load_dataset(data_dir)
    assert "days" not in str(info.value)


@pytest.mark.parametrize(("value", "shown"), [(True, "SANT"), (False, "FALSKT")])
def test_a_truth_value_where_a_figure_belongs_is_bad_input_in_swedish(data_dir, value, shown):
    _as_xlsx(data_dir, lambda cell: setattr(cell, "value", value))
    with pytest.raises(DataError, match=rf"kommunbidrag_kommun\.xlsx:3: belopp: {shown} är ett "
                                        r"sanningsvärde i Excel, inte ett tal"):
        load_dataset(data_dir)
