"""Hostile investment totals (areas/investments.py): the annual report 2023 prints
"IT Vårgårda" (budget 500, utfall 50) of record, but Vårgårda's project line was never
typed. The table left the kommun out, the computed total read 3 250 | 501, and the five
Vårgårda checks only warned "uppgift saknas": `itvt check` said ok and the year-end page
was published with a total the report of record contradicts. At year end a printed kommun
without project lines is a failed check naming the missing lines; a monthly report's
printed figures stay warnings."""

from __future__ import annotations

import dataclasses

import pytest

from itvt_lib.areas import investments, open_report


def _without_kommun_lines(dataset, kommun: str, year: int):
    lines = dataset["investeringar"]
    kept = lines[~((lines["year"] == year) & (lines["kommun"] == kommun))]
    return dataclasses.replace(dataset, tables={**dataset.tables, "investeringar": kept})


@pytest.mark.parametrize(("period", "expected"), [("2023-12", {"fail"}), ("2024-02", {"warn"})])
def test_printed_kommun_without_project_lines(dataset, period, expected):
    changed = _without_kommun_lines(dataset, "Vårgårda", int(period[:4]))
    checks = investments.checks(open_report(period, dataset=changed))
    vargarda = [c for c in checks if "IT Vårgårda" in c.description]
    result = ({c.status for c in vargarda}, {c.note for c in vargarda})
    assert len(vargarda) == 5
    assert result == (expected, {f"Vårgårda har inga projektrader för {period[:4]}"})
