"""A report treated at two meetings: the year end 2023, its period file naming 2024-04-10
(where the förvaltningsberättelse is treated), also on the agenda of 2024-03-06 beside the
February report (a preliminary bokslut, the internkontroll's follow-up). The rule that
refuses a copied agenda refused 2024-03-06's items on it (its packet is treated at
2024-04-10, not there) unless 2024-04-10's item claimed to be moved from 2024-03-06, which
stopped the February report. A copied agenda holds items of an earlier meeting; an item before the
meeting its period file names, whose agenda takes the report up, is no copy."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.settings import Arende
from itvt_lib.publishing.notebooks import copied_item, report_items
from itvt_lib.publishing.runner import RunOptions, check

LATER = """\
meeting:
  datum: "2024-04-10"
arenden:
  - nummer: 1
    rubrik: Förvaltningsberättelse 2023
    beslut: Nämnden godkänner 2023 års förvaltningsberättelse.
    rapport: "2023-12"
    sidor: ["08"]
"""


def _later_meeting(params, agenda: str) -> None:
    """2023-12.yaml names 2024-04-10, whose agenda is `agenda`."""
    (params / "meetings" / "2024-04-10.yaml").write_text(agenda, encoding="utf-8")
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"'),
                    encoding="utf-8")


@pytest.mark.parametrize(("agenda", "expected"), [
    (LATER, False),   # the report's own later meeting takes it up
    (LATER.replace('    rapport: "2023-12"\n    sidor: ["08"]\n', ""), True),   # it does not
])
def test_a_report_taken_up_at_its_own_later_meeting_is_no_copy(params, agenda, expected):
    _later_meeting(params, agenda)
    items = report_items(params, "2024-04-10", "2023-12")
    result = copied_item(Arende(rubrik="Bokslut 2023"), "2024-03-06", "2024-04-10", items)
    assert result == expected


def test_an_earlier_meeting_treating_the_report_first_passes(params):
    _later_meeting(params, LATER)
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02", "2023-12"], params_dir=params))]
    assert result == [0, 0]


def test_a_later_meeting_not_taking_the_report_up_is_bad_input(params):
    _later_meeting(params, LATER.replace('    rapport: "2023-12"\n    sidor: ["08"]\n',
                                         "    underlag: muntlig information\n"))
    with pytest.raises(ParamError, match=r"2024-03-06\.yaml: arenden\[4\]\.rapport: rapporten "
                                         r"\"2023-12\" behandlas vid sammanträdet 2024-04-10 .*"
                                         r"ta upp den vid sammanträdet 2024-04-10 också$"):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_a_later_agenda_written_in_the_reports_own_period_file_counts(params):
    """2023-12.yaml names 2024-04-10 and holds that meeting's agenda itself (`arenden`, an
    item without `rapport` is on its own packet); no meetings/2024-04-10.yaml."""
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"')
                    + 'arenden:\n  - nummer: 1\n    rubrik: Förvaltningsberättelse 2023\n'
                    '    beslut: Godkänner 2023 års förvaltningsberättelse.\n'
                    '    sidor: ["08"]\n', encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02", "2023-12"], params_dir=params))]
    assert result == [0, 0]
