"""The start page printed the meeting's time "kl. 13:30" above an agenda whose times read
"09.05" (as the kallelse prints them); both now read with a full stop (publishing/pages.py)."""

from __future__ import annotations

import pytest

from itvt_lib.publishing.pages import meeting_line


@pytest.mark.parametrize(("meeting", "expected"), [
    ({"datum": "2024-03-06", "tid": "09:00", "plats": "Träningen"},
     "2024-03-06 kl. 09.00 – Träningen"),
    ({"datum": "2024-04-10", "tid": "13:30"}, "2024-04-10 kl. 13.30"),
    ({"datum": "2024-04-10", "plats": "Teams"}, "2024-04-10 – Teams"),
    ({}, ""),
])
def test_the_meeting_line(meeting, expected):
    result = meeting_line(meeting)
    assert result == expected
