"""Hostile switchboard rows (areas/calls/vaxel.py): a kommun with rows of two platforms in
the range compared between the kommuner was merged into one row by `groupby().first()`,
which takes each column's first non-missing value: one platform's incoming calls beside
the other's answered ones, published as Herrljunga's svarsprocent (25 %) with every check
"ok". Each platform now keeps its own column, "Herrljunga (Telenor)", "Herrljunga (Teams)"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report

NB = "\u00a0"
TELENOR = "2023-09-26,2023-12-31,Herrljunga,Telenor,3603,3307,92,"


def with_teams(data_dir, telenor: str, teams: str):
    """The shipped data with Herrljunga's Telenor row as `telenor` and a Teams row."""
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    assert TELENOR in text
    path.write_text(text.replace(TELENOR, telenor, 1) + teams + "\n", encoding="utf-8")
    return open_report("2023-12", data_dir)


@pytest.mark.parametrize(("telenor", "teams", "expected"), [
    ("2023-09-26,2023-12-31,Herrljunga,Telenor,3603,,,",
     "2023-09-26,2023-12-31,Herrljunga,Teams,1000,900,,,,,,,,,",
     {"Herrljunga (Telenor)": ("3" + NB + "603", "uppgift saknas"),
      "Herrljunga (Teams)": ("1" + NB + "000", "90" + NB + "%"),
      "Vårgårda": ("5" + NB + "392", "91" + NB + "%")}),
    (TELENOR, "2023-09-26,2023-12-31,Herrljunga,Teams,1000,500,,,,,,,,,",
     {"Herrljunga (Telenor)": ("3" + NB + "603", "92" + NB + "%"),
      "Herrljunga (Teams)": ("1" + NB + "000", "50" + NB + "%"),
      "Vårgårda": ("5" + NB + "392", "91" + NB + "%")}),
], ids=["missing-cells-not-filled-from-the-other", "second-platform-not-dropped"])
def test_a_kommun_on_two_platforms_keeps_a_column_per_platform(data_dir, telenor, teams,
                                                                 expected):
    ctx = with_teams(data_dir, telenor, teams)
    table = calls.vaxel_comparison(calls.vaxel_by_kommun_for(ctx))
    result = {name: (table.loc["Inkommande samtal", name], table.loc["Svarsprocent", name])
              for name in table.columns}
    assert result == expected


def test_a_kommun_on_one_platform_keeps_its_name(data_dir):
    ctx = open_report("2023-12", data_dir)
    result = list(calls.vaxel_by_kommun_for(ctx).index)
    assert result == ["Herrljunga", "Vårgårda"]
