"""A path flag with ".." after a symbolic link (`--data-dir link/../data`) names, for the
system and for `ls`, the folder beside the link's target; itvt made it absolute lexically
(os.path.abspath drops "link/.."), so it read another folder, the current folder's data/,
without a word, and wrote a run's report where the user did not point. Now the ".." is kept
for the system to read."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import registry_import, run_cli, write_notebook

from itvt_lib.publishing.runner import RunOptions, resolved


def _folders(tmp_path, data_dir):
    """tmp/cwd/link -> tmp/real/sub, the good data in tmp/real/data, a bad copy in
    tmp/cwd/data (the folder read when "link/.." is dropped)."""
    (tmp_path / "real" / "sub").mkdir(parents=True)
    shutil.copytree(data_dir, tmp_path / "real" / "data")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    shutil.copytree(data_dir, cwd / "data")
    (cwd / "data" / "befolkning.csv").write_text("not,a,table\n", encoding="utf-8")
    (cwd / "link").symlink_to(tmp_path / "real" / "sub")
    return cwd


def test_check_reads_the_data_folder_the_system_names(tmp_path, data_dir):
    cwd = _folders(tmp_path, data_dir)
    result = run_cli("check", "--period", "2024-02", "--data-dir", "link/../data", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert "befolkning" not in result.stderr


def test_run_options_keep_dotdot_after_a_link(tmp_path, data_dir, monkeypatch):
    cwd = _folders(tmp_path, data_dir)
    monkeypatch.chdir(cwd)
    result = resolved(RunOptions(periods=["2024-02"], data_dir="link/../data",
                                 output_dir="link/../out"))
    expected = (tmp_path / "real" / "data", tmp_path / "real" / "out")
    assert (os.path.realpath(result.data_dir),
            os.path.realpath(result.output_dir.parent) + "/out") == tuple(map(str, expected))
    assert result.data_dir.is_absolute() and result.output_dir.is_absolute()


@pytest.mark.slow
def test_a_run_publishes_and_links_where_the_system_names(tmp_path, data_dir):
    """TEST: `--output-dir link/../out`: the report is in tmp/real/out and the printed
    file:// links (a browser drops "link/.." from a URL) lead there."""
    cwd = _folders(tmp_path, data_dir)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01-ok.ipynb", registry_import(), "print('ok')")
    result = run_cli("run", "--period", "2024-02", "--data-dir", "link/../data",
                     "--notebooks-dir", notebooks, "--output-dir", "link/../out", cwd=cwd,
                     timeout=300)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "real" / "out"
    expected = [f"Startsida 2024-02: {(out / '2024-02' / 'index.html').as_uri()}",
                f"Arkiv: {(out / 'index.html').as_uri()}"]
    assert result.stdout.splitlines() == expected
    assert not (cwd / "out").exists()
