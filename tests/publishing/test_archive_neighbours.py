"""The archive page `O/index.html` with odd neighbours. A period folder whose
manifest is not itvt's (torn, another shape, another period, counts that are no counts)
stopped the archive with an exception after the run had published, so every later run
ended in an error; it is left out with a Swedish warning naming it. A runs.log line whose
exit code is no number was not skipped as a foreign line and stopped the archive too."""

from __future__ import annotations

import json
import logging

import pytest
from conftest import html_text

from itvt_lib.publishing.pages import write_archive


def _manifest(folder, period, **extra):
    (folder / period).mkdir()
    (folder / period / "manifest.json").write_text(json.dumps({
        "period": period, "title": f"Rapport {period}", "status": "ok",
        "checks_summary": {"pass": 50, "warn": 0, "fail": 0}, **extra}), encoding="utf-8")


@pytest.mark.parametrize("content", [
    "{", "[]", "null", '{"title": "t"}', '{"period": 202301}', '{"period": "2024-02"}',
    '{"period": "2023-01", "checks_summary": {"fail": "x"}}',
    '{"period": "2023-01", "checks_summary": {"pass": [1]}}',
    '{"period": "2023-01", "parameters": []}',
])
def test_a_period_with_a_foreign_manifest_is_left_out_with_a_warning(tmp_path, caplog,
                                                                     content):
    _manifest(tmp_path, "2024-02")
    (tmp_path / "2023-01").mkdir()
    (tmp_path / "2023-01" / "manifest.json").write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        page = html_text(write_archive(tmp_path).read_text(encoding="utf-8"))
    assert "Rapport 2024-02" in page and "2023-01" not in page
    assert "2023-01/manifest.json: är ingen rapports manifest" in caplog.text


def test_a_manifest_that_is_no_utf_8_is_left_out(tmp_path, caplog):
    _manifest(tmp_path, "2024-02")
    (tmp_path / "2023-01").mkdir()
    (tmp_path / "2023-01" / "manifest.json").write_bytes(b"\xff\xfe{}")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        page = html_text(write_archive(tmp_path).read_text(encoding="utf-8"))
    assert "Rapport 2024-02" in page
    assert "är ingen rapports manifest" in caplog.text


@pytest.mark.parametrize("exit_code", [[1], {"a": 1}, "1", True, 1.5])
def test_a_runs_log_line_whose_exit_code_is_no_number_is_skipped(tmp_path, caplog, exit_code):
    _manifest(tmp_path, "2024-02")
    lines = [{"finished": "2024-03-01T10:00", "periods": ["2024-02"], "exit_code": 0},
             {"finished": "2024-03-02T10:00", "periods": ["2024-02"], "exit_code": exit_code}]
    (tmp_path / "runs.log").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                       encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="itvt"):
        page = html_text(write_archive(tmp_path).read_text(encoding="utf-8"))
    assert "2024-03-01 10:00, perioder 2024-02: alla perioder publicerade" in page
    assert "runs.log:2: raden är ingen körningspost" in caplog.text
