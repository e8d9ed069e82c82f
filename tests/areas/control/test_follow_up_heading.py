"""The internal control's follow-up heading stands as the papers print it; where the plan's
title names another date, a footnote says so on the page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.areas import control


def _headings(rubrik_per: date, kolumn_per: date) -> pd.DataFrame:
    return pd.DataFrame({"year": [2023], "rubrik": ["Plan per 2023-12-31"],
                         "rubrik_per": [rubrik_per],
                         "kolumnrubrik": ["Uppföljning per 31 augusti 2023"],
                         "kolumn_per": [kolumn_per]})


@pytest.mark.parametrize(("kolumn_per", "footnoted"), [
    (date(2023, 8, 31), True),    # the papers: title 2023-12-31, column 31 augusti 2023
    (date(2023, 12, 31), False),
])
def test_follow_up_heading_is_printed_with_a_note_where_the_title_differs(kolumn_per, footnoted):
    heading, note = control.follow_up_heading(_headings(date(2023, 12, 31), kolumn_per), 2023)
    assert heading == "Uppföljning per 31 augusti 2023"
    assert bool(note) == footnoted
    if footnoted:
        assert "2023-12-31" in note and "31 augusti 2023" in note


def test_follow_up_heading_of_a_year_without_a_row_is_empty():
    assert control.follow_up_heading(_headings(date(2023, 12, 31), date(2023, 8, 31)),
                                     2024) == ("", "")
