"""Nilex channels tied for the most tickets are all named in the summary: the sentence said
"flest kom via E-post (35,0 %)" while Selfserviceportal had as many (35,0 % too). As the
projects' "Störst, lika stora, är" does, each tied channel is named, the share "vardera".

Source counts 2023: E-post 5 059 + 407 + 27 = 5 493; Selfserviceportal 3 750 + 1 982 + 85
= 5 817 (made 5 493 by Service Desk 3 426); Handläggare/Telefon 4 700; total 15 686.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report


def _ticket_line(data_dir, selfservice_desk: int) -> str:
    path = data_dir / "nilex.csv"
    text = path.read_text(encoding="utf-8")
    row = "2023-01-01,2023-12-31,Service Desk,Selfserviceportal,3750"
    assert row in text
    path.write_text(text.replace(row, row[:-4] + str(selfservice_desk), 1), encoding="utf-8")
    (data_dir / "nilex_totaler.csv").unlink()   # no printed totals: the sum is the total
    ctx = open_report("2023-12", data_dir)
    (line,) = [line for line in calls.summary(ctx) if "Nilex" in line]
    return line


@pytest.mark.parametrize(("selfservice_desk", "expected"), [
    (3426, "flest kom via E-post och Selfserviceportal (35,0\u00a0% vardera)."),
    (3425, "flest kom via E-post (35,0\u00a0%)."),
    (3750, "flest kom via Selfserviceportal (36,3\u00a0%)."),
])
def test_channels_tied_for_the_most_are_all_named(data_dir, selfservice_desk, expected):
    result = _ticket_line(data_dir, selfservice_desk)
    assert result.endswith(expected)
