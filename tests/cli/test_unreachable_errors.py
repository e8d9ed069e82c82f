"""What the one-line handler of `itvt` did not reach: a current folder that was
removed, a reader of the output that went away, Ctrl-C while the flags are read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from itvt_lib import cli
from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR

ITVT = str(Path(sys.executable).with_name("itvt"))


@pytest.mark.parametrize("argv", [["check", "--period", "2024-02", "--data-dir", "data"],
                                  ["periods", "--data-dir", str(DATA_DIR)],
                                  ["check", "--period", "2024-02", "--data-dir", str(DATA_DIR),
                                   "--params-dir", str(PARAMS_DIR)]],
                         ids=["relative-flag", "periods", "absolute-flags"])
def test_a_current_folder_that_was_removed_is_one_swedish_line(monkeypatch, tmp_path, capsys,
                                                                argv):
    gone = tmp_path / "borta"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    code = cli.main(argv)
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == ("fel: den aktuella mappen finns inte längre (den har tagits bort); "
                            "byt till en mapp som finns (cd) och försök igen\n")


@pytest.mark.slow
@pytest.mark.parametrize("command", ["periods", "check --period 2024-02"])
def test_a_reader_that_stops_reading_ends_itvt_quietly(command):
    result = subprocess.run(f"{ITVT} {command} | head -0; echo ${{PIPESTATUS[0]}} >&2",
                            shell=True, executable="/bin/bash", capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.stderr == "141\n"


def test_ctrl_c_while_the_flags_are_read_is_one_line(monkeypatch, capsys):
    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_parser", interrupted)
    code = cli.main(["periods"])
    assert (code, capsys.readouterr().err) == (130, "fel: avbruten\n")


@pytest.mark.slow
def test_a_closed_standard_output_still_lists_nothing_and_exits_0():
    result = subprocess.run(f"{ITVT} periods >&-", shell=True, capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")


RUN_THAT_PRINTS = """
import sys, time
from itvt_lib import cli
from itvt_lib.publishing import runner
def run(options):
    time.sleep(0.5)   # the reader is gone by now
    print("Startsida 2024-02: file:///x/2024-02/index.html")
    return 0
runner.run = run
sys.exit(cli.main(["run", "--period", "2024-02"]))
"""


@pytest.mark.slow
def test_a_reader_gone_when_run_prints_its_pages_is_no_internal_error():
    result = subprocess.run(f"{sys.executable} -c '{RUN_THAT_PRINTS}' | head -0; "
                            "echo ${PIPESTATUS[0]} >&2", shell=True, executable="/bin/bash",
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stderr == "141\n"


@pytest.mark.parametrize("flag", ["--output-dir", "--data-dir", "--params-dir",
                                  "--notebooks-dir"])
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_folder_flag_is_bad_input_not_the_current_folder(capsys, monkeypatch,
                                                                  tmp_path, flag, value):
    monkeypatch.chdir(tmp_path)   # an empty folder: a report could be published here
    with pytest.raises(SystemExit) as stopped:
        cli.main(["run", "--period", "1999-01", flag, value])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and list(tmp_path.iterdir()) == []
    assert err.endswith(f"itvt run: fel: argument {flag}: tom sökväg; ange en mapp (. för den "
                        "aktuella)\n")


@pytest.mark.parametrize("flag", ["--from", "--to"])
def test_an_empty_backfill_end_is_bad_input_not_every_period(capsys, flag):
    code = cli.main(["check", flag, ""])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err == 'fel: period: "" är ingen period (ÅÅÅÅ-MM)\n'


@pytest.mark.slow
@pytest.mark.parametrize("command", ["periods", "check --period 2024-02"])
def test_a_standard_output_on_a_full_disk_is_one_swedish_line(command):
    result = subprocess.run(f"{ITVT} {command} > /dev/full", shell=True, capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert (result.returncode, result.stderr) == (
        1, "fel: standardutdata går inte att skriva (disken är full)\n")
