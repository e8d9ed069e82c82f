"""A decision on the February report at the meeting of 2024-03-06 may name month ends that
are no report the meeting could treat: a date after the meeting ("återrapportera per
2024-06-30", "gäller till 30 april 2024", in a year-end packet "2024 års budget") or an
earlier decision's date with its paragraph ("KF 2023-11-30 § 145"). Each was refused as a
copied decision naming another report's date, stopping the month's report."""

from __future__ import annotations

import logging
import re
from datetime import date

import pytest

from itvt_lib.publishing.notebooks import foreign_report_date
from itvt_lib.publishing.runner import RunOptions, check


@pytest.mark.parametrize(("text", "last_day", "expected"), [
    ("godkänner rapporten och uppdrar att återrapportera per 2024-06-30", "2024-02-29", None),
    ("godkänner rapporten; anställningsstoppet gäller till 30 april 2024", "2024-02-29", None),
    ("godkänner rapporten, budget enligt KF 2023-11-30 § 145", "2024-02-29", None),
    ("godkänner rapporten, se beslut 2024-01-31, § 3", "2024-02-29", None),
    ("godkänner rapporten enligt KF:s beslut 2023-11-30 (§ 145)", "2024-02-29", None),
    ("föreslår att underskottet regleras i 2024 års budget", "2023-12-31", None),
    ("godkänner månadsrapport per 2024-01-31", "2024-02-29", "2024-01-31"),
    ("godkänner månadsrapport per 2024-01-31 § 3 i protokollet", "2024-02-29", None),
    ("godkänner 2022 års förvaltningsberättelse", "2023-12-31", "2022 års"),
    ("godkänner månadsrapport per 2024-02-29", "2024-03-31", "2024-02-29"),
])
def test_a_date_the_meeting_could_not_treat_is_no_other_report(text, last_day, expected):
    result = foreign_report_date(text, date.fromisoformat(last_day), "2024-03-06")
    assert result == expected


@pytest.mark.parametrize("beslut", [
    "godkänner månadsrapporten och uppdrar åt IT-chefen att återrapportera per 2024-06-30.",
    "godkänner månadsrapporten; nämnden beslutade 2024-01-31 § 3 om åtgärder.",
])
def test_the_meetings_agenda_with_such_a_decision_passes(params, beslut):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "godkänner månadsrapport per 2024-02-29.", beslut), encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02"], params_dir=params))]
    assert result == [0]


def test_a_decision_naming_only_an_earlier_report_is_still_warned(params, caplog):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "godkänner månadsrapport per 2024-02-29.",
        "godkänner månadsrapport per 2024-01-31 och återrapport per 2024-06-30."),
        encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
    result = " ".join(r.getMessage() for r in caplog.records)
    assert re.search(r"varning: .*arenden\[3\]\.beslut: beslutet nämner 2024-01-31", result)


@pytest.mark.parametrize(("text", "expected"), [
    ("godkänner rapporten för mars; paragrafen justeras omedelbart 2024-04-30", None),
    ("godkänner månadsrapport per 2024-02-29", "2024-02-29"),
])
def test_a_meeting_on_a_months_last_day_may_name_its_own_date(text, expected):
    result = foreign_report_date(text, date(2024, 3, 31), "2024-04-30")
    assert result == expected
