"""A period file copied from the month before (README "Adding a month": copy
params/2024-02.yaml) kept that month's meeting: the report per 2024-03-31 was published
as treated at the meeting of 2024-03-06, with that meeting's agenda approving the
February report, and `check` said ok. A meeting on or before the period's last day is now
bad input in one line naming the file and key (publishing/notebooks.py)."""

from __future__ import annotations

from datetime import date

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.notebooks import meeting_before_period_end
from itvt_lib.publishing.runner import RunOptions, check


@pytest.mark.parametrize(("datum", "expected"), [
    ("2024-02-15", True), ("2024-02-29", True), ("2023-03-06", True),
    ("2024-03-01", False), ("2024-03-06", False), (None, False)])
def test_a_meeting_treats_a_report_only_after_the_period(datum, expected):
    result = meeting_before_period_end(datum, date(2024, 2, 29))
    assert result is expected


def _meeting(params, datum: str) -> None:
    path = params / "2024-02.yaml"
    text = path.read_text(encoding="utf-8").replace('datum: "2024-03-06"', f'datum: "{datum}"')
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("datum", ["2024-02-29", "2024-02-06"])
def test_a_meeting_before_the_period_ends_is_bad_input(params, datum):
    _meeting(params, datum)
    expected = (rf"2024-02\.yaml: meeting\.datum: sammanträdet {datum} ligger inte efter "
                r"periodens slut \(2024-02-29\)")
    with pytest.raises(ParamError, match=expected):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_a_meeting_after_the_period_passes(params):
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12", "2024-02"], params_dir=params))]
    assert result == [0, 0]


def test_an_agenda_item_on_a_report_of_a_month_not_yet_ended_is_bad_input(params):
    """A meeting of 2024-01-20 cannot treat the report per 2024-02-29 (a copied agenda)."""
    path = params / "2023-12.yaml"
    text = path.read_text(encoding="utf-8").replace('datum: "2024-03-06"', 'datum: "2024-01-20"')
    path.write_text(text + "arenden:\n  - {nummer: 1, rubrik: X, sidor: ['01'], "
                           "rapport: '2024-02'}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"2023-12\.yaml: arenden\[1\]\.rapport: \"2024-02\" "
                                         r"slutar inte före sammanträdet 2024-01-20"):
        check(RunOptions(periods=["2023-12"], params_dir=params))


def test_an_agenda_item_on_an_ended_report_passes(params):
    path = params / "2023-12.yaml"
    text = path.read_text(encoding="utf-8").replace('datum: "2024-03-06"', 'datum: "2024-01-20"')
    path.write_text(text, encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12"], params_dir=params))]
    assert result == [0]
