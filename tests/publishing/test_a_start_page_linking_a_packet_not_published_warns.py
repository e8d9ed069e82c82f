"""`itvt run --period 2024-02 --pdf --output-dir <new folder>` published a start page whose
ärenden 4, 5 and 7 link to "../2023-12/08-arsrapport.html" and others: pages of the
December packet (the agenda's `rapport: "2023-12"`), which that folder did not hold. The
committee member's click led nowhere, exit 0 and no `varning:`. A run now warns, per
period of the run, for each other packet its start page links to that is neither in the
run nor published in the output folder (publishing/meeting_packets.py); a packet
published there (a link or an older itvt's real folder), or built in the same run, or an
ärende naming its rapport without pages, says nothing."""

from __future__ import annotations

import json
import logging

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing.meeting_packets import unpublished_linked_packets, warn_linked_packets


def _publish(outputs, period: str, as_link: bool = False) -> None:
    folder = outputs / (f".builds/{period}-20240301T0600-1" if as_link else period)
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({"period": period}), encoding="utf-8")
    if as_link:
        (outputs / period).symlink_to(folder.relative_to(outputs))


def test_a_start_page_linking_the_december_packet_missing_from_the_folder_warns(tmp_path):
    out = tmp_path / "out"
    result = unpublished_linked_packets([open_report("2024-02")], out)
    expected = [f"2024-02: startsidans ärenden länkar till sidor i rapporten för 2023-12, som "
                f"inte är publicerad i {out}; länkarna leder ingenstans förrän itvt run "
                f"--period 2023-12 körs där"]
    assert result == expected


def test_the_warning_is_said_once_per_packet_after_varning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="itvt"):
        warn_linked_packets([open_report("2024-02")], tmp_path / "out")
    result = [r.getMessage() for r in caplog.records]
    assert len(result) == 1
    assert result[0].startswith("varning: 2024-02: startsidans ärenden länkar")


@pytest.mark.parametrize("as_link", [True, False], ids=["published link", "older real folder"])
def test_a_packet_published_in_the_folder_says_nothing(tmp_path, as_link):
    _publish(tmp_path / "out", "2023-12", as_link)
    result = unpublished_linked_packets([open_report("2024-02")], tmp_path / "out")
    assert result == []


def test_both_packets_of_the_meeting_in_one_run_say_nothing(tmp_path):
    contexts = [open_report("2023-12"), open_report("2024-02")]
    result = unpublished_linked_packets(contexts, tmp_path / "out")
    assert result == []


def test_the_december_packet_alone_names_the_february_one(tmp_path):
    result = unpublished_linked_packets([open_report("2023-12")], tmp_path / "out")
    assert [line.split(",")[0] for line in result] == [
        "2023-12: startsidans ärenden länkar till sidor i rapporten för 2024-02"]


def test_an_item_naming_its_rapport_without_pages_says_nothing(tmp_path, params):
    agenda = params / "meetings" / "2024-03-06.yaml"
    text = agenda.read_text(encoding="utf-8")
    agenda.write_text(text.replace('sidor: ["08", "01"]', "underlag: muntlig information")
                      .replace('sidor: ["02"]', "underlag: muntlig information")
                      .replace('sidor: ["06"]', "underlag: muntlig information"),
                      encoding="utf-8")
    result = unpublished_linked_packets([open_report("2024-02", params_dir=params)],
                                        tmp_path / "out")
    assert result == []
