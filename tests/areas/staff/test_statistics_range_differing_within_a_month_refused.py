"""Rows of one measurement month with different statistics ranges.

Rule: the page states one range ("Statistiken gäller …") for the month, so every row of a
month has the same statistik_fran and statistik_till (both empty counting as one range);
a row that differs is bad input naming file, line and column, never merged into one range.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("2023-11,2022-12-01,2023-11-30,heltid,total", "2023-11,2023-11-01,2023-11-30,heltid,total",
     r"personal\.csv:17: statistik_fran: 2023-11-01 skiljer sig från 2022-12-01 på rad 11"),
    ("2023-11,2022-12-01,2023-11-30,heltid,män", "2023-11,,,heltid,män",
     r"personal\.csv:19: statistik_fran: tom skiljer sig från 2022-12-01 på rad 11"),
    ("2023-11,2022-12-01,2023-11-30,heltid,män", "2023-11,2022-12-01,,heltid,män",
     r"personal\.csv:19: statistik_till: tom skiljer sig från 2023-11-30 på rad 11"),
])
def test_statistics_range_differing_within_a_month_refused(data_dir, old, new, expected):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)
