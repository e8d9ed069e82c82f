"""Unattended runs: a failing, slow or killed run never harms the last good report; one
run per output folder; notebooks on a shared kernel cannot see each other's state."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT, tree_snapshot, write_notebook

pytestmark = pytest.mark.slow
ITVT = str(Path(sys.executable).with_name("itvt"))


# A notebook that would run this long is stopped by the watchdog long before (the test
# checks it stops, not how fast: a loaded machine may take a minute to start the kernel).
NEVER_ENDS_S = 1200


def _run(notebooks: Path, output: Path, *extra: str, timeout=120):
    return subprocess.run([ITVT, "run", "--period", "2024-02", "--notebooks-dir", notebooks,
                           "--output-dir", output, *extra], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def _without_log(snapshot: dict) -> dict:
    return {k: v for k, v in snapshot.items() if k not in ("runs.log", "index.html")}


def test_failing_notebook_keeps_the_previous_report(good_report, notebooks):
    before = tree_snapshot(good_report / "2024-02")
    write_notebook(notebooks, "02-fails.ipynb", "raise ValueError('trasig indata')")
    result = _run(notebooks, good_report)
    assert result.returncode == 1
    assert "02-fails.ipynb: cell 1: ValueError: trasig indata" in result.stderr
    assert tree_snapshot(good_report / "2024-02") == before
    failed = list((good_report / ".failed").glob("2024-02-*/02-fails.ipynb"))
    assert len(failed) == 1
    marked = failed[0].read_text(encoding="utf-8")
    assert "An Exception was encountered" in marked  # papermill's error marker
    last = json.loads((good_report / "runs.log").read_text().splitlines()[-1])
    assert last["exit_code"] == 1 and "02-fails" in last["message"]
    assert not list(good_report.glob(".tmp-*"))


def test_notebook_over_its_time_limit_is_stopped(good_report, notebooks):
    before = tree_snapshot(good_report / "2024-02")
    write_notebook(notebooks, "02-slow.ipynb", f"import time\ntime.sleep({NEVER_ENDS_S})")
    started = time.monotonic()
    result = _run(notebooks, good_report, "--notebook-timeout", "5", timeout=NEVER_ENDS_S)
    assert time.monotonic() - started < NEVER_ENDS_S / 4  # stopped, not waited out
    assert result.returncode == 1
    assert "02-slow.ipynb: stoppad vid tidsgränsen 5 s" in result.stderr
    assert tree_snapshot(good_report / "2024-02") == before


def test_notebook_that_ignores_interrupts_is_killed(good_report, notebooks):
    write_notebook(notebooks, "02-stubborn.ipynb",
              "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
              f"time.sleep({NEVER_ENDS_S})")
    started = time.monotonic()
    result = _run(notebooks, good_report, "--notebook-timeout", "4", timeout=NEVER_ENDS_S)
    assert time.monotonic() - started < NEVER_ENDS_S / 4  # killed, not waited out
    assert result.returncode == 1 and "stoppad vid tidsgränsen 4 s" in result.stderr


def test_dead_kernel_is_a_failed_run_not_a_hang(good_report, notebooks):
    before = tree_snapshot(good_report / "2024-02")
    write_notebook(notebooks, "02-dies.ipynb", "import os\nos.kill(os.getpid(), 9)")
    result = _run(notebooks, good_report, timeout=90)
    assert result.returncode == 1
    assert "02-dies.ipynb" in result.stderr
    assert tree_snapshot(good_report / "2024-02") == before


def test_sigkill_leaves_the_previous_report_and_next_run_cleans_up(good_report, notebooks):
    before = tree_snapshot(good_report / "2024-02")
    write_notebook(notebooks, "02-slow.ipynb", "import time\ntime.sleep(60)")
    process = subprocess.Popen([ITVT, "run", "--period", "2024-02", "--notebooks-dir", notebooks,
                                "--output-dir", good_report], stderr=subprocess.PIPE, text=True,
                               cwd=ROOT)
    for line in process.stderr:  # wait until the first notebook has finished
        if "01-ok: ok" in line:
            break
    assert len(list((good_report / ".builds").glob("2024-02-*"))) == 2  # published + new
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert tree_snapshot(good_report / "2024-02") == before
    journal = json.loads((good_report / ".itvt-output").read_text())["journal"]
    assert [e["kind"] for e in journal] == ["build"] and journal[0]["pid"] == process.pid
    (notebooks / "02-slow.ipynb").unlink()
    result = _run(notebooks, good_report)
    assert result.returncode == 0, result.stderr
    builds = list((good_report / ".builds").iterdir())
    assert builds == [(good_report / "2024-02").resolve()]
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []
    assert not (good_report / ".lock").exists()


def test_second_run_refuses_while_the_first_holds_the_lock(tmp_path, notebooks):
    output = tmp_path / "outputs"
    write_notebook(notebooks, "02-slow.ipynb", "import time\ntime.sleep(8)")
    first = subprocess.Popen([ITVT, "run", "--period", "2024-02", "--notebooks-dir", notebooks,
                              "--output-dir", output], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 30
    while not (output / ".lock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    second = _run(notebooks, output, timeout=30)
    assert second.returncode == 1
    assert f"en annan körning (pid {first.pid}) håller låset" in second.stderr
    assert first.wait(timeout=120) == 0
    manifest = json.loads((output / "2024-02" / "manifest.json").read_text())
    assert [n["notebook"] for n in manifest["notebooks"]] == ["01-ok.ipynb", "02-slow.ipynb"]


def test_stale_lock_of_a_dead_process_is_taken_over(good_report, notebooks):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (good_report / ".lock").write_text(str(dead.pid))  # a pid file nobody holds
    result = _run(notebooks, good_report)
    assert result.returncode == 0, result.stderr
    assert not (good_report / ".lock").exists()


def test_empty_lock_file_is_not_a_lock(good_report, notebooks):
    (good_report / ".lock").write_text("")
    assert _run(notebooks, good_report).returncode == 0


def test_notebooks_sharing_a_kernel_cannot_see_each_other(tmp_path, notebooks):
    write_notebook(notebooks, "02-leaks.ipynb",
              "import pandas as pd, matplotlib.pyplot as plt\nleaked_name = 42\n"
              "pd.set_option('display.max_rows', 3)\nplt.rcParams['lines.linewidth'] = 9\n"
              "plt.figure()")
    write_notebook(notebooks, "03-checks.ipynb",
              "import pandas as pd, matplotlib.pyplot as plt\n"
              "assert 'leaked_name' not in globals()\n"
              "assert pd.get_option('display.max_rows') == 60\n"
              "assert plt.rcParams['lines.linewidth'] != 9\n"
              "assert plt.get_fignums() == []\n"
              "import os\nassert os.path.basename(os.getcwd()) == 'notebooks'",
              "plt.plot([1, 2]);")
    result = _run(notebooks, tmp_path / "outputs")
    assert result.returncode == 0, result.stderr
    # the shared kernel still embeds charts after a reset (the inline backend survives)
    executed = nbformat.read(tmp_path / "outputs" / "2024-02" / "notebooks" / "03-checks.ipynb",
                             as_version=4)
    assert any("image/png" in o.get("data", {}) for c in executed.cells
               for o in c.get("outputs", []))


def _stable_text(page: Path) -> str:
    from conftest import html_text

    text = html_text(page.read_text(encoding="utf-8"))
    return re.sub(r"genererad \d{4}-\d{2}-\d{2} \d{2}:\d{2}", "genererad TID", text)


def test_rerun_with_unchanged_inputs_reproduces_the_report(published, tmp_path):
    output = tmp_path / "outputs"
    result = subprocess.run([ITVT, "run", "--period", "2024-02", "--output-dir", output,
                             "--pdf"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr
    first, second = published / "2024-02", output / "2024-02"
    volatile = {"started", "finished", "notebooks"}
    a = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    b = json.loads((second / "manifest.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in a.items() if k not in volatile} == \
        {k: v for k, v in b.items() if k not in volatile}
    assert [n["notebook"] for n in a["notebooks"]] == [n["notebook"] for n in b["notebooks"]]
    pages = sorted(p.name for p in first.glob("*.html"))
    assert pages == sorted(p.name for p in second.glob("*.html"))
    for name in pages:
        assert _stable_text(first / name) == _stable_text(second / name), name
    # issue 17, case 12: byte for byte, apart from the generation time
    for name in pages:
        assert _stable_bytes(first / name) == _stable_bytes(second / name), name


def _stable_bytes(page: Path) -> bytes:
    return re.sub(rb"genererad \d{4}-\d{2}-\d{2} \d{2}:\d{2}", b"genererad TID",
                  page.read_bytes())


@pytest.mark.parametrize(("periods", "requested", "cores", "expected"), [
    (1, None, 2, 1), (2, None, 2, 2), (12, None, 2, 2), (12, None, 1, 1), (12, 3, 2, 3),
    (2, 5, 8, 2)])
def test_worker_count(monkeypatch, periods, requested, cores, expected):
    from itvt_lib.publishing import runner

    monkeypatch.setattr(runner.os, "cpu_count", lambda: cores)
    assert runner.worker_count(periods, requested) == expected


def test_parallel_periods_publish_independently(tmp_path, notebooks):
    # 2023-12 fails in its own kernel; 2024-02, built at the same time, is published.
    write_notebook(notebooks, "02-fails-at-year-end.ipynb",
              "period = 'latest'  # report period", "assert not period.endswith('-12'), period")
    nb = nbformat.read(notebooks / "02-fails-at-year-end.ipynb", as_version=4)
    nb.cells[1].metadata["tags"] = ["parameters"]
    nbformat.write(nb, notebooks / "02-fails-at-year-end.ipynb")
    output = tmp_path / "outputs"
    result = subprocess.run([ITVT, "run", "--period", "2023-12", "--period", "2024-02",
                             "--notebooks-dir", notebooks, "--output-dir", output,
                             "--workers", "2"], capture_output=True, text=True, cwd=ROOT,
                            timeout=180)
    assert result.returncode == 1
    assert (output / "2024-02" / "index.html").exists()
    assert not (output / "2023-12").exists()
    assert "[2023-12] 02-fails-at-year-end.ipynb: cell 3: AssertionError: 2023-12" in result.stderr
