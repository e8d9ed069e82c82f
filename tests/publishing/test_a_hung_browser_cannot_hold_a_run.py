"""A Chromium that hangs while printing (stopped, as SIGSTOP stops it) cannot hold a run or
its lock: the print is given up after its time, SIGTERM stops the run, and no browser
process outlives the print."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import BROWSER_MARKS, CHROMIUM, ROOT

pytestmark = BROWSER_MARKS
ITVT = str(Path(sys.executable).with_name("itvt"))


def browsers(root: int) -> list[int]:
    """Ids of the browsers (a `--user-data-dir=` on the command line) among the processes
    descending from `root`."""
    parents = {}
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if entry.name.isdigit():
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found, family = [], {root}
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                changed = True
    for pid in sorted(family - {root}):
        try:
            if b"--user-data-dir=" in (Path("/proc") / str(pid) / "cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue
    return found


def stop_browsers(root: int) -> None:
    """Stop `root`'s browsers as SIGSTOP does (a hang the browser cannot end itself)."""
    for pid in browsers(root):
        os.kill(pid, signal.SIGSTOP)


def alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie has ended)."""
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.fixture
def kill_left():
    """Browsers a failing test must not leave stopped behind: this process's, and the ids
    the test adds."""
    pids = []
    yield pids
    for pid in [*browsers(os.getpid()), *pids]:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_print_that_hangs_is_given_up_and_leaves_no_browser(monkeypatch, tmp_path,
                                                               kill_left):
    from playwright.sync_api import Page

    from itvt_lib.publishing import pdf

    monkeypatch.setattr(pdf, "PRINT_TIMEOUT_S", 6)
    printing = Page.pdf
    monkeypatch.setattr(Page, "pdf", lambda self, **kw: (stop_browsers(os.getpid()), printing(self, **kw)))

    source = tmp_path / "page.html"
    source.write_text('<!DOCTYPE html><html lang="sv"><body><main><h1>Sida</h1>'
                      "</main></body></html>", encoding="utf-8")
    outcome = []

    def attempt():
        try:
            pdf.print_pdf(source, tmp_path / "out.pdf", CHROMIUM)
            outcome.append("printed")
        except Exception as exc:  # noqa: BLE001 - the failure is the expected outcome
            outcome.append(type(exc).__module__)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(180)  # a liveness bound, not a speed claim: without the timer it never ends
    assert not worker.is_alive(), "the print still waits for a stopped browser"
    assert outcome and outcome[0].startswith("playwright")  # read as the browser's failure
    assert not (tmp_path / "out.pdf").exists()
    assert browsers(os.getpid()) == []


def test_sigterm_stops_a_run_whose_browser_hangs(good_report, data_dir, params_dir,
                                                 notebooks, kill_left):
    period = good_report / "2024-02"
    before = os.readlink(period)
    env = {**os.environ, "ITVT_CHROMIUM": CHROMIUM}
    process = subprocess.Popen(
        [ITVT, "run", "--period", "2024-02", "--pdf", "--data-dir", str(data_dir),
         "--params-dir", str(params_dir), "--notebooks-dir", str(notebooks),
         "--output-dir", str(good_report)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    deadline = time.monotonic() + 180
    while not browsers(process.pid) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    hung = browsers(process.pid)
    assert hung, process.communicate(timeout=60)
    kill_left.extend(hung)
    stop_browsers(process.pid)
    time.sleep(1)
    process.send_signal(signal.SIGTERM)  # as a scheduler stops a job: the main process
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 143, stderr
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if line.startswith("fel: ")] == \
        [line for line in stderr.splitlines() if "avbruten av SIGTERM" in line]
    assert os.readlink(period) == before
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []
    assert [pid for pid in hung if alive(pid)] == []
