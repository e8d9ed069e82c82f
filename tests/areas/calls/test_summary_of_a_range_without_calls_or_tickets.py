"""The summary of a range whose counts are all 0 (a OneX queue, a Nilex export or the
switchboard that received nothing that month).

Rule: 0 is a figure, not a gap: the sentence says no calls were taken (no tickets created),
never "– samtal" nor "Uppgift saknas om hur många som besvarades"; an empty count is
still "uppgift saknas".
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report

RANGE = "2024-01-01,2024-01-31"


def _summary(data_dir, table: str, rows: list[str]) -> list[str]:
    path = data_dir / f"{table}.csv"
    path.write_text(path.read_text(encoding="utf-8") + "".join(f"{RANGE},{r}\n" for r in rows),
                    encoding="utf-8")
    return calls.summary(open_report("2024-02", data_dir=data_dir))


@pytest.mark.parametrize(("rows", "expected"), [
    (["Herrljunga/Vårgårda januari 2024,0,0,0,0,0,00:00,00:00"],
     "Servicedesk tog inte emot några samtal under januari 2024."),
    (["Herrljunga/Vårgårda januari 2024,-,-,-,-,-,,"],
     "Servicedesk tog inte emot några samtal under januari 2024."),
    (["Herrljunga/Vårgårda januari 2024,,,,,,,"],
     "Antalet inkommande samtal till servicedesk under januari 2024: uppgift saknas."),
    (["Herrljunga/Vårgårda januari 2024,900,620,160,20,100,02:10,0:21:00"],
     "Servicedesk tog emot 900 samtal under januari 2024, varav 68,9\u00a0% besvarades, "
     "17,8\u00a0% missades och 13,3\u00a0% gick till overflow."),
])
def test_service_desk_sentence(data_dir, rows, expected):
    result = _summary(data_dir, "onex", rows)[0]
    assert result == expected


@pytest.mark.parametrize(("rows", "expected"), [
    (["Service Desk,E-post,0", "Service Desk,Selfserviceportal,0", "Order,E-post,0",
      "Order,Selfserviceportal,-"],
     "I ärendehanteringssystemet Nilex skapades inga ärenden under januari 2024."),
    (["Service Desk,E-post,400", "Service Desk,Selfserviceportal,300", "Order,E-post,0",
      "Order,Selfserviceportal,0"],
     "I ärendehanteringssystemet Nilex skapades 700 ärenden under januari 2024; flest kom "
     "via E-post (57,1\u00a0%)."),
])
def test_ticket_sentence(data_dir, rows, expected):
    result = _summary(data_dir, "nilex", rows)[0]
    assert result == expected


@pytest.mark.parametrize(("rows", "expected"), [
    (["Herrljunga,Telenor,0,0,0,00:00,0,0,0,0,00:00,0,0",
      "Vårgårda,Telenor,0,0,0,00:00,0,0,0,0,00:00,0,0"],
     "Växeln tog inte emot några samtal under januari 2024."),
    (["Herrljunga,Telenor,0,0,0,00:00,0,0,0,0,00:00,0,0",
      "Vårgårda,Telenor,1802,1650,92,00:19,70,84,93,97,00:45,700,350"],
     "Växeln tog emot 1\u00a0802 samtal under januari 2024."),
])
def test_switchboard_sentence(data_dir, rows, expected):
    result = _summary(data_dir, "vaxel", rows)[0]
    assert result == expected
