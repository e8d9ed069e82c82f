"""Hostile resultatfond.csv (areas/allocation/report.py): kommunfullmäktige carried
Vårgårda's 2023 deficit forward, and the controller typed IB 2024 −1 097 in a 2024 row
but left 2023's proposed write-off. Page 02 of 2023-12 showed "IB 2024 0, förutsatt beslut
om avskrivning" with every check green: next year's IB given in the data was never
compared. A given IB of the year after the report's is checked against the report year's
decision as the page derives it (a difference fails, as for the report's own year)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.allocation import checks


@pytest.mark.parametrize(("ib", "expected"), [("-", "pass"), ("-1097", "fail")])
def test_next_years_ib_against_this_years_decision(data_dir, ib, expected):
    fund = data_dir / "resultatfond.csv"
    with fund.open("a", encoding="utf-8") as f:
        f.write(f'2024,Vårgårda,{ib},,,"IB 2024"\n')
    found = [c for c in checks(open_report("2023-12", data_dir))
             if c.description == "Vårgårda IB 2024 mot föregående års beslut"]
    result = [(c.status, c.expected, c.actual) for c in found]
    assert result == [(expected, 0.0 if ib == "-" else -1097.0, 0.0)]   # väntat: as given
