"""A decision's long date or year written with a no-break space ("31 januari 2024" pasted
from the kallelse, "2023 års") or wrapped onto the next line in a literal block was not
read as a date, so a decision copied from last month's agenda passed the check that
warns of it unsaid. The warning names it on one line."""

from __future__ import annotations

import logging
import re
from datetime import date

import pytest

from itvt_lib.publishing.notebooks import foreign_report_date
from itvt_lib.publishing.runner import RunOptions, check


@pytest.mark.parametrize(("text", "last_day", "expected"), [
    ("godkänner månadsrapport per 31\u00a0januari\u00a02024", "2024-02-29", "31 januari 2024"),
    ("godkänner månadsrapport per 31\njanuari 2024", "2024-02-29", "31 januari 2024"),
    ("godkänner månadsrapport per 29\u00a0februari 2024", "2024-02-29", None),
    ("godkänner 2022\u00a0års förvaltningsberättelse", "2023-12-31", "2022 års"),
    ("godkänner 2023\u00a0års förvaltningsberättelse", "2023-12-31", None),
])
def test_a_date_written_with_another_space_is_read(text, last_day, expected):
    result = foreign_report_date(text, date.fromisoformat(last_day), "2024-03-06")
    assert result == expected


def test_a_copied_decision_with_a_no_break_space_is_warned(params, caplog):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "per 2024-02-29.", "per 31\u00a0januari 2024."), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
    result = " ".join(r.getMessage() for r in caplog.records)
    assert re.search(r"arenden\[3\]\.beslut: beslutet nämner 31 januari 2024, men ärendets "
                     r"rapport är per 2024-02-29", result)
