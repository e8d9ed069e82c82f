"""What a run records and says: the inputs' fingerprint independent of the current folder,
a notebooks folder that must show every area, SIGINT/SIGTERM logged with the report kept,
the archive naming this run as the last one, and a Chromium that is not one named in one
Swedish line (issue 23, items 7, 8, 9, 10 and 17)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, html_text, registry_import, write_notebook

from itvt_lib.areas import AREAS

pytestmark = pytest.mark.slow
ITVT = str(Path(sys.executable).with_name("itvt"))


def itvt_args(data_dir, params_dir, notebooks, output, *extra) -> list[str]:
    return [ITVT, "run", "--period", "2024-02", "--data-dir", str(data_dir), "--params-dir",
            str(params_dir), "--notebooks-dir", str(notebooks), "--output-dir", str(output),
            *map(str, extra)]


def run_itvt(data_dir, params_dir, notebooks, output, *extra, cwd=ROOT, env=None):
    return subprocess.run(itvt_args(data_dir, params_dir, notebooks, output, *extra),
                          capture_output=True, text=True, cwd=cwd, timeout=300, env=env)


@pytest.fixture
def good_output(good_report) -> Path:
    """An output folder holding a good, published 2024-02 (the embedded data, whose copies
    `data_dir` and `params_dir` the tests run on: same content, same fingerprint)."""
    return good_report


def records(output: Path) -> list[dict]:
    return [json.loads(line) for line in (output / "runs.log").read_text().splitlines()]


def report_snapshot(output: Path) -> dict:
    period = output / "2024-02"
    return {str(p.relative_to(period)): p.read_bytes()
            for p in sorted(period.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- 7: the fingerprint

def test_fingerprint_and_inputs_do_not_depend_on_the_current_folder(tmp_path, data_dir,
                                                                    params_dir, notebooks):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    manifests = []
    for cwd in (tmp_path, elsewhere):  # data/ inside the current folder, then outside it
        output = cwd / "O"
        result = run_itvt(data_dir, params_dir, notebooks, output, cwd=cwd)
        assert result.returncode == 0, result.stderr
        manifests.append(json.loads((output / "2024-02" / "manifest.json").read_text()))
    result = [(m["fingerprint"], sorted(m["inputs"])) for m in manifests]
    expected = [result[0]] * 2
    assert result == expected
    assert "befolkning.csv" in manifests[0]["inputs"]


# ---------------------------------------------------------------- 8: the notebooks folder

def empty_folder(folder: Path) -> str:
    return "inga rapportnotebooks"


def one_area_missing(folder: Path) -> str:
    line = registry_import()
    missing = AREAS[-1]
    write_notebook(folder, "01-ok.ipynb",
                   line.replace(f", {missing.__name__.rpartition('.')[2]}", ""), "print('ok')")
    return f"ingen notebook visar {missing.AREA}"


@pytest.mark.parametrize("make", [empty_folder, one_area_missing], ids=lambda m: m.__name__)
def test_notebooks_folder_must_show_every_registered_area(good_output, data_dir, params_dir,
                                                          tmp_path, make):
    folder = tmp_path / "other-notebooks"
    folder.mkdir()
    expected = make(folder)
    before = report_snapshot(good_output)
    result = run_itvt(data_dir, params_dir, folder, good_output)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"fel: --notebooks-dir {folder}: ")
    assert expected in lines[0]
    assert report_snapshot(good_output) == before


# ---------------------------------------------------------------- 9: SIGINT and SIGTERM

@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
                         ids=["ctrl-c", "sigterm"])
def test_signal_is_logged_and_keeps_the_previous_report(good_output, data_dir, params_dir,
                                                        notebooks, tmp_path, signum, code):
    started = tmp_path / "started"
    write_notebook(notebooks, "02-slow.ipynb",
                   f"open({str(started)!r}, 'w').close()\nimport time\ntime.sleep(120)")
    before = report_snapshot(good_output)
    process = subprocess.Popen(itvt_args(data_dir, params_dir, notebooks, good_output),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 120
    while not started.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert started.exists()
    os.killpg(process.pid, signum)  # as a terminal's Ctrl-C: the whole process group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert "Task exception was never retrieved" not in stderr and "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("fel: ")]
    assert len(errors) == 1 and "avbruten av SIG" in errors[0]
    last = records(good_output)[-1]
    assert (last["exit_code"], last["outcome"]) == (code, "interrupted")
    assert report_snapshot(good_output) == before
    assert [p.name for p in (good_output / ".builds").iterdir()] == \
        [os.readlink(good_output / "2024-02").split("/")[-1]]
    assert json.loads((good_output / ".itvt-output").read_text())["journal"] == []


# ---------------------------------------------------------------- 10: the archive's last run

def last_run(output: Path) -> str:
    return re.search(r"Senaste körning: ([^<]*)<", (output / "index.html").read_text()).group(1)


def fails(notebooks: Path) -> tuple[str, str]:
    write_notebook(notebooks, "02-fails.ipynb", "raise ValueError('trasig')")
    return "2024-02", "minst en period kunde inte byggas"


def succeeds_for_another_period(notebooks: Path) -> tuple[str, str]:
    return "2023-12", "alla perioder publicerade"


@pytest.mark.parametrize("make", [fails, succeeds_for_another_period],
                         ids=lambda m: m.__name__)
def test_archive_names_this_run_as_the_last_one(good_output, data_dir, params_dir, notebooks,
                                                make):
    period, outcome = make(notebooks)
    args = itvt_args(data_dir, params_dir, notebooks, good_output)
    args[args.index("2024-02")] = period
    subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=300)
    last = records(good_output)[-1]
    result = html_text(last_run(good_output))
    expected = (f"{last['finished'][:16].replace('T', ' ')}, perioder {period}: {outcome}")
    assert result == expected


# ---------------------------------------------------------------- 17: ITVT_CHROMIUM

@pytest.mark.parametrize(("browser", "expected", "code"), [
    ("/nonexistent", "obs: ITVT_CHROMIUM=/nonexistent finns inte: HTML publiceras utan PDF", 0),
    ("/bin/false", "obs: ITVT_CHROMIUM=/bin/false är ingen Chromium (svarar inte på --version "
     "som en): HTML publiceras utan PDF", 0),
])
def test_chromium_that_is_not_one_is_named_in_one_line(tmp_path, data_dir, params_dir,
                                                       notebooks, browser, expected, code):
    env = {**os.environ, "ITVT_CHROMIUM": browser}
    output = tmp_path / "O"
    result = run_itvt(data_dir, params_dir, notebooks, output, "--pdf", env=env)
    assert result.returncode == code, result.stderr
    notes = [line for line in result.stderr.splitlines()
             if "Chromium" in line or "PDF" in line or "Error" in line]
    assert notes == [expected]
    assert (output / "2024-02" / "index.html").is_file()
    assert not (output / "2024-02" / "rapport.pdf").exists()


def test_pdf_failure_is_one_swedish_line():
    from playwright.sync_api import Error

    from itvt_lib.publishing.pdf import pdf_failure

    result = pdf_failure("/usr/bin/chromium", Error("Target page, context or browser has "
                                                    "been closed\nBrowser logs: ..."))
    assert result == ("Chromium /usr/bin/chromium kunde inte skriva ut rapporten (webbläsaren "
                      "avslutades eller svarade inte); perioden publicerades inte, den förra "
                      "rapporten finns kvar")
