"""A staff comment dated a month that has no figures in personal.csv.

Rule: a comment is shown and judged beside the figures of its measurement month (the
source's "Nov 2023"); a comment dated another month (the report month 2023-12, a typo) would
leave the page and the checks page without a word, so it is bad input naming file, line
and column.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("2023-11,langtidssjukfranvaro", "2023-12,langtidssjukfranvaro",
     r'personal_kommentar\.csv:3: period: "2023-12" finns inte i personal'),
    ("2023-11,sjukfranvaro", "2024-11,sjukfranvaro",
     r'personal_kommentar\.csv:2: period: "2024-11" finns inte i personal'),
])
def test_staff_comment_on_a_month_without_figures_refused(data_dir, old, new, expected):
    path = data_dir / "personal_kommentar.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_staff_comment_on_a_measurement_month_loaded(data_dir):
    result = load_dataset(data_dir)["personal_kommentar"]["period"].tolist()
    expected = ["2023-11", "2023-11"]
    assert result == expected
