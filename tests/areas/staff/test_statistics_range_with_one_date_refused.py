"""A statistics range with one of its two dates.

Rule: statistik_fran and statistik_till are both given or both empty (not stated); one
without the other is bad input naming file, line and the empty column, never a page that
silently leaves out the range ("Statistiken gäller …") it was given half of.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("2023-11,2022-12-01,2023-11-30,", "2023-11,2022-12-01,,",
     r"personal\.csv:11: statistik_till: tom medan statistik_fran är ifylld"),
    ("2023-11,2022-12-01,2023-11-30,", "2023-11,,2023-11-30,",
     r"personal\.csv:11: statistik_fran: tom medan statistik_till är ifylld"),
])
def test_statistics_range_with_one_date_refused(data_dir, old, new, expected):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)
