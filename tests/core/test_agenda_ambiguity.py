"""Hostile meeting files (params/meetings/, core/settings.py): two ärenden with
the same number (which one the minutes mean would be a guess), a page listed twice in an
ärende's papers, an ärende whose title is blank, and an ärende timed before the one it
follows (which time is the misprint would be a guess) were published as written; each is bad
input now, one line naming the file and the item."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


def _edit(params, old, new):
    path = params / "meetings" / "2024-03-06.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  - nummer: 2\n", "  - nummer: 1\n",
     r"arenden: ärende nummer 1 står två gånger \(post 1 och 2\)"),
    ('sidor: ["01", "02", "05"]', 'sidor: ["01", "02", "01"]',
     r'arenden\[3\]\.sidor: sidan "01" står två gånger'),
    ("rubrik: Översyn av servicenämnderna", 'rubrik: "  "',
     r"arenden\[1\]\.rubrik: är tom"),
    ('tid: "09:15"', 'tid: "08:00"',
     r"arenden: ärende nummer 2 har tiden 08:00, före ärende nummer 1 \(09:05\)"),
], ids=["number-twice", "page-twice", "blank-title", "time-before-previous"])
def test_an_agenda_that_could_be_read_two_ways_is_bad_input(params, old, new, message):
    _edit(params, old, new)
    with pytest.raises(ParamError, match=rf"meetings/2024-03-06\.yaml: {message}") as info:
        load_params("2024-02", params)
    assert "\n" not in str(info.value)


def test_ärenden_without_numbers_are_not_numbers_used_twice(params):
    _edit(params, "  - nummer: 1\n", "  -\n")
    _edit(params, "  - nummer: 2\n", "  -\n")
    result = [a.nummer for a in load_params("2024-02", params).arenden][:3]
    assert result == [None, None, 3]
