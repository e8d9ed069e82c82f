"""The date page 06's first sentence gives the follow-up of the internkontrollplan.

Rule: the follow-up is "per" the date its title states (internkontroll_rubrik.csv,
rubrik_per), as the papers print it; without a heading row for the year the sentence gives
no date. A follow-up titled and headed "per 2023-08-31" was summarised "som har följts upp
per 2023-12-31" (the period's last day) right above the heading "Uppföljning per 31 augusti
2023", with no footnote and no check.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from itvt_lib.areas import control, open_report

ROW = ('per 2023-12-31",2023-12-31,Uppföljning per 31 augusti 2023,2023-08-31')


@pytest.mark.parametrize(("years", "expected"), [
    ([2023], dt.date(2023, 8, 31)),
    ([2022], None),                                   # no heading row for the year
])
def test_follow_up_date(years, expected):
    headings = pd.DataFrame({"year": years, "rubrik_per": [dt.date(2023, 8, 31)]})
    result = control.follow_up_date(headings, 2023)
    assert result == expected


@pytest.mark.parametrize(("new", "expected"), [
    (ROW, "Internkontrollplanen för 2023 omfattar 6 risker, som har följts upp per "
          "2023-12-31."),                                                # as published
    ('per 2023-08-31",2023-08-31,Uppföljning per 31 augusti 2023,2023-08-31',
     "Internkontrollplanen för 2023 omfattar 6 risker, som har följts upp per 2023-08-31."),
    ('per 2024-01-31",2024-01-31,Uppföljning per 31 januari 2024,2024-01-31',
     "Internkontrollplanen för 2023 omfattar 6 risker, som har följts upp per 2024-01-31."),
])
def test_summary_states_the_follow_up_date_of_the_papers(data_dir, params, new, expected):
    path = data_dir / "internkontroll_rubrik.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, new), encoding="utf-8")
    result = control.summary(open_report("2023-12", data_dir, params))[0]
    assert result == expected
