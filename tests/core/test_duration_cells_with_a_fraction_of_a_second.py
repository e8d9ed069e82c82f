"""A workbook's duration with a fraction of a second (an average computed in Excel) is
read as Excel shows it, rounded half away from zero: 02:59,5 shows 03:00 and is 180 s. A
time of day lost the fraction (179) and a duration over a day rounded half to even."""

from __future__ import annotations

import pytest
from conftest import onex_as_xlsx

from itvt_lib.areas import load_dataset


@pytest.mark.parametrize(("seconds", "form", "expected"), [
    (179.5, "mm:ss", 180),            # a time of day: the fraction was dropped (179)
    (179.4, "mm:ss", 179),
    (179.9, "mm:ss", 180),
    (1798.5, "[h]:mm:ss", 1799),      # 0:29:58,5 shows 0:29:59
    (86400 + 2.5, "[h]:mm:ss", 86403),   # a timedelta: half to even gave 86402
])
def test_a_duration_with_a_fraction_is_read_as_excel_shows_it(data_dir, seconds, form,
                                                              expected):
    onex_as_xlsx(data_dir, seconds / 86400, form)
    result = load_dataset(data_dir)["onex"]["langsta_kotid"].iloc[0]
    assert result == expected
