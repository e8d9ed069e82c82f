"""Project hours' rules and formats: hours per årsarbetare, the tolerance parameter, and how
hours and årsarbetare print.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from itvt_lib.areas import projects

NAN = float("nan")


NB = "\u00a0"


def exact(message: str) -> str:
    """A `match` pattern for exactly this one-line message."""
    return f"^{re.escape(message)}$"


def export(rows: list[tuple]) -> pd.DataFrame:
    """A small export frame: (period, projektnummer, projekt, timmar, belopp_kr)."""
    frame = pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                        "belopp_kr"])
    return frame.astype({"timmar": "float64", "belopp_kr": "float64"})


# TEST data: 2023 has exports for January and February, 2024 for January, February and
# April; 2025 for January.
EXPORTS = export([
    ("2023-01", "1", "Ett", 4.0, 400.0),
    ("2023-02", "1", "Ett", 6.0, 600.0),
    ("2024-01", "1", "Ett", 10.0, 1000.0),
    ("2024-02", "1", "Ett", 25.0, 2500.0),
    ("2024-02", "2", "Två", 5.0, 500.0),
    ("2024-04", "1", "Ett", 40.0, 4000.0),
    ("2025-01", "1", "Ett", 1.0, 100.0),
])


# ---------------------------------------------------------------- rules and formats


@pytest.mark.parametrize(("per_fte", "months"), [(0.0, 12), (2080.0, 0), (2080.0, 13)])
def test_fte_error_message(per_fte, months):
    with pytest.raises(ValueError,
                       match=r"^timmar per årsarbetare ska vara > 0 och månaderna 1–12$"):
        projects.fte(100.0, per_fte, months)


@pytest.mark.parametrize(("value", "expected"), [
    (0.4, "0,4"), (0.0, "0,0"), (NAN, ".."), (None, ".."), (12.25, "12,3")])
def test_fmt_fte(value, expected):
    """One decimal (half away from zero), zero "0,0", missing ".." (a dense table)."""
    assert projects.fmt_fte(value) == expected


@pytest.mark.parametrize(("hours", "expected"), [
    (0.0, "0 timmar"), (1.0, "1 timme"), (147.0, "147 timmar"),
    (3546.0, f"3{NB}546 timmar")])
def test_hours_text(hours, expected):
    assert projects._hours_text(hours) == expected


def test_ytd_by_project_defaults_to_hours():
    result = projects.ytd_by_project(EXPORTS, "2024-02")
    expected = pd.Series([25.0, 5.0], index=pd.Index(["1", "2"], name="projektnummer"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)


def test_month_figures_keep_this_months_order():
    """Rule: projects in the order of this month's export, then those only in the previous
    one (a project absent from an export counts 0 there): 3 → 7, 1 → 5 − 2, 2 → 0 − 4."""
    frame = export([("2024-01", "1", "Ett", 2.0, 0.0), ("2024-01", "2", "Två", 4.0, 0.0),
                    ("2024-02", "3", "Tre", 7.0, 0.0), ("2024-02", "1", "Ett", 5.0, 0.0)])
    result = projects.month_figures(frame, "2024-02")
    expected = pd.Series([7.0, 3.0, -4.0], index=pd.Index(["3", "1", "2"], name="projektnummer"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)
