"""Hostile command lines (cli.py): an output folder whose name holds a byte that is not
UTF-8 (b"out\\xff", a name made on another system) was claimed, its notebooks failed with
an English UnicodeEncodeError, runs.log could not be written and the run ended as an
internal error (exit 1); a notebooks folder of that kind failed the same way. A path flag
that is not UTF-8 text is bad input: one Swedish line, exit 2, nothing written."""

from __future__ import annotations

import os

import pytest

from itvt_lib.cli import main, not_utf8


@pytest.mark.parametrize(("raw", "expected"), [
    (b"/tmp/out", None),
    ("/tmp/utdata-å".encode(), None),
    (b"/tmp/out\xff", "\\xff"),
    (b"/tmp/\xc3", "\\xc3"),
])
def test_bytes_that_are_not_utf8_are_named(raw, expected):
    result = not_utf8(raw)
    assert result == expected


@pytest.mark.parametrize(("command", "flag"), [
    (["check"], "--data-dir"),
    (["check"], "--params-dir"),
    (["periods"], "--data-dir"),
    (["run", "--period", "2024-02"], "--output-dir"),
    (["run", "--period", "2024-02"], "--notebooks-dir"),
    (["beslutsunderlag", "--modell", "Lika delar"], "--output-dir"),
])
def test_a_path_flag_that_is_not_utf8_is_one_line_exit_2_nothing_written(tmp_path, capsys,
                                                                         command, flag):
    target = os.fsdecode(os.fsencode(tmp_path) + b"/out\xff")
    result = main([*command, flag, target])
    err = capsys.readouterr().err
    assert result == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"fel: {flag}: ")
    assert "byten \\xff, som inte är UTF-8" in err
    assert list(tmp_path.iterdir()) == []
