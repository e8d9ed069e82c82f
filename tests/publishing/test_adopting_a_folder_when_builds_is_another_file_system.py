"""An older itvt's report folder at O/<period> is adopted even when O/.builds is another
file system (a disk mounted there): the old folder cannot be renamed into .builds, so it
is removed where it stands; the publish succeeds and no run says it failed."""

from __future__ import annotations

import errno
import json
import os

import pytest

from itvt_lib.publishing import outputs
from itvt_lib.publishing.outputs import OutputFolder


@pytest.fixture
def builds_on_another_disk(monkeypatch):
    """`os.rename` between two folders fails as across file systems (EXDEV)."""
    rename = os.rename

    def cross_device(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        if src_dir_fd is not None and dst_dir_fd is not None and \
                os.fstat(src_dir_fd).st_ino != os.fstat(dst_dir_fd).st_ino:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), src)
        return rename(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    monkeypatch.setattr(outputs.os, "rename", cross_device)


@pytest.mark.parametrize("period", ["2024-02", "2023-12"])
def test_older_report_folder_is_adopted_across_file_systems(tmp_path, builds_on_another_disk,
                                                            period):
    folder = OutputFolder(tmp_path / "o")
    folder.claim()
    old = folder.path / period
    old.mkdir()
    (old / "manifest.json").write_text(json.dumps({"period": period, "status": "ok"}))
    (old / "index.html").write_text("<p>gammal</p>")
    build = folder.new_build(period)
    (build / "index.html").write_text("<p>ny</p>")
    folder.publish(build, period)
    result = (sorted(p.name for p in folder.path.iterdir()),
              (folder.path / period / "index.html").read_text(),
              json.loads((folder.path / ".itvt-output").read_text())["journal"])
    expected = ([".builds", ".itvt-output", period], "<p>ny</p>", [])
    assert result == expected
    assert (folder.path / period).is_symlink()
