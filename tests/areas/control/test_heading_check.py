"""The control plan's heading check: the title's date and the column's date must agree
(the source's own inconsistency: title per 2023-12-31, column per 31 August), only for
its year, without a tolerance.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from itvt_lib.areas import control
from itvt_lib.core.checks import PASS, WARN


def _headings(rubrik_per: str, kolumn_per: str) -> pd.DataFrame:
    return pd.DataFrame({"year": [2023], "rubrik": ["Uppföljning per " + rubrik_per],
                         "rubrik_per": [dt.date.fromisoformat(rubrik_per)],
                         "kolumnrubrik": ["Uppföljning per " + kolumn_per],
                         "kolumn_per": [dt.date.fromisoformat(kolumn_per)]})


# ---------------------------------------------------------------- control: the heading


def test_heading_check_passes_when_title_and_column_name_the_same_date():
    result = control.heading_checks(_headings("2023-12-31", "2023-12-31"), 2023)
    assert [(c.expected, c.actual, c.status, c.note) for c in result] == [
        ("2023-12-31", "2023-12-31", PASS, "")]


def test_heading_check_warns_when_the_dates_differ():
    """The source's own inconsistency: title per 2023-12-31, column per 31 August."""
    (result,) = control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2023)
    assert (result.expected, result.actual, result.status) == ("2023-12-31", "2023-08-31", WARN)
    assert result.area == control.AREA
    assert result.description == ("Uppföljningens rubrik och kolumnrubrik avser samma "
                                  "datum (2023)")
    assert result.note == ("rubriken \u201dUppföljning per 2023-12-31\u201d men kolumnen "
                           "\u201dUppföljning per 2023-08-31\u201d")


def test_heading_check_only_for_its_year():
    assert control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2024) == []


def test_heading_check_has_no_tolerance():
    (result,) = control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2023)
    assert result.tolerance == 0.0
