"""The meeting as data: a period file names its meeting by date, the meeting's agenda is
one file shared by every period treated there (params/meetings/<datum>.yaml), and a bad
agenda value is one line naming that file and the key."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError

AGENDA = """\
meeting:
  datum: "2024-03-06"
  tid: "09:00"
  ordforande: Mats Palm
  inledning: [Upprop]
arenden:
  - nummer: 1
    tid: "09:05"
    rubrik: Översyn av servicenämnderna
    diarienummer: ITVT-2024-00020
    underlag: muntlig information
"""


def _params_dir(tmp_path, agenda: str = AGENDA,
                period_file: str = 'meeting:\n  datum: "2024-03-06"\n'):
    (tmp_path / "defaults.yaml").write_text("", encoding="utf-8")
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "2024-03-06.yaml").write_text(agenda, encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text(period_file, encoding="utf-8")
    return tmp_path


def test_a_period_file_takes_the_agenda_of_its_meeting(tmp_path):
    result = load_params("2024-02", _params_dir(tmp_path))
    assert (result.meeting.ordforande, result.meeting.inledning) == ("Mats Palm", ["Upprop"])
    assert [(a.nummer, a.tid, a.rubrik) for a in result.arenden] == \
        [(1, "09:05", "Översyn av servicenämnderna")]
    assert result.sources.where("arenden", 0, "tid").endswith(
        "meetings/2024-03-06.yaml: arenden[1].tid")


def test_the_period_file_overrides_its_meetings_file(tmp_path):
    period_file = 'meeting:\n  datum: "2024-03-06"\n  tid: "13:00"\n'
    result = load_params("2024-02", _params_dir(tmp_path, period_file=period_file))
    assert (result.meeting.tid, result.meeting.ordforande) == ("13:00", "Mats Palm")


def test_a_period_without_a_meetings_file_has_no_agenda(tmp_path):
    period_file = 'meeting:\n  datum: "2024-04-10"\n'
    result = load_params("2024-02", _params_dir(tmp_path, period_file=period_file))
    assert (result.meeting.datum, result.arenden) == ("2024-04-10", None)


@pytest.mark.parametrize(("agenda", "expected"), [
    (AGENDA.replace('tid: "09:05"', "tid: 9.05"),
     r"arenden\[1\]\.tid: ska vara text, inte 9\.05"),
    (AGENDA.replace('tid: "09:05"', 'tid: "9.05"'),
     r"arenden\[1\]\.tid: \"9\.05\" är ingen tid TT:MM"),
    (AGENDA.replace("nummer: 1", "nummer: 0"), r"arenden\[1\]\.nummer: 0 är mindre än 1"),
    (AGENDA + '    sidor: ["1"]\n',
     r"arenden\[1\]\.sidor: \"1\" är inget sidnummer med två siffror"),
    (AGENDA + '    rapport: "2024-13"\n', r"arenden\[1\]\.rapport: \"2024-13\" är ingen period"),
    (AGENDA + "    foredragnde: IT-chef\n",
     r"arenden\[1\]\.foredragnde: okänd nyckel \(menade du foredragande\?\)"),
    (AGENDA.replace("  inledning: [Upprop]", "  inledning: Upprop"),
     r"meeting\.inledning: ska vara en lista"),
    (AGENDA + "namnd: X\n", r"namnd: en mötesfil innehåller bara meeting och arenden"),
])
def test_a_bad_agenda_value_names_the_meetings_file_and_key(tmp_path, agenda, expected):
    with pytest.raises(ParamError, match=r"^\S*meetings/2024-03-06\.yaml: " + expected):
        load_params("2024-02", _params_dir(tmp_path, agenda))


def test_both_periods_of_the_6_march_meeting_share_its_whole_agenda():
    result = [load_params(period) for period in ("2023-12", "2024-02")]
    assert result[0].arenden == result[1].arenden
    assert [a.nummer for a in result[0].arenden] == [1, 2, 3, 4, 5, 6, 7]
    assert len(result[0].meeting.inledning) == 4
