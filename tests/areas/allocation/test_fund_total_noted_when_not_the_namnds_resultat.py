"""Page 02's "Över- och underskott" showed Totalt −220 tkr (the kommuner's results of
record, 877 and −1 097) while the statement above it and page 01 show the nämnd's resultat
−219, with no note under this table (the other tables of the page have one). Now a footnote
names both; none when they agree. The explanation's nämnd total says the same.

Figures: the annual report 2023 (resultat −219 tkr; per kommun +878 / −1 097), with
Herrljunga's resultat of record written 877 (= 12 480 − 11 603, TEST).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation.fund import result_total_note


@pytest.mark.parametrize(("rows", "namnd", "of_record", "expected"), [
    (-220.0, -219.0, True, ["Årets resultat: kommunerna summerar till \u2212220 tkr, nämndens "
                            "resultat (Summa SeN IT ovan) är \u2212219 tkr (en "
                            "avrundningsdifferens, eller bokslutets fastställda summa)."]),
    (-219.4, -219.0, True, []),            # as shown they agree
    (0.5, -0.4, False, ["Årets resultat: kommunerna summerar till 1 tkr, nämndens resultat "
                        "(Summa SeN IT ovan) är 0 tkr (en avrundningsdifferens)."]),
    (float("nan"), -219.0, True, []),      # a kommun's result missing: Totalt is missing
])
def test_result_total_note(rows, namnd, of_record, expected):
    result = result_total_note(rows, namnd, "Summa SeN IT ovan", of_record)
    assert result == expected


@pytest.fixture
def rounded(data_dir):
    path = data_dir / "bokslut_totaler.csv"
    text = path.read_bytes().decode("utf-8")
    assert "2023,resultat,Herrljunga,878" in text
    path.write_bytes(text.replace("2023,resultat,Herrljunga,878",
                                  "2023,resultat,Herrljunga,877").encode("utf-8"))
    return open_report("2023-12", data_dir)


def test_fund_note_on_the_page(rounded):
    result = allocation.fund_notes_for(rounded)
    assert result == ["Årets resultat: kommunerna summerar till \u2212220 tkr, nämndens "
                      "resultat (Summa SeN IT ovan) är \u2212219 tkr (en avrundningsdifferens, "
                      "eller bokslutets fastställda summa)."]
    assert "(kommunernas rader summerar till \u2212220\u00a0tkr)" in \
        allocation.explanation(rounded)[0]


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_no_fund_note_when_they_agree(period):
    assert allocation.fund_notes_for(open_report(period)) == []
