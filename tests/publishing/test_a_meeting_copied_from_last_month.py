"""A month's packet built on last month's agenda: `params/2024-03.yaml` named a new
meeting (2024-04-10) whose file was copied from `meetings/2024-03-06.yaml` with its ärenden
unchanged, so the 2024-03 packet printed "godkänner månadsrapport per 2024-02-29" as this
meeting's decision, linked to ../2024-02/, and `check` said ok. An item's packet
(`rapport`) is now treated only at the meeting its own period file names (else bad input),
and a decision naming only another month's last day is a warning (publishing/notebooks.py:
the committee's words are never refused)."""

from __future__ import annotations

import logging
import re
from datetime import date

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.notebooks import foreign_report_date, meeting_of_report
from itvt_lib.publishing.runner import RunOptions, check


@pytest.mark.parametrize(("text", "expected"), [
    ("godkänner månadsrapport per 2024-02-29.", None),
    ("godkänner månadsrapport per 2024-01-31.", "2024-01-31"),
    ("godkänner rapport per 2024-02-29 med prognos per 2024-12-31", None),
    ("godkänner rapporten med prognos per 2024-12-31", None),   # the forecast's year end
    ("godkänner rapport per 2024-01-31 med prognos per 2024-12-31", "2024-01-31"),
    ("godkänner rapport per 2024-02-29 och noterar utfallet per 2023-12-31", None),
    ("godkänner rapport per 2023-12-31", "2023-12-31"),
    ("godkänner månadsrapporten per 31 januari 2024", "31 januari 2024"),
    ("godkänner rapporten per 29 Februari 2024", None),
    ("beslutet gäller från 2024-03-06", None),          # a day that ends no month
    ("diarienummer ITVT-2023-12-31-4", None),          # a number, not a date
    ("godkänner 2023 års förvaltningsberättelse", None),
    (None, None),
])
def test_a_decision_names_only_its_own_reports_date(text, expected):
    result = foreign_report_date(text, date(2024, 2, 29))
    assert result == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("godkänner 2024 års förvaltningsberättelse.", None),
    ("godkänner 2023 års förvaltningsberättelse.", "2023 års"),
    ("godkänner 2024 års förvaltningsberättelse och 2023 års resultatfond", None),
    ("godkänner förvaltningsberättelse per 2024-12-31", None),
    ("godkänner förvaltningsberättelse per 2023-12-31", "2023-12-31"),
])
def test_a_year_end_decision_names_its_own_year(text, expected):
    result = foreign_report_date(text, date(2024, 12, 31))
    assert result == expected


def _copied_meeting(params, datum: str) -> None:
    """The period file of 2024-02 names meeting `datum`, an unchanged copy of 2024-03-06."""
    period = params / "2024-02.yaml"
    period.write_text(period.read_text(encoding="utf-8").replace(
        'datum: "2024-03-06"', f'datum: "{datum}"'), encoding="utf-8")
    meetings = params / "meetings"
    (meetings / f"{datum}.yaml").write_text((meetings / "2024-03-06.yaml").read_text(
        encoding="utf-8").replace('datum: "2024-03-06"', f'datum: "{datum}"'), encoding="utf-8")


def test_an_agenda_copied_from_another_meeting_is_bad_input(params):
    _copied_meeting(params, "2024-04-10")
    expected = (r"meetings/2024-04-10\.yaml: arenden\[4\]\.rapport: rapporten \"2023-12\" "
                r"behandlas vid sammanträdet 2024-03-06 \(enligt 2023-12\.yaml\), inte vid "
                r"detta 2024-04-10")
    with pytest.raises(ParamError, match=expected):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_a_report_treated_again_at_its_own_new_meeting_passes(params):
    """Both period files name the new meeting (an ärende moved to the next meeting)."""
    _copied_meeting(params, "2024-04-10")
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'datum: "2024-03-06"', 'datum: "2024-04-10"'), encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12", "2024-02"], params_dir=params))]
    assert result == [0, 0]


@pytest.mark.parametrize("beslut", ["per 2024-01-31", "per 31 januari 2024"])
def test_a_decision_on_another_months_report_is_warned(params, beslut, caplog):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("per 2024-02-29", beslut),
                    encoding="utf-8")
    expected = (rf"2024-03-06\.yaml: arenden\[3\]\.beslut: beslutet nämner "
                rf"{beslut[4:]}, men ärendets rapport är per 2024-02-29")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
    assert re.search(expected, " ".join(r.getMessage() for r in caplog.records))


def test_a_title_on_another_months_report_is_warned(params, caplog):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "rubrik: Månadsuppföljningar 2024 för", "rubrik: Månadsrapport per 2024-01-31 för"),
        encoding="utf-8")
    expected = (r"2024-03-06\.yaml: arenden\[3\]\.rubrik: rubriken nämner 2024-01-31, men "
                r"ärendets rapport är per 2024-02-29")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
    assert re.search(expected, " ".join(r.getMessage() for r in caplog.records))


@pytest.mark.parametrize(("written", "expected"), [
    ('"2024-03-06"', "2024-03-06"), ("2024-03-06", "2024-03-06"),
    ("2024-03-06 09:00", None), ("", None)])
def test_the_meeting_a_reports_own_file_names(params, written, expected):
    """A date with a time is that period's own error, not another meeting."""
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', written),
                    encoding="utf-8")
    result = meeting_of_report(params, "2023-12")
    assert result == expected
