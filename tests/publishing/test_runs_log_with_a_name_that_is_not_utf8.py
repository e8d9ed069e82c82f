"""`O/runs.log` and a file name that is not UTF-8: a file params/meetings/2024-03-07\\xff.yaml
(a name made on another system) is bad input, but the run's line for runs.log, holding
that name, could not be encoded: the run ended as an internal error (exit 1, not 2) and
its line was lost. A character UTF-8 cannot hold is written as its JSON escape."""

from __future__ import annotations

import json
import os

import pytest

from itvt_lib.cli import main
from itvt_lib.publishing.outputs import OutputFolder
from itvt_lib.publishing.runlog import read_run_log, run_log_line


@pytest.mark.parametrize(("record", "expected"), [
    ({"message": "ok"}, b'{"message": "ok"}\n'),
    ({"message": "förra"}, '{"message": "förra"}\n'.encode()),
    ({"message": "2024-03-07\udcff.yaml"}, b'{"message": "2024-03-07\\udcff.yaml"}\n'),
])
def test_a_record_is_one_utf8_json_line(record, expected):
    result = run_log_line(record)
    assert result == expected
    assert json.loads(result) == record


def test_bad_input_naming_a_file_that_is_not_utf8_is_logged_and_exit_2(tmp_path, params,
                                                                         capsys):
    bad = os.fsdecode(os.fsencode(params / "meetings") + b"/2024-03-07\xff.yaml")
    (params / "meetings" / "2024-03-06.yaml").rename(bad)
    output = tmp_path / "out"
    OutputFolder(output).claim()
    result = main(["run", "--period", "2024-02", "--params-dir", str(params),
                   "--output-dir", str(output)])
    # what was said, every character encodable (a report holding U+DCFF breaks pytest-xdist)
    err = capsys.readouterr().err.encode("utf-8", "backslashreplace").decode()
    assert result == 2, err
    assert err.count("\n") == 1 and "internt fel" not in err, err
    # the line shows the byte as written (\xff), never a character no terminal can print
    assert "2024-03-07\\xff.yaml" in err and "\\udcff" not in err, err
    records = read_run_log(output)
    assert [(r["exit_code"], r["outcome"]) for r in records] == [(2, "bad input")], ascii(records)
    assert "2024-03-07\udcff.yaml" in records[0]["message"], ascii(records)


def test_every_handler_gets_the_line_with_the_byte_shown(tmp_path, params):
    # Rule: a record of the itvt logger reaches every handler (pytest's log capture too,
    # when it propagates) with the undecodable byte as \xff: a lone surrogate written to a
    # file, a pipe or a test report cannot be encoded (it stopped a pytest-xdist worker).
    import logging

    bad = os.fsdecode(os.fsencode(params / "meetings") + b"/2024-03-07\xff.yaml")
    (params / "meetings" / "2024-03-06.yaml").rename(bad)
    output = tmp_path / "out"
    OutputFolder(output).claim()
    seen = []
    handler = logging.Handler()
    handler.emit = lambda record: seen.append(record.getMessage())
    logger = logging.getLogger("itvt")
    logger.addHandler(handler)
    try:
        main(["run", "--period", "2024-02", "--params-dir", str(params),
              "--output-dir", str(output)])
    finally:
        logger.removeHandler(handler)
    result = [ascii(line) for line in seen if "2024-03-07" in line]
    assert result and all("\\\\xff" in line and "\\udcff" not in line for line in result), result
