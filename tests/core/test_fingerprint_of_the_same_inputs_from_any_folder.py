"""The inputs' fingerprint hashed each file under its display path, which is relative to
the current folder when inside it and absolute otherwise: the workbench's "Antaganden" and
the memo printed one fingerprint ("indata 432a…") while `itvt run`'s page footers printed
another (e9cb…) for the very same files. The fingerprint keys each file by its path in the
data folder now, so the same inputs give the same one everywhere."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.loading import data_relative, files_fingerprint


@pytest.mark.parametrize("where", ["parent", "inside", "elsewhere"])
def test_the_same_inputs_give_the_same_fingerprint_from_any_folder(data_dir, tmp_path,
                                                                  monkeypatch, where):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = {"parent": data_dir.parent, "inside": data_dir, "elsewhere": elsewhere}[where]
    monkeypatch.chdir(folder)
    dataset = load_dataset(data_dir)
    result = dataset.fingerprint()
    # what `itvt run` prints in every page's footer (runner.build_period)
    expected = files_fingerprint(data_relative(dataset.files, dataset.data_dir))
    assert result == expected
    monkeypatch.chdir(elsewhere)
    assert load_dataset(data_dir).fingerprint() == expected
