"""Issue 17 (reliability II): the right data from relative paths, a claimed output folder,
a runs.log that survives torn lines, a real lock, no moment without a report at
`O/<period>`, and a full disk that costs nothing but the run."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT, page_notebooks, tree_snapshot, write_notebook

from itvt_lib.core.errors import os_reason
from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.publishing import outputs
from itvt_lib.publishing.outputs import LockHeld, OutputError, OutputFolder, OutputLock

ITVT = str(Path(sys.executable).with_name("itvt"))


def _run(notebooks: Path, output, *extra: str, cwd=ROOT, timeout=180):
    return subprocess.run([ITVT, "run", "--period", "2024-02", "--notebooks-dir", notebooks,
                           "--output-dir", output, *extra], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)


def _records(output: Path) -> list[dict]:
    return [json.loads(line) for line in (output / "runs.log").read_text().splitlines()]


# ---------------------------------------------------------------- 1: paths resolved once

@pytest.mark.slow
def test_relative_paths_from_a_sub_folder_publish_the_given_data(tmp_path):
    # Inputs that differ from the project's: a data cell and a parameter comment.
    data, params = tmp_path / "data", tmp_path / "params"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(PARAMS_DIR, params)
    risk = data / "internkontroll.csv"
    risk.write_text(risk.read_text(encoding="utf-8").replace(
        "rätt för IT personal", "rätt för IT personal DATAMÄRKE", 1), encoding="utf-8")
    comment = params / "2024-02.yaml"
    comment.write_text(comment.read_text(encoding="utf-8").replace(
        "kommentar: Prognos enligt budget.", "kommentar: Prognos enligt budget PARAMMÄRKE.", 1),
        encoding="utf-8")
    (tmp_path / "sub").mkdir()
    page_notebooks(tmp_path / "nb", "05-investeringar.ipynb", "06-internkontroll.ipynb")
    result = subprocess.run([ITVT, "run", "--period", "2023-12", "--period", "2024-02",
                             "--data-dir", "../data", "--params-dir", "../params",
                             "--notebooks-dir", "../nb", "--output-dir", "../out"],
                            capture_output=True, text=True, cwd=tmp_path / "sub", timeout=600)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    pages = {period: " ".join(p.read_text(encoding="utf-8")
                              for p in (out / period).glob("*.html"))
             for period in ("2023-12", "2024-02")}
    assert "DATAMÄRKE" in pages["2023-12"]
    assert "PARAMMÄRKE" in pages["2024-02"]
    manifest = json.loads((out / "2024-02" / "manifest.json").read_text(encoding="utf-8"))
    assert all(name.startswith(str(data)) or not name.startswith("/") for name in
               manifest["inputs"]), manifest["inputs"]
    assert not (tmp_path / "sub" / "out").exists() and not (ROOT / "notebooks" / "out").exists()
    links = result.stdout.strip().splitlines()
    assert links == [f"Startsida 2023-12: {(out / '2023-12' / 'index.html').as_uri()}",
                     f"Startsida 2024-02: {(out / '2024-02' / 'index.html').as_uri()}",
                     f"Arkiv: {(out / 'index.html').as_uri()}"]


@pytest.mark.slow
def test_relative_data_and_output_dir_from_the_parent_folder(tmp_path, notebooks):
    shutil.copytree(DATA_DIR, tmp_path / "base-data")
    write_notebook(notebooks, "02-reads-data.ipynb",
              "from pathlib import Path\n"
              "print(Path(data_dir).name, (Path(data_dir) / 'kommuner.csv').is_file())",
              parameters="data_dir = None")
    result = subprocess.run([ITVT, "run", "--period", "2024-02", "--notebooks-dir", notebooks,
                             "--data-dir", "base-data", "--output-dir", "rel-out"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert result.returncode == 0, result.stderr
    executed = nbformat.read(tmp_path / "rel-out" / "2024-02" / "notebooks" /
                             "02-reads-data.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert printed.strip() == "base-data True"
    assert not list((tmp_path / "rel-out").glob(".tmp-*"))
    assert not (notebooks / "rel-out").exists()


# ---------------------------------------------------------------- 2: a foreign folder

@pytest.mark.slow
def test_foreign_folder_keeps_every_byte(tmp_path, notebooks):
    foreign = tmp_path / "foreign"
    (foreign / ".tmp-cache").mkdir(parents=True)
    (foreign / ".old-photos-2019").mkdir()
    (foreign / "index.html").write_text("<p>min sida</p>")
    (foreign / ".tmp-cache" / "important.txt").write_text("viktigt")
    (foreign / ".old-photos-2019" / "a.jpg").write_bytes(b"\xff\xd8 photo")
    (foreign / "runs.log").write_text("not json at all\n")
    before = tree_snapshot(foreign)
    names = sorted(p.name for p in foreign.rglob("*"))
    result = _run(notebooks, foreign)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fel: ") and "ingen utdatamapp från itvt" in lines[0]
    assert tree_snapshot(foreign) == before
    assert sorted(p.name for p in foreign.rglob("*")) == names


def test_empty_folder_and_new_path_are_claimed(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for path in (empty, tmp_path / "new" / "deeper"):
        OutputFolder(path).claim()
        assert json.loads((path / ".itvt-output").read_text()) == {"itvt": 1, "journal": []}


def test_recovery_touches_only_journalled_names(tmp_path):
    folder = OutputFolder(tmp_path / "o")
    folder.claim()
    build = folder.new_build("2024-02")  # journalled, then "killed"
    (folder.path / ".tmp-2024-02-1").mkdir()  # looks like ours, but never recorded
    assert folder.recover() == [f".builds/{build.name}"]
    assert not build.exists() and (folder.path / ".tmp-2024-02-1").is_dir()


def test_journal_names_outside_the_folder_are_ignored(tmp_path):
    folder = OutputFolder(tmp_path / "o")
    folder.claim()
    victim = tmp_path / "victim"
    victim.mkdir()
    for name in ("../victim", str(victim), ".builds/../../victim", "runs.log"):
        folder.record(name, "tmp")
    (folder.path / "runs.log").write_text("{}\n")
    assert folder.recover() == []
    assert victim.is_dir() and (folder.path / "runs.log").exists()


# ---------------------------------------------------------------- 3 and 10: runs.log

@pytest.mark.slow
def test_torn_runs_log_line_does_not_break_the_next_run(good_report, notebooks):
    with open(good_report / "runs.log", "a") as log:
        log.write('{"periods": ["2024-02"], "sta')
    result = _run(notebooks, good_report)
    assert result.returncode == 0, result.stderr
    assert "runs.log:2: raden är ingen körningspost och hoppas över" in result.stderr
    lines = (good_report / "runs.log").read_text().splitlines()
    assert lines[1] == '{"periods": ["2024-02"], "sta'
    last = json.loads(lines[-1])
    assert (last["exit_code"], last["outcome"]) == (0, "published")


def test_read_run_log_skips_torn_and_foreign_lines(tmp_path, caplog):
    (tmp_path / "runs.log").write_text('{"periods": ["2024-02"], "exit_code": 0}\nhello\n'
                                       '[1, 2]\n{"periods": 5}\n{"periods": ["2023-12"], "x\n'
                                       '{"periods": ["2023-12"]}')
    assert outputs.read_run_log(tmp_path) == [{"periods": ["2024-02"], "exit_code": 0}]
    assert len([r for r in caplog.records if "hoppas över" in r.getMessage()]) == 5


def test_append_run_log_ends_a_torn_line_first(tmp_path):
    (tmp_path / "runs.log").write_text('{"periods": ["2024-02"], "sta')
    outputs.append_run_log(tmp_path, {"periods": ["2023-12"]})
    assert (tmp_path / "runs.log").read_text().splitlines()[1] == '{"periods": ["2023-12"]}'


@pytest.mark.slow
def test_refused_run_adds_a_runs_log_line(good_report, notebooks):
    with OutputLock(good_report):
        result = _run(notebooks, good_report)
    assert result.returncode == 1
    assert f"en annan körning (pid {os.getpid()}) håller låset" in result.stderr
    last = _records(good_report)[-1]
    assert (last["exit_code"], last["outcome"]) == (1, "refused")


@pytest.mark.slow
def test_bad_input_adds_a_runs_log_line(good_report, notebooks, data_dir):
    (data_dir / "kommuner.csv").unlink()
    result = _run(notebooks, good_report, "--data-dir", data_dir)
    assert result.returncode == 2
    last = _records(good_report)[-1]
    assert (last["exit_code"], last["outcome"]) == (2, "bad input")
    assert "kommuner.csv: filen saknas" in last["message"]


# ---------------------------------------------------------------- 4: a real lock

def test_lock_cannot_be_taken_twice_and_names_the_holder(tmp_path):
    with OutputLock(tmp_path):
        assert (tmp_path / ".lock").read_text() == str(os.getpid())
        with pytest.raises(LockHeld, match=rf"en annan körning \(pid {os.getpid()}\) håller låset"):
            OutputLock(tmp_path).__enter__()
    assert not (tmp_path / ".lock").exists()
    with OutputLock(tmp_path):  # released: free again
        pass


def test_lock_of_a_killed_process_is_free(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from itvt_lib.publishing.outputs import OutputLock
        OutputLock({str(tmp_path)!r}).__enter__()
        print("held", flush=True)
        time.sleep(60)""")], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(LockHeld, match=rf"pid {holder.pid}\)"):
        OutputLock(tmp_path).__enter__()
    holder.kill()
    holder.wait()
    with OutputLock(tmp_path):  # the OS released it; the pid file left behind is no lock
        assert (tmp_path / ".lock").read_text() == str(os.getpid())


def test_lock_that_is_a_folder_is_one_clean_error(tmp_path):
    (tmp_path / ".lock").mkdir()
    with pytest.raises(OutputError, match=r"\.lock: låsfilen är en mapp"):
        OutputLock(tmp_path).__enter__()


# ---------------------------------------------------------------- 5: publish without a gap

KILLER = """
import os, signal, sys
from itvt_lib.publishing import outputs
moment, target = sys.argv[1], sys.argv[2]
real_replace = os.replace
def replace(src, dst, *args, **kwargs):
    if os.path.basename(str(dst)) == target and moment == "before-swap":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst, *args, **kwargs)
    if os.path.basename(str(dst)) == target and moment == "after-swap":
        os.kill(os.getpid(), signal.SIGKILL)
outputs.os.replace = replace
from itvt_lib.cli import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["before-swap", "after-swap"])
def test_kill_during_publish_leaves_a_complete_report(good_report, notebooks, moment):
    old_manifest = json.loads((good_report / "2024-02" / "manifest.json").read_text())
    write_notebook(notebooks, "02-more.ipynb", "print('mer')")
    killed = subprocess.run([sys.executable, "-c", KILLER, moment, "2024-02", "run", "--period",
                             "2024-02", "--notebooks-dir", str(notebooks), "--output-dir",
                             str(good_report)], capture_output=True, text=True, cwd=ROOT,
                            timeout=180)
    assert killed.returncode == -9, killed.stderr
    period = good_report / "2024-02"
    manifest = json.loads((period / "manifest.json").read_text())
    assert manifest["status"] == "ok" and (period / "index.html").is_file()
    expected = 1 if moment == "before-swap" else 2  # the old report, or the new one
    assert len(manifest["notebooks"]) == expected and (
        expected == 2 or manifest["started"] == old_manifest["started"])
    assert all((period / f"{Path(n['notebook']).stem}.html").is_file()
               for n in manifest["notebooks"])
    result = _run(notebooks, good_report)  # the next run clears what the killed one left
    assert result.returncode == 0, result.stderr
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []
    assert list((good_report / ".builds").iterdir()) == [period.resolve()]
    assert sorted(p.name for p in good_report.iterdir() if p.name.startswith(".")) == \
        [".builds", ".itvt-output"]


@pytest.mark.slow
def test_folder_of_an_older_itvt_is_migrated(tmp_path, notebooks):
    output = tmp_path / "outputs"
    (output / "2024-02").mkdir(parents=True)
    (output / "2024-02" / "manifest.json").write_text('{"period": "2024-02", "status": "ok"}')
    (output / "2024-02" / "index.html").write_text("<p>gammal</p>")
    (output / "runs.log").write_text('{"periods": ["2024-02"], "exit_code": 0}\n')
    (output / "index.html").write_text("<p>arkiv</p>")
    result = _run(notebooks, output)
    assert result.returncode == 0, result.stderr
    assert (output / "2024-02").is_symlink()
    assert json.loads((output / "2024-02" / "manifest.json").read_text())["notebooks"]
    assert [p.name for p in (output / ".builds").iterdir()] == \
        [os.readlink(output / "2024-02").split("/")[-1]]


# ---------------------------------------------------------------- 7: a full disk

@pytest.mark.slow
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_full_or_read_only_disk_is_one_line_and_keeps_the_report(good_report, notebooks,
                                                                monkeypatch, capsys, code):
    from itvt_lib.cli import main
    from itvt_lib.publishing import pages

    before = tree_snapshot(good_report / "2024-02")

    def no_space(executed, out_dir, manifest):
        raise OSError(code, os.strerror(code), str(out_dir / f"{executed.stem}.html"))

    monkeypatch.setattr(pages, "export_notebook", no_space)
    result = main(["run", "--period", "2024-02", "--notebooks-dir", str(notebooks),
                   "--output-dir", str(good_report)])
    assert result == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("fel: ")]
    assert len(errors) == 1 and os_reason(OSError(code, os.strerror(code))) in errors[0]
    assert "förra rapporten finns kvar" in errors[0]
    assert tree_snapshot(good_report / "2024-02") == before
    last = _records(good_report)[-1]
    assert (last["exit_code"], last["outcome"]) == (1, "failed")
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []
