"""An ärende moved (bordlagt) from the meeting of 2024-03-06 to 2024-04-10 keeps its packet
(`rapport: "2023-12"`), whose period file names 2024-03-06, where the rest of that report
was treated. The rule that refuses a copied agenda (an item on a packet treated at the
meeting its period file names repeats that meeting's item) would refuse it too, as a moved
item keeps its title and decision, so such an item says why:
`flyttat_fran: "2024-03-06"`, shown on the start page (publishing/notebooks.py, pages.py)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.publishing import pages
from itvt_lib.publishing.runner import RunOptions, check

MOVED = """\
meeting:
  datum: "2024-04-10"
arenden:
  - nummer: 1
    rubrik: Över- och underskottshantering 2023 för Servicenämnden IT, Växel och Telefoni
    beslut: Servicenämnd IT, Växel och Telefoni föreslår respektive kommun att avskriva
      2023 års över- respektive underskott.
    rapport: "2023-12"
    sidor: ["02"]
"""


def _moved(params, extra: str = "") -> None:
    """The February report is treated at 2024-04-10, with item 5 of 2024-03-06 moved there."""
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"'),
                    encoding="utf-8")
    (params / "meetings" / "2024-04-10.yaml").write_text(MOVED + extra, encoding="utf-8")


def test_a_moved_item_without_its_former_meeting_is_bad_input(params):
    _moved(params)
    with pytest.raises(ParamError, match=r"2024-04-10\.yaml: arenden\[1\]\.rapport: rapporten "
                                         r"\"2023-12\" behandlas vid sammanträdet 2024-03-06 .*"
                                         r"skriv flyttat_fran: \"2024-03-06\""):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_a_moved_item_naming_its_former_meeting_passes(params):
    _moved(params, '    flyttat_fran: "2024-03-06"\n')
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02"], params_dir=params))]
    assert result == [0]


@pytest.mark.parametrize(("written", "expected"), [
    ('"2024-04-10"', r"flyttat_fran: 2024-04-10 ligger inte före sammanträdet 2024-04-10"),
    ('"2024-3-6"', r"flyttat_fran: \"2024-3-6\" är inget datum ÅÅÅÅ-MM-DD"),
    ('"2024-02-01"', r"rapport: rapporten \"2023-12\" behandlas vid sammanträdet 2024-03-06"),
    ('"2023-12-20"', r"flyttat_fran: sammanträdet 2023-12-20 ligger inte efter rapportens slut "
                     r"\(2023-12-31\)"),
])
def test_a_former_meeting_that_cannot_be_it_is_bad_input(params, written, expected):
    _moved(params, f"    flyttat_fran: {written}\n")
    with pytest.raises(ParamError, match=rf"2024-04-10\.yaml: arenden\[1\]\.{expected}"):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_the_start_page_says_where_the_item_was_moved_from(params):
    _moved(params, '    flyttat_fran: "2024-03-06"\n')
    ctx = open_report("2024-02", params_dir=params)
    page = [{"href": "02-fordelning-kommuner.html", "title": "Fördelning mellan kommunerna"}]
    result = [(r["underlag"], [link["href"] for link in r["links"]])
              for r in pages.agenda_rows(ctx, page)]
    expected = [("Flyttat från sammanträdet 2024-03-06. Förvaltningsberättelse 2023-12-31:",
                 ["../2023-12/02-fordelning-kommuner.html"])]
    assert result == expected


def _tabled(params, extra: str) -> None:
    """The February report, on the agenda of 2024-03-06, tabled to an extra meeting of
    2024-03-20: its period file names 2024-03-20, whose agenda holds it `extra`."""
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-03-20"'),
                    encoding="utf-8")
    (params / "meetings" / "2024-03-20.yaml").write_text(
        'meeting:\n  datum: "2024-03-20"\narenden:\n  - nummer: 1\n    rubrik: Månadsrapport\n'
        '    beslut: Godkänner månadsrapport per 2024-02-29.\n    rapport: "2024-02"\n'
        f'    sidor: ["01"]\n{extra}', encoding="utf-8")


def test_the_former_meetings_packet_keeps_the_item_moved_away(params):
    """The 2023-12 packet (2024-03-06) still shows item 3 on the February report."""
    _tabled(params, '    flyttat_fran: "2024-03-06"\n')
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12", "2024-02"], params_dir=params))]
    assert result == [0, 0]


def test_an_item_on_a_report_whose_later_meeting_does_not_take_it_up_is_bad_input(params):
    """2024-02.yaml names 2024-03-20, whose agenda holds no item on the February report (a
    wrong date in the period file?): 2024-03-06's item on it is refused."""
    _tabled(params, "")
    path = params / "meetings" / "2024-03-20.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '    rapport: "2024-02"\n    sidor: ["01"]\n', "    underlag: muntlig information\n"),
        encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-03-06\.yaml: arenden\[3\]\.rapport: rapporten "
                                         r"\"2024-02\" behandlas vid sammanträdet 2024-03-20 .*"
                                         r"ta upp den vid sammanträdet 2024-03-20 också$"):
        check(RunOptions(periods=["2023-12"], params_dir=params))


def test_an_item_tabled_twice_names_the_meeting_it_last_left(params):
    """Item 5 of 2024-03-06 tabled to an extra meeting of 2024-03-20 and from there to
    2024-04-10 (bordlagt två gånger): 2024-04-10's item says `flyttat_fran: "2024-03-20"`,
    a meeting after the one its packet's period file names; it was refused as copied."""
    _moved(params, '    flyttat_fran: "2024-03-20"\n')
    (params / "meetings" / "2024-03-20.yaml").write_text(
        MOVED.replace('"2024-04-10"', '"2024-03-20"') + '    flyttat_fran: "2024-03-06"\n',
        encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02"], params_dir=params))]
    assert result == [0]
