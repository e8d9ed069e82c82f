"""A published 2023-12 whose manifest.json was edited by hand to hold its meeting's date as
a list or a mapping ("datum": ["2024-03-06"]) stopped every later run of 2024-02 in the
stale-meeting warning with "fel: oväntat internt fel i itvt (TypeError: unhashable type:
'list')", exit 1, before anything was built. Such a manifest is passed over like one whose
meeting is not a mapping (publishing/meeting_packets.py)."""

from __future__ import annotations

import json

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing.meeting_packets import stale_meeting_packets


@pytest.mark.parametrize("datum", [["2024-03-06"], {"dag": "2024-03-06"}, 20240306])
def test_a_meeting_date_that_is_no_text_is_passed_over(tmp_path, params, datum):
    folder = tmp_path / "out" / "2023-12"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps(
        {"period": "2023-12", "parameters": {"meeting": {"datum": datum}}}), encoding="utf-8")
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)],
                                   tmp_path / "out")
    assert result == []
