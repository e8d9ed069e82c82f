"""A full or read-only disk after a period was published: the run says what was published,
never that the previous report stays, and runs.log keeps one line for the run."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from itvt_lib.core.errors import os_reason

pytestmark = pytest.mark.slow


def _records(output: Path) -> list[dict]:
    return [json.loads(line) for line in (output / "runs.log").read_text().splitlines()]


def _errors(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("fel: ")]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES])
def test_archive_not_written_after_publishing_is_not_the_runs_failure(
        good_report, notebooks, monkeypatch, capsys, code):
    from itvt_lib.cli import main
    from itvt_lib.publishing import pages

    before = os.readlink(good_report / "2024-02")
    logged = len(_records(good_report))

    def no_space(output_dir, *_):
        raise OSError(code, os.strerror(code), str(output_dir / ".index.html.tmp-1"))

    monkeypatch.setattr(pages, "write_archive", no_space)
    result = main(["run", "--period", "2024-02", "--notebooks-dir", str(notebooks),
                   "--output-dir", str(good_report)])
    errors = _errors(capsys)
    assert result == 1
    assert os.readlink(good_report / "2024-02") != before  # the new report is published
    assert len(errors) == 1
    assert f"{good_report / 'index.html'}: arkivet skrevs inte: " \
           f"{os_reason(OSError(code, ''))}" in errors[0]
    assert "förra rapporten finns kvar" not in errors[0]
    result = [(r["exit_code"], r["outcome"]) for r in _records(good_report)[logged:]]
    expected = [(0, "published")]
    assert result == expected
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []


def test_full_disk_in_one_period_keeps_the_other_periods_publishing(
        good_report, notebooks, monkeypatch, capsys):
    from itvt_lib.cli import main
    from itvt_lib.publishing import pages

    export = pages.export_notebook

    def full_in_2023_12(executed, out_dir, manifest):
        if manifest["period"] == "2023-12":
            raise OSError(errno.ENOSPC, "No space left on device", str(out_dir / "01-ok.html"))
        return export(executed, out_dir, manifest)

    monkeypatch.setattr(pages, "export_notebook", full_in_2023_12)
    logged = len(_records(good_report))
    before = os.readlink(good_report / "2024-02")
    result = main(["run", "--period", "2023-12", "--period", "2024-02", "--workers", "1",
                   "--notebooks-dir", str(notebooks), "--output-dir", str(good_report)])
    errors = _errors(capsys)
    assert result == 1
    assert os.readlink(good_report / "2024-02") != before
    assert not (good_report / "2023-12").exists()
    assert len(errors) == 1 and errors[0].startswith("fel: [2023-12] ")
    assert "disken är full; förra rapporten finns kvar" in errors[0]
    [record] = _records(good_report)[logged:]
    result = (record["exit_code"], record["outcome"], record["message"].split(":")[0])
    expected = (1, "failed", "2023-12")
    assert result == expected
    assert json.loads((good_report / ".itvt-output").read_text())["journal"] == []


def test_a_name_relative_to_the_folder_is_shown_as_the_folder(tmp_path):
    from itvt_lib.publishing.runner import machine_failure

    exc = OSError(errno.EPERM, "Operation not permitted", "..itvt-output.tmp-12")
    result = machine_failure(exc, tmp_path)
    expected = f"{tmp_path}: går inte att skriva: {os_reason(exc)}; förra rapporten finns kvar"
    assert result == expected
