"""A switchboard month in which one kommun received no calls (a real Telenor export: 0
incoming, 0 answered, svarsprocent and service levels written 0 or left empty).

Rule: 0 answered of 0 incoming is not a missing figure: the summary says the kommun took no
calls (never "saknas uppgift"), and a printed svarsprocent of 0 beside 0 calls passes the
checks page (no warning); a printed rate other than 0 beside 0 calls stays a warning. A
kommun whose counts are empty is still "saknas uppgift".
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report
from itvt_lib.core.checks import PASS, WARN

VARGARDA = "2024-01-01,2024-01-31,Vårgårda,Telenor,1802,1650,92,00:19,70,84,93,97,00:45,700,350\n"
START = "Svarsprocenten i växeln under januari 2024 var 92\u00a0% i Vårgårda"


def _report(data_dir, herrljunga: str):
    path = data_dir / "vaxel.csv"
    path.write_text(path.read_text(encoding="utf-8") + herrljunga + "\n" + VARGARDA,
                    encoding="utf-8")
    return open_report("2024-02", data_dir=data_dir)


def _rate_checks(report) -> list:
    return [c for c in calls.checks(report)
            if c.description.startswith("Växel Herrljunga") and "svarsprocent" in c.description]


@pytest.mark.parametrize(("herrljunga", "expected"), [
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,0,0,0,00:00,0,0,0,0,00:00,0,0",
     START + "; Herrljunga tog inte emot några samtal."),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,0,0,,,,,,,,0,0",
     START + "; Herrljunga tog inte emot några samtal."),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,-,-,-,,,,,,,-,-",
     START + "; Herrljunga tog inte emot några samtal."),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,,,,,,,,,,,",
     START + "; för Herrljunga saknas uppgift."),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,1200,1100,92,00:20,69,83,93,97,00:50,400,200",
     "Svarsprocenten i växeln under januari 2024 var 92\u00a0% i Herrljunga och "
     "92\u00a0% i Vårgårda."),
])
def test_answer_rate_sentence_for_a_kommun_without_calls(data_dir, herrljunga, expected):
    lines = calls.summary(_report(data_dir, herrljunga))
    result = next(line for line in lines if line.startswith("Svarsprocenten"))
    assert result == expected


@pytest.mark.parametrize(("herrljunga", "expected"), [
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,0,0,0,00:00,0,0,0,0,00:00,0,0", [PASS]),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,0,0,,,,,,,,0,0", []),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,0,0,100,,,,,,,0,0", [WARN]),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,1200,1100,92,00:20,69,83,93,97,00:50,400,200",
     [PASS]),
    ("2024-01-01,2024-01-31,Herrljunga,Telenor,1200,1100,90,00:20,69,83,93,97,00:50,400,200",
     [WARN]),
])
def test_printed_answer_rate_beside_no_calls(data_dir, herrljunga, expected):
    result = [c.status for c in _rate_checks(_report(data_dir, herrljunga))]
    assert result == expected
