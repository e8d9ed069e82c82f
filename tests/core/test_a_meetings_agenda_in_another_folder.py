"""A params folder whose meeting agenda lay in params/Meetings/2024-03-06.yaml (the folder's
name typed with a capital) or params/sammantraden/2024-03-06.yaml was accepted: itvt reads
the agenda only from meetings/, so 2024-02's packet went out without the meeting's time,
place and ärenden and `itvt check` said ok. The period's meeting file in another folder of
params is one Swedish line naming it (core/params.py)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize("folder", ["Meetings", "sammantraden"])
def test_the_meetings_file_in_another_folder_is_refused(params, folder):
    (params / folder).mkdir()
    (params / "meetings" / "2024-03-06.yaml").rename(params / folder / "2024-03-06.yaml")
    with pytest.raises(ParamError, match=rf"{folder}/2024-03-06\.yaml: läses inte \(itvt läser "
                       r"sammanträdets fil meetings/2024-03-06\.yaml\); flytta filen dit$"):
        load_params("2024-02", params)


def test_a_copy_beside_the_meetings_own_file_is_not_read(params):
    (params / "arkiv").mkdir()
    (params / "arkiv" / "2024-03-06.yaml").write_text("meeting: {}\n", encoding="utf-8")
    result = load_params("2024-02", params).meeting.datum
    expected = "2024-03-06"
    assert result == expected
