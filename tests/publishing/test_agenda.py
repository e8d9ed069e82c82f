"""The start page shows the whole agenda of the meeting that treats the report: the
opening items, every numbered ärende with its time as the kallelse prints it, and a link
to the pages that hold its papers (in this packet or the packet of the report it names),
or what it is when no page holds it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import pages

PAGES = [{"href": f"{stem}.html", "title": title, "notebook": f"{stem}.ipynb", "no_data": False}
         for stem, title in (("01-driftredovisning", "Driftredovisning"),
                             ("02-fordelning-kommuner", "Fördelning mellan kommunerna"),
                             ("05-investeringar", "Investeringsredovisning"),
                             ("06-internkontroll", "Internkontroll"),
                             ("08-arsrapport", "Årsrapport"))]


@pytest.mark.parametrize(("tid", "expected"), [("09:05", "09.05"), (None, "")])
def test_agenda_time_reads_as_the_kallelse_prints_it(tid, expected):
    assert pages.agenda_time(tid) == expected


@pytest.mark.parametrize(("period", "own", "other"), [
    ("2024-02", "../2023-12/", ""),
    ("2023-12", "", "../2024-02/"),
])
def test_both_periods_show_the_whole_agenda_of_6_march_2024(period, own, other):
    rows = pages.agenda_rows(open_report(period), PAGES)
    result = [(r["nummer"], r["tid"], r["diarienummer"], [link["href"] for link in r["links"]],
               r["underlag"]) for r in rows]
    december = "Förvaltningsberättelse 2023-12-31:"
    february = "Månadsrapport per 2024-02-29, med prognos per 2024-12-31:"
    expected = [("", "", "", [], "")] * 4 + [
        ("1.", "09.05", "ITVT-2024-00020", [], "muntlig information"),
        ("2.", "09.15", "ITVT-2024-00016", [], "muntlig information"),
        ("3.", "09.25", "ITVT-2024-00009",
         [other + "01-driftredovisning.html", other + "02-fordelning-kommuner.html",
          other + "05-investeringar.html"], february if other else ""),
        ("4.", "", "ITVT-2024-00002", [own + "08-arsrapport.html", own + "01-driftredovisning.html"],
         december if own else ""),
        ("5.", "", "ITVT-2024-00004", [own + "02-fordelning-kommuner.html"],
         december if own else ""),
        ("6.", "", "ITVT-2024-00005", [], "inga handlingar i kallelsen"),
        ("7.", "", "ITVT-2024-00021", [own + "06-internkontroll.html"], december if own else ""),
    ]
    assert result == expected
    assert [r["rubrik"] for r in rows[:4]] == [
        "Sammanträdets öppnande", "Upprop", "Val av justerare och tid för justering",
        "Förändring av dagordningen"]


def test_an_item_whose_pages_the_packet_lacks_says_the_report_does_not_hold_it():
    ctx = open_report("2024-02", overrides={"arenden": [
        {"rubrik": "Ärende", "sidor": ["42"]}]})
    rows = [r for r in pages.agenda_rows(ctx, PAGES) if not r["opening"]]
    assert [(r["links"], r["underlag"]) for r in rows] == [([], pages.NO_PAPERS)]


def test_the_header_names_chair_justerare_and_secretary():
    result = pages.meeting_people(open_report("2024-02"))
    assert result == ["Ordförande: Mats Palm", "Förslag på justerare: Bengt Hilmersson",
                      "Sekreterare: Anela Lennartsson"]
