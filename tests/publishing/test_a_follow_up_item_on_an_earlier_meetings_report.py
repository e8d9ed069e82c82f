"""A later meeting's own item on a report treated earlier: at 2024-04-10 (the March
report's meeting) "Resultatfond efter kommunfullmäktiges beslut om 2023 års underskott"
with the year-end packet's page 02, or an återremiss of the February report with its new
decision. The rule that refuses a copied agenda refused every item on a packet whose
period file names another, earlier meeting, so such a follow-up could only claim to be
moved there (flyttat_fran) or drop its link, or the March report stopped. A copied item
repeats the title of its packet's meeting's item; a follow-up has its own, though its
decision may read alike ("Nämnden noterar informationen")."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.settings import Arende
from itvt_lib.publishing.notebooks import copied_item
from itvt_lib.publishing.runner import RunOptions, check

OWN = [{"rubrik": "Över- och underskottshantering 2023", "rapport": "2023-12",
        "beslut": "Nämnden föreslår att avskriva 2023 års\n  underskott."}]


@pytest.mark.parametrize(("rubrik", "beslut", "expected"), [
    ("Resultatfond 2023", "Nämnden noterar regleringen mot resultatfonden.", False),
    ("Över- och underskottshantering 2023", "Nämnden noterar beslutet.", True),
    ("Åtgärder efter underskottet", "Nämnden föreslår att avskriva 2023 års underskott.", False),
    ("Över- och underskottshantering  2023", None, True),
    ("Resultatfond 2023", None, False),
])
def test_an_item_repeating_its_packets_meetings_item_is_a_copy(rubrik, beslut, expected):
    result = copied_item(Arende(rubrik=rubrik, beslut=beslut), "2024-04-10", "2024-03-06",
                         OWN)
    assert result == expected


def test_an_unreadable_or_empty_agenda_of_its_packets_meeting_holds_no_copy():
    item = Arende(rubrik="Över- och underskottshantering 2023")
    result = [copied_item(item, "2024-04-10", "2024-03-06", items) for items in (None, [])]
    assert result == [False, False]


FOLLOW_UP = """\
meeting:
  datum: "2024-04-10"
arenden:
  - nummer: 1
    rubrik: Resultatfond efter kommunfullmäktiges beslut om 2023 års underskott
    beslut: Nämnden noterar att underskottet per 2023-12-31 regleras mot resultatfonden.
    rapport: "2023-12"
    sidor: ["02"]
"""


def _follow_up(params, agenda: str) -> None:
    """2024-02.yaml names 2024-04-10 (standing in for the March report), whose agenda is
    `agenda`; 2023-12.yaml still names 2024-03-06."""
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"'),
                    encoding="utf-8")
    (params / "meetings" / "2024-04-10.yaml").write_text(agenda, encoding="utf-8")


def test_a_follow_up_on_an_earlier_meetings_report_passes(params):
    _follow_up(params, FOLLOW_UP)
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02"], params_dir=params))]
    assert result == [0]


def test_the_item_copied_unchanged_is_still_bad_input(params):
    _follow_up(params, FOLLOW_UP.replace(
        "Resultatfond efter kommunfullmäktiges beslut om 2023 års underskott",
        "Över- och underskottshantering 2023 för Servicenämnden IT, Växel och Telefoni"))
    with pytest.raises(ParamError, match=r"2024-04-10\.yaml: arenden\[1\]\.rapport: rapporten "
                                         r"\"2023-12\" behandlas vid sammanträdet 2024-03-06"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
