"""A full disk on a run's first use of a new output folder leaves it free for the next run:
no lock file and no runs.log in a folder itvt never claimed."""

from __future__ import annotations

import errno
import os

import pytest

from itvt_lib.publishing import lock, outputs
from itvt_lib.publishing.outputs import OutputFolder, OutputLock


def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_lock_whose_pid_cannot_be_written_leaves_no_lock_file(tmp_path, monkeypatch):
    monkeypatch.setattr(lock.os, "pwrite", _full)
    with pytest.raises(OSError, match="No space left"):
        OutputLock(tmp_path).__enter__()
    monkeypatch.undo()
    result = sorted(os.listdir(tmp_path))
    expected = []
    assert result == expected


def test_marker_not_written_leaves_the_new_folder_free(tmp_path, notebooks, monkeypatch,
                                                      capsys):
    from itvt_lib.cli import main

    output = tmp_path / "outputs"
    monkeypatch.setattr(outputs, "_write_at", _full)
    result = main(["run", "--period", "2024-02", "--notebooks-dir", str(notebooks),
                   "--output-dir", str(output)])
    monkeypatch.undo()
    errors = [line for line in capsys.readouterr().err.splitlines()   # 2023-12's packet,
              if line and not line.startswith("varning: 2024-02: startsidans")]  # linked
    assert result == 1
    assert errors == [f"fel: {output}: går inte att skriva: disken är full; förra rapporten "
                      "finns kvar"]
    assert sorted(os.listdir(output)) == []
    assert OutputFolder.check(output) is False  # the next run may claim it
