"""The control plan's follow-up heading dated before the plan's year.

Rule: a follow-up of a year's plan is dated in that year or later; a rubrik_per or
kolumn_per before 1 January of the row's year (last year's heading left under this year's
plan) is bad input naming file, line and column, never printed on page 06 with a green
heading check.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = ('per 2023-12-31",2023-12-31,Uppföljning per 31 augusti 2023,2023-08-31')


@pytest.mark.parametrize(("new", "expected"), [
    ('per 2022-12-31",2022-12-31,Uppföljning per 31 december 2022,2022-12-31',
     r"internkontroll_rubrik\.csv:2: rubrik_per: 2022-12-31 ligger före "
     r"internkontrollplanens år 2023"),
    ('per 2023-12-31",2023-12-31,Uppföljning per 31 augusti 2022,2022-08-31',
     r"internkontroll_rubrik\.csv:2: kolumn_per: 2022-08-31 ligger före "
     r"internkontrollplanens år 2023"),
])
def test_follow_up_dated_before_its_plan_year_refused(data_dir, new, expected):
    path = data_dir / "internkontroll_rubrik.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, new), encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


@pytest.mark.parametrize("new", [
    ROW,                                                                  # as published
    'per 2024-01-31",2024-01-31,Uppföljning per 31 januari 2024,2024-01-31',  # a late one
])
def test_follow_up_dated_in_or_after_its_plan_year_loaded(data_dir, new):
    path = data_dir / "internkontroll_rubrik.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(ROW, new), encoding="utf-8")
    result = load_dataset(data_dir)["internkontroll_rubrik"]["year"].tolist()
    expected = [2023]
    assert result == expected
