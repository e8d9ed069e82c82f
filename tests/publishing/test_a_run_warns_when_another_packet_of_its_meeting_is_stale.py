"""The meeting of 2024-03-06 moved to 13:00 in another room (its file, shared by 2023-12 and
2024-02, edited) and only 2024-02 was run again: the published 2023-12 packet still said
"kl. 09.00 – Träningen" for the same meeting, and nothing said so. A run now warns for
each published period outside it whose packet shows its meeting otherwise
(publishing/meeting_packets.py)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing.meeting_packets import (
    meeting_changes,
    stale_meeting_packets,
    warn_stale_meeting_packets,
)


def _publish(outputs, period: str, parameters: dict) -> None:
    (outputs / period).mkdir(parents=True)
    (outputs / period / "manifest.json").write_text(
        json.dumps({"period": period, "parameters": parameters}), encoding="utf-8")


def _parameters(params, period: str) -> dict:
    return open_report(period, params_dir=params).params.model_dump(mode="json",
                                                                    exclude_none=True)


def _move_meeting(params) -> None:
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('tid: "09:00"', 'tid: "13:00"')
                    .replace("plats: Träningen", "plats: Nämndrummet"), encoding="utf-8")


@pytest.mark.parametrize(("change", "expected"), [
    ({}, []),
    ({"meeting": {"datum": "2024-03-06", "tid": "13:00"}}, ["tid"]),
    ({"meeting": {"datum": "2024-03-06", "tid": "13:00", "plats": "B"}}, ["tid", "plats"]),
    ({"arenden": [{"rubrik": "X"}]}, ["ärenden"]),
    ({"controller": "Per Ek"}, []),             # each period's own controller
])
def test_what_a_start_page_shows_of_its_meeting(change, expected):
    published = {"meeting": {"datum": "2024-03-06", "tid": "09:00"}, "arenden": [],
                 "controller": "Hanna Larsson"}
    result = meeting_changes(published, {**published, **change})
    assert result == expected


def test_a_packet_of_the_same_meeting_built_before_it_moved_is_named(tmp_path, params):
    _publish(tmp_path / "out", "2023-12", _parameters(params, "2023-12"))
    _move_meeting(params)
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    expected = ["2023-12: den publicerade rapporten visar sammanträdet 2024-03-06 som det var "
                "när den byggdes (tid och plats är nu andra); kör om 2023-12 också"]
    assert result == expected


def test_packets_that_agree_or_another_meeting_pass(tmp_path, params):
    _publish(tmp_path / "out", "2023-12", _parameters(params, "2023-12"))
    other = {**_parameters(params, "2023-12"), "meeting": {"datum": "2024-01-20"}}
    _publish(tmp_path / "out", "2023-11", other)
    (tmp_path / "out" / "2023-10").mkdir()                       # a folder without manifest
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    assert result == []


def test_a_period_of_the_run_itself_is_not_named(tmp_path, params):
    _publish(tmp_path / "out", "2024-02", _parameters(params, "2024-02"))
    _move_meeting(params)
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    assert result == []


def test_the_warning_is_one_swedish_line(tmp_path, params, caplog):
    _publish(tmp_path / "out", "2023-12", _parameters(params, "2023-12"))
    _move_meeting(params)
    with caplog.at_level(logging.WARNING, logger="itvt"):
        warn_stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    result = [r.getMessage() for r in caplog.records]
    assert len(result) == 1 and result[0].startswith("varning: 2023-12: den publicerade")


@pytest.mark.parametrize("parameters", [{"meeting": "2024-03-06"}, {"meeting": ["x"]},
                                        {"meeting": None}, {}])
def test_a_manifest_edited_by_hand_is_passed_over(tmp_path, params, parameters):
    _publish(tmp_path / "out", "2023-12", parameters)
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    assert result == []


def test_a_folder_that_cannot_be_read_is_passed_over(tmp_path, params, monkeypatch):
    """A permission error (EACCES; root reads anything, so it is raised here by hand)."""
    _publish(tmp_path / "out", "2023-12", {"meeting": {"datum": "2024-03-06"}})
    ctx = open_report("2024-02", params_dir=params)

    def refused(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_file", refused)
    result = stale_meeting_packets([ctx], tmp_path / "out")
    assert result == []


def test_a_period_file_that_overrides_its_meeting_is_not_named_again(tmp_path, params):
    """2023-12.yaml sets its own time: its packet differs from 2024-02's by its own params,
    so running it again would change nothing (no warning on every run)."""
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'datum: "2024-03-06"', 'datum: "2024-03-06"\n  tid: "13:00"'), encoding="utf-8")
    _publish(tmp_path / "out", "2023-12", _parameters(params, "2023-12"))
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    assert result == []


def test_a_packet_whose_period_moved_to_another_meeting_is_named(tmp_path, params):
    _publish(tmp_path / "out", "2023-12", _parameters(params, "2023-12"))
    path = params / "2023-12.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"'),
                    encoding="utf-8")
    result = stale_meeting_packets([open_report("2024-02", params_dir=params)], tmp_path / "out")
    assert len(result) == 1 and "(datum, tid, plats, ordförande" in result[0]
