"""The February report tabled from 2024-03-06 to 2024-03-20: the controller writes
`meeting: datum: "2024-03-20"` in 2024-02.yaml first, the agenda meetings/2024-03-20.yaml
later. Meanwhile the 2023-12 report (2024-03-06, whose agenda keeps item 3 on the February
report) was refused as a copied meeting; an agenda not yet written is a warning, and one
written without the report is still refused (test_an_agenda_item_moved_to_a_later_meeting)."""

from __future__ import annotations

import logging

import pytest

from itvt_lib.publishing.runner import RunOptions, check


def _tabled(params, datum: str) -> None:
    """2024-02.yaml names the meeting `datum`, whose agenda file is not written."""
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', f'"{datum}"'),
                    encoding="utf-8")


@pytest.mark.parametrize("datum", ["2024-03-20", "2024-03-07", "2024-04-10", "2024-12-31"])
def test_the_earlier_meeting_passes_with_a_warning(params, caplog, datum):
    _tabled(params, datum)
    with caplog.at_level(logging.WARNING, logger="itvt"):
        result = [len(failing) for _, failing in
                  check(RunOptions(periods=["2023-12"], params_dir=params))]
    assert result == [0]
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert (f'2024-03-06.yaml: arenden[3].rapport: rapporten "2024-02" behandlas vid '
            f"sammanträdet {datum} (enligt 2024-02.yaml), vars dagordning "
            f"meetings/{datum}.yaml inte finns ännu") in warned

