"""Saving a model when the disk is full (workbench/store.py): modeller.yaml is left as it
was and no temporary file stays in params/ (where `itvt run` would refuse it as a stray
parameter file); a saved models file is readable by the account of a scheduled run."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from itvt_lib.core.params import stray_params_file
from itvt_lib.workbench import store


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("action", [
    lambda folder: store.save_model({"name": "B", "driver": "lika"}, folder),
    lambda folder: store.rename_model("A", "C", folder),
    lambda folder: store.save_model({"name": "A", "driver": "befolkning"}, folder),
])
def test_a_failed_save_leaves_the_models_file_whole_and_nothing_else(tmp_path, monkeypatch,
                                                                      action):
    store.save_model({"name": "A", "driver": "lika"}, tmp_path)
    (tmp_path / "defaults.yaml").write_text("{}\n", encoding="utf-8")
    expected = (tmp_path / store.MODELS_FILE).read_text(encoding="utf-8")
    monkeypatch.setattr(store.os, "replace", _disk_full)
    with pytest.raises(OSError, match="No space"):
        action(tmp_path)
    result = sorted(p.name for p in tmp_path.iterdir())
    assert result == ["defaults.yaml", store.MODELS_FILE]
    assert (tmp_path / store.MODELS_FILE).read_text(encoding="utf-8") == expected
    assert stray_params_file(tmp_path) is None


@pytest.mark.parametrize("action", [
    lambda folder: store.save_model({"name": "B", "driver": "lika"}, folder),
    lambda folder: store.rename_model("A", "C", folder),
])
def test_the_models_file_is_readable_by_all(tmp_path, action):
    store.save_model({"name": "A", "driver": "lika"}, tmp_path)
    action(tmp_path)
    result = stat.S_IMODE((tmp_path / store.MODELS_FILE).stat().st_mode)
    assert result & 0o444 == 0o444


def test_a_group_writable_models_file_stays_group_writable(tmp_path):
    store.save_model({"name": "A", "driver": "lika"}, tmp_path)
    (tmp_path / store.MODELS_FILE).chmod(0o660)
    store.save_model({"name": "B", "driver": "lika"}, tmp_path)
    result = stat.S_IMODE((tmp_path / store.MODELS_FILE).stat().st_mode)
    assert result == 0o664
