"""A params folder whose meeting's agenda is saved as params/meetings/2024-02-30.yaml (a
day February lacks; 2024-06-31.yaml) was accepted: no period file can name that day, so the
agenda was never read and `itvt check` said ok while the packet went out without its
ärenden. A meeting file's name is a day of the calendar, else one Swedish line naming it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import is_meeting_file


@pytest.mark.parametrize("name, expected", [
    ("2024-03-06.yaml", True),
    ("2024-02-29.yaml", True),
    ("2024-02-30.yaml", False),
    ("2023-02-29.yaml", False),
    ("2024-06-31.yaml", False),
    ("2024-3-6.yaml", False),
])
def test_a_meeting_file_name_is_a_day_of_the_calendar(name, expected):
    result = is_meeting_file(name)
    assert result == expected


@pytest.mark.parametrize("name", ["2024-02-30.yaml", "2024-06-31.yaml"])
def test_an_agenda_named_by_no_day_is_refused(params, name):
    (params / "meetings" / name).write_text((params / "meetings" / "2024-03-06.yaml")
                                            .read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ParamError, match=rf"meetings/{name}: läses inte \(itvt läser en fil "
                       r"per sammanträde"):
        load_params("2024-02", params)
