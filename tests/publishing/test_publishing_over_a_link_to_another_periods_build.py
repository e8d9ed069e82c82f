"""A period's link that points at another period's build (`O/2024-02` ->
`.builds/2023-12-…`, a link copied or set by hand) passes as itvt's own structure; the next
run of 2024-02 removed "the previous build" it pointed at, which was the published 2023-12
report: `O/2023-12` was left dangling, with exit 0. A build another link keeps is never
removed."""

from __future__ import annotations

import os

import pytest

from itvt_lib.publishing.outputs import OutputFolder


@pytest.fixture
def folder(tmp_path):
    """An output folder with 2023-12 published and 2024-02 linked to the same build."""
    result = OutputFolder(tmp_path / "O")
    result.claim()
    year_end = result.new_build("2023-12")
    (year_end / "index.html").write_text("2023-12\n", encoding="utf-8")
    result.publish(year_end, "2023-12")
    os.symlink(os.readlink(result.path / "2023-12"), result.path / "2024-02")
    return result


def test_publishing_over_a_link_to_another_periods_build_keeps_that_report(folder):
    build = folder.new_build("2024-02")
    (build / "index.html").write_text("2024-02\n", encoding="utf-8")
    folder.publish(build, "2024-02")
    result = [(folder.path / p / "index.html").read_text(encoding="utf-8")
              for p in ("2023-12", "2024-02")]
    expected = ["2023-12\n", "2024-02\n"]
    assert result == expected


def test_the_previous_build_no_link_keeps_is_still_removed(tmp_path):
    folder = OutputFolder(tmp_path / "O")
    folder.claim()
    first = folder.new_build("2024-02")
    folder.publish(first, "2024-02")
    second = folder.new_build("2024-02")
    folder.publish(second, "2024-02")
    result = sorted(p.name for p in (folder.path / ".builds").iterdir())
    expected = [second.name]
    assert result == expected
