"""A `.lock` or `runs.log` in the output folder that is a hard link to a file elsewhere:
the run neither truncates nor appends to that other file (its content stays byte for
byte), and it still locks and logs in the folder."""

import os

import pytest

from itvt_lib.publishing.lock import OutputLock
from itvt_lib.publishing.runlog import append_run_log, read_run_log

RECORD = {"periods": ["2024-02"], "exit_code": 0, "finished": "2026-12-05T03:00:00+00:00"}


@pytest.fixture
def folders(tmp_path):
    output, elsewhere = tmp_path / "O", tmp_path / "elsewhere"
    output.mkdir()
    elsewhere.mkdir()
    return output, elsewhere


def test_lock_hard_linked_to_a_file_elsewhere(folders):
    output, elsewhere = folders
    other = elsewhere / "budget.txt"
    other.write_bytes(b"viktiga siffror\n")
    os.link(other, output / ".lock")

    with OutputLock(output) as lock:
        held = (output / ".lock").read_text()
        assert os.stat(output / ".lock").st_ino != os.stat(other).st_ino
        assert held == str(os.getpid())
        assert lock.fd is not None

    assert other.read_bytes() == b"viktiga siffror\n"
    assert not (output / ".lock").exists()


@pytest.mark.parametrize("content", [b"", b"text\n", b'{"periods": [], "exit_code": 0}'])
def test_runs_log_hard_linked_to_a_file_elsewhere(folders, content):
    output, elsewhere = folders
    other = elsewhere / "anteckningar.txt"
    other.write_bytes(content)
    os.link(other, output / "runs.log")

    append_run_log(output, RECORD)

    assert other.read_bytes() == content
    result = (output / "runs.log").read_bytes()
    assert result.startswith(content)
    assert result.endswith(b'"finished": "2026-12-05T03:00:00+00:00"}\n')
    assert os.stat(output / "runs.log").st_nlink == 1


def test_a_plain_runs_log_is_still_appended_in_place(folders):
    output, _ = folders
    append_run_log(output, RECORD)
    inode = os.stat(output / "runs.log").st_ino

    append_run_log(output, RECORD)

    assert os.stat(output / "runs.log").st_ino == inode
    assert read_run_log(output) == [RECORD, RECORD]
