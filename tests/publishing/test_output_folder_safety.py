"""The output folder's own structure never leads out of it, a folder itvt did not write is
never replaced, and the journal in `.itvt-output` is not trusted blindly (issue 23, items
2, 3, 4 and 18). Each case starts from a copy of an output folder O holding a good
2024-02 and a fresh copy of data/ and params/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, registry_import, run_cli, write_notebook

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.publishing import outputs

ITVT = str(Path(sys.executable).with_name("itvt"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """Fresh copies of data/, params/ and a notebooks folder with one good notebook."""
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(DATA_DIR, root / "data")
    shutil.copytree(PARAMS_DIR, root / "params")
    (root / "notebooks").mkdir()
    write_notebook(root / "notebooks", "01-ok.ipynb", registry_import(), "print('ok')")
    return {"data": root / "data", "params": root / "params", "notebooks": root / "notebooks"}


def run_itvt(inputs: dict[str, Path], output: Path, notebooks: Path | None = None):
    return subprocess.run([ITVT, "run", "--period", "2024-02", "--data-dir", inputs["data"],
                           "--params-dir", inputs["params"], "--notebooks-dir",
                           notebooks or inputs["notebooks"], "--output-dir", output],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def good_output(tmp_path_factory, inputs) -> Path:
    """An output folder holding a good, published 2024-02 (copied for each case)."""
    output = tmp_path_factory.mktemp("good") / "O"
    result = run_itvt(inputs, output)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture
def output(good_output, tmp_path) -> Path:
    target = tmp_path / "O"
    shutil.copytree(good_output, target, symlinks=True)
    return target


def snapshot(folder: Path) -> dict:
    """Every name under `folder` without following a symlink: file bytes, link targets."""
    result = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            key = str(path.relative_to(folder))
            if path.is_symlink():
                result[key] = ("link", os.readlink(path))
            elif path.is_file():
                result[key] = ("file", path.read_bytes())
            else:
                result[key] = ("dir",)
    return result


def journal(output: Path, *entries: dict) -> None:
    marker = output / ".itvt-output"
    data = json.loads(marker.read_text(encoding="utf-8"))
    data["journal"] = list(entries)
    marker.write_text(json.dumps(data), encoding="utf-8")


def published_build(output: Path) -> str:
    return os.readlink(output / "2024-02")


# ---------------------------------------------------------------- refused: nothing touched

def hand_made_folder(output: Path, outside: Path) -> str:
    """Item 2: rm O/2024-02; mkdir O/2024-02; echo x > O/2024-02/anteckningar.txt."""
    (output / "2024-02").unlink()
    (output / "2024-02").mkdir()
    (output / "2024-02" / "anteckningar.txt").write_text("x\n", encoding="utf-8")
    return "2024-02"


def report_copy_with_notes(output: Path, outside: Path) -> str:
    """Item 2: a real copy of the report, plus a file itvt did not write."""
    build = output / published_build(output)
    (output / "2024-02").unlink()
    shutil.copytree(build, output / "2024-02")
    (output / "2024-02" / "anteckningar.txt").write_text("x\n", encoding="utf-8")
    return "2024-02"


def report_of_another_period(output: Path, outside: Path) -> str:
    """Item 2: a real report folder whose manifest is another period's."""
    build = output / published_build(output)
    (output / "2024-02").unlink()
    shutil.copytree(build, output / "2024-02")
    manifest = output / "2024-02" / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        '"period": "2024-02"', '"period": "2023-12"'), encoding="utf-8")
    return "2024-02"


def builds_symlinked_out(output: Path, outside: Path) -> str:
    """Item 4: mv O/.builds /tmp/vb; ln -s /tmp/vb O/.builds; a journal entry for precious."""
    shutil.move(output / ".builds", outside / "vb")
    (outside / "vb" / "precious").write_text("kostbar\n", encoding="utf-8")
    (output / ".builds").symlink_to(outside / "vb")
    journal(output, {"name": ".builds/precious", "pid": 999999, "started": None,
                     "kind": "build"})
    return ".builds"


def failed_symlinked_out(output: Path, outside: Path) -> str:
    """Item 4: O/.failed leads out of O."""
    (outside / "failed").mkdir()
    (output / ".failed").symlink_to(outside / "failed")
    return ".failed"


def marker_symlinked_out(output: Path, outside: Path) -> str:
    """Item 4: the marker is a link to a file outside O."""
    shutil.move(output / ".itvt-output", outside / "marker")
    (output / ".itvt-output").symlink_to(outside / "marker")
    return ".itvt-output"


def lock_symlinked_out(output: Path, outside: Path) -> str:
    """Item 4: the lock is a link to a file outside O."""
    (outside / "lock").write_text("", encoding="utf-8")
    (output / ".lock").symlink_to(outside / "lock")
    return ".lock"


def runs_log_symlinked_out(output: Path, outside: Path) -> str:
    """Items 4 and 18: runs.log is a link to a file outside O, whose content is not a log
    of this folder."""
    (outside / "other.log").write_text(json.dumps(
        {"periods": ["1999-01"], "finished": "1999-01-31T12:00:00", "exit_code": 0}) + "\n",
        encoding="utf-8")
    (output / "runs.log").unlink()
    (output / "runs.log").symlink_to(outside / "other.log")
    return "runs.log"


def period_link_out_of_builds(output: Path, outside: Path) -> str:
    """Item 4: O/2024-02 points at a copy of the report outside O/.builds."""
    shutil.copytree(output / published_build(output), outside / "report")
    (output / "2024-02").unlink()
    (output / "2024-02").symlink_to(outside / "report")
    return "2024-02"


@pytest.mark.slow
@pytest.mark.parametrize("make", [
    hand_made_folder, report_copy_with_notes, report_of_another_period,
    builds_symlinked_out, failed_symlinked_out, marker_symlinked_out, lock_symlinked_out,
    runs_log_symlinked_out, period_link_out_of_builds,
], ids=lambda make: make.__name__)
def test_folder_not_itvts_own_is_refused_and_untouched(output, inputs, tmp_path, make):
    outside = tmp_path / "outside"
    outside.mkdir()
    name = make(output, outside)
    before, outside_before = snapshot(output), snapshot(outside)
    result = run_itvt(inputs, output)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fel: ") and f"{output / name}:" in lines[0]
    assert "inget har ändrats" in lines[0] and "Too many levels" not in lines[0]
    after = snapshot(output)
    if name != "runs.log":  # a refused run's line is added to an ordinary runs.log
        after.pop("runs.log"), before.pop("runs.log")
    assert after == before
    assert snapshot(outside) == outside_before


# ---------------------------------------------------------------- the journal

def issue_link_entry(output: Path) -> tuple[dict, str]:
    """Item 3 as reported: the published period's name journalled as a link."""
    return {"name": "2024-02", "pid": 999999, "kind": "link"}, "2024-02"


def published_build_as_tmp(output: Path) -> tuple[dict, str]:
    """The build the period points to, journalled as a temporary file of a dead run."""
    return {"name": published_build(output), "pid": 999999, "started": None,
            "kind": "tmp"}, published_build(output)


def live_process_link(output: Path) -> tuple[dict, str]:
    """A name itvt makes, of a process that still runs (this one, same start time)."""
    from itvt_lib.publishing.outputs import process_start

    name = f".2024-02.link-{os.getpid()}"
    (output / name).symlink_to(".builds/elsewhere")
    return {"name": name, "pid": os.getpid(), "started": process_start(os.getpid()),
            "kind": "link"}, name


def entry_without_start_time(output: Path) -> tuple[dict, str]:
    """A name itvt makes, but without the recorder's start time (not written by itvt)."""
    name = ".2024-02.link-999999"
    (output / name).symlink_to(".builds/elsewhere")
    return {"name": name, "pid": 999999, "kind": "link"}, name


@pytest.mark.slow
@pytest.mark.parametrize("make", [
    issue_link_entry, published_build_as_tmp, live_process_link, entry_without_start_time,
], ids=lambda make: make.__name__)
def test_recovery_never_removes_what_the_journal_cannot_vouch_for(output, inputs, tmp_path,
                                                                 make):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(inputs["notebooks"], notebooks)
    write_notebook(notebooks, "02-fails.ipynb", "raise ValueError('trasig')")
    entry, name = make(output)
    journal(output, entry)
    report = snapshot(output / published_build(output))
    result = run_itvt(inputs, output, notebooks)
    assert result.returncode == 1, result.stderr
    assert f"removed or restored {name} " not in result.stderr
    assert (output / name).is_symlink() or (output / name).exists()
    assert snapshot(output / published_build(output)) == report
    assert json.loads((output / "2024-02" / "manifest.json").read_text())["status"] == "ok"


def test_recovery_removes_a_dead_runs_leftover(tmp_path):
    folder = outputs.OutputFolder(tmp_path / "O")
    folder.claim()
    name = ".2024-02.link-999999"
    (folder.path / name).symlink_to(".builds/x")
    journal(folder.path, {"name": name, "pid": 999999, "started": "boot:1", "kind": "link"})
    assert folder.recover() == [name]
    assert not (folder.path / name).is_symlink()


# ---------------------------------------------------------------- runs.log as a symlink

def test_runs_log_link_is_not_read_into_the_archive(tmp_path, caplog):
    from itvt_lib.publishing.pages import write_archive

    outside = tmp_path / "other.log"
    outside.write_text(json.dumps({"periods": ["1999-01"], "finished": "1999-01-31T12:00",
                                   "exit_code": 0}) + "\n", encoding="utf-8")
    (tmp_path / "O").mkdir()
    (tmp_path / "O" / "runs.log").symlink_to(outside)
    page = write_archive(tmp_path / "O").read_text(encoding="utf-8")
    assert "1999-01" not in page and "alla perioder publicerade" not in page
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == [f"varning: {tmp_path / 'O' / 'runs.log'}: är en symbolisk länk; itvt "
                        "läser och skriver inte genom länkar, så körningsloggen används inte "
                        "(ersätt länken med en vanlig fil)"]


@pytest.mark.parametrize("where", ["inside_data", "inside_params", "is_data", "holds_data"])
def test_output_folder_in_or_around_an_input_folder_is_refused_untouched(
        tmp_path, data_dir, params_dir, where):
    # Rule: the report never lands among its own inputs (it would be read as data next
    # time, or overwrite them), nor in a folder holding them: exit 2, one line, nothing made.
    output = {"inside_data": data_dir / "rapport", "inside_params": params_dir / "ut",
              "is_data": data_dir, "holds_data": data_dir.parent}[where]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = run_cli("run", "--period", "2024-02", "--data-dir", data_dir, "--params-dir",
                     params_dir, "--output-dir", output)
    lines = result.stderr.splitlines()
    assert (result.returncode, len(lines)) == (2, 1), result.stderr
    assert "utdatamappen får inte ligga i eller innehålla indatamappen" in lines[0]
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
