"""A text of the meeting or of an ärende that is set but blank (`justerare: " "`) printed
"Förslag på justerare: " over nothing, a dash before no place, or an empty agenda row on
the start page; it is bad input, one line naming the meeting file and the key, as a blank
controller name or comment is. A text left out is still left out of the page."""

from __future__ import annotations

import re

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


def _edit(params, old, new):
    path = params / "meetings" / "2024-03-06.yaml"
    source, found = re.subn(old, lambda _: new, path.read_text(encoding="utf-8"), count=1)
    assert found, old
    path.write_text(source, encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "key"), [
    (r"plats: .*", 'plats: " "', r"meeting\.plats"),
    (r"ordforande: .*", 'ordforande: ""', r"meeting\.ordforande"),
    (r"justerare: .*", 'justerare: "\\u00a0"', r"meeting\.justerare"),
    (r"sekreterare: .*", 'sekreterare: "\\u200b"', r"meeting\.sekreterare"),
    (r"- Upprop", '- " "', r"meeting\.inledning\[2\]"),
    (r"foredragande: Kommundirektörerna", 'foredragande: " "', r"arenden\[1\]\.foredragande"),
    (r"diarienummer: ITVT-2024-00020", 'diarienummer: ""', r"arenden\[1\]\.diarienummer"),
    (r"underlag: muntlig information", 'underlag: " "', r"arenden\[1\]\.underlag"),
    (r"beslut: Servicenämnden IT, växel .*", 'beslut: "\\t "', r"arenden\[3\]\.beslut"),
])
def test_a_blank_meeting_text_is_bad_input(params, old, new, key):
    _edit(params, old, new)
    with pytest.raises(ParamError, match=r"meetings/2024-03-06\.yaml: " + key + ": är tom"):
        load_params("2024-02", params)


def test_a_meeting_text_left_out_is_none(params):
    _edit(params, r"\n  justerare: .*", "")
    result = load_params("2024-02", params).meeting.justerare
    assert result is None
