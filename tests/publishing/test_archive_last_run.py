"""The archive page `O/index.html` reads the last run from `O/runs.log`. A line of
brackets nested beyond reason stopped the archive with a RecursionError after the run had
published (every later run ended in an error); a line missing the exit code or the
periods was read as a run ("Senaste körning: , perioder : okänt utfall"); an interrupted
run was called "okänt utfall"; a record naming thousands of periods made the page as big
as the line. Bytes that are no UTF-8 and a line of megabytes are skipped."""

from __future__ import annotations

import json
import logging

import pytest
from conftest import html_text

from itvt_lib.publishing.pages import write_archive

GOOD = {"finished": "2024-03-01T10:00", "periods": ["2024-02"], "exit_code": 0}


def _runs_log(folder, *lines: bytes) -> None:
    (folder / "runs.log").write_bytes(b"".join(line + b"\n" for line in lines))


def _line(**changes) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


@pytest.mark.parametrize("foreign", [
    b"[" * 100_000, b"{\"a\": " * 50_000, b"{}", b'{"periods": ["2024-02"]}',
    b'{"exit_code": 0}', _line(finished=12345), _line(finished=[1, 2]),
    b"\xff\xfe" + _line(), b"x" * 3_000_000, b'{"periods": [], "exit_code": NaN}',
], ids=["nested-lists", "nested-maps", "empty", "no-exit-code", "no-periods",
        "finished-number", "finished-list", "no-utf-8", "megabytes", "nan"])
def test_a_foreign_last_line_of_runs_log_is_skipped(tmp_path, caplog, foreign):
    _runs_log(tmp_path, _line(), foreign)
    with caplog.at_level(logging.WARNING, logger="itvt"):
        result = write_archive(tmp_path)
    page = html_text(result.read_text(encoding="utf-8"))
    assert "Senaste körning: 2024-03-01 10:00, perioder 2024-02: alla perioder publicerade" \
        in page
    assert "runs.log:2: raden är ingen körningspost och hoppas över" in caplog.text
    assert result.stat().st_size < 20_000


@pytest.mark.parametrize(("code", "expected"), [(130, "avbruten"), (143, "avbruten"),
                                                (1, "minst en period kunde inte byggas"),
                                                (-1, "okänt utfall")])
def test_the_last_runs_outcome_is_named_by_its_exit_code(tmp_path, code, expected):
    _runs_log(tmp_path, _line(exit_code=code))
    page = html_text(write_archive(tmp_path).read_text(encoding="utf-8"))
    assert f"perioder 2024-02: {expected}" in page


def test_a_last_run_of_many_periods_names_the_first_and_counts_the_rest(tmp_path):
    periods = [f"{2000 + i // 12}-{i % 12 + 1:02d}" for i in range(100_000 // 12 * 12)]
    _runs_log(tmp_path, _line(periods=periods))
    result = write_archive(tmp_path)
    page = html_text(result.read_text(encoding="utf-8"))
    assert f"2001-12 och {len(periods) - 24} till: alla perioder publicerade" in page
    assert result.stat().st_size < 20_000
