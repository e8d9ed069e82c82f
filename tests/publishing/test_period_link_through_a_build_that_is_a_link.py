"""A period's link must end in a real build folder: a `.builds/<name>` that is itself a
symlink (or a file) would lead out of the output folder, so the run refuses it untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itvt_lib.publishing.outputs import OutputError, OutputFolder

BUILD = "2023-12-20260101T000000000000-1"


def _folder(tmp_path: Path) -> OutputFolder:
    folder = OutputFolder(tmp_path / "outputs")
    folder.claim()
    (folder.path / ".builds").mkdir()
    os.symlink(f".builds/{BUILD}", folder.path / "2023-12")
    return folder


@pytest.mark.parametrize(("make", "match"), [
    (lambda build, outside: os.symlink(outside, build), r"är en symbolisk länk \(till "),
    (lambda build, outside: build.write_text("{}"), "har fel slag"),
])
def test_a_build_that_is_no_folder_is_refused(tmp_path, make, match):
    folder = _folder(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "manifest.json").write_text('{"period": "2023-12"}')
    make(folder.path / ".builds" / BUILD, outside)
    with pytest.raises(OutputError, match=rf"\.builds/{BUILD}: {match}"):
        folder.verify(["2024-02"])
    assert (outside / "manifest.json").read_text() == '{"period": "2023-12"}'


@pytest.mark.parametrize("made", [True, False])
def test_a_real_build_or_none_is_accepted(tmp_path, made):
    folder = _folder(tmp_path)
    if made:
        (folder.path / ".builds" / BUILD).mkdir()
    result = folder.verify(["2024-02"])
    assert result is None
