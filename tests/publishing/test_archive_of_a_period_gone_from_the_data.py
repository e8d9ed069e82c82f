"""A controller's year of runs in one output folder: a month's rows removed from the data
(entered under the wrong month) left its published report at the top of the archive as
"Publicerad", the newest report, while `--period latest` built the month before it and no
command could build the removed month again. The archive now says of such a period that
the data no longer has it."""

from __future__ import annotations

import json

import pytest
from conftest import html_text

from itvt_lib.publishing.pages import archive_status, write_archive

OK = {"status": "ok", "checks_summary": {"pass": 41, "warn": 3, "fail": 0}}
FORCED = {"status": "ok", "checks_summary": {"pass": 33, "warn": 3, "fail": 8}}


@pytest.mark.parametrize(("manifest", "reportable", "expected"), [
    (OK, None, "Publicerad"),
    (OK, {"2024-10", "2024-11"}, "Publicerad"),
    (OK, {"2024-10"}, "Publicerad; perioden finns inte längre i underlaget"),
    (FORCED, {"2024-10"}, "Publicerad trots fel; perioden finns inte längre i underlaget"),
    (FORCED, {"2024-11"}, "Publicerad trots fel"),
    ({"status": "failed"}, set(), "Fel; perioden finns inte längre i underlaget"),
], ids=["unknown", "in-data", "gone", "forced-gone", "forced", "failed-gone"])
def test_archive_status(manifest, reportable, expected):
    result = archive_status({**manifest, "period": "2024-11"}, reportable)
    assert result == expected


def test_archive_says_which_published_period_is_gone_from_the_data(tmp_path):
    for period in ("2024-10", "2024-11"):
        (tmp_path / period).mkdir()
        (tmp_path / period / "manifest.json").write_text(
            json.dumps({**OK, "period": period, "title": f"M{period}"}))
    page = html_text(write_archive(tmp_path, {"2024-10"}).read_text(encoding="utf-8"))
    result = page.split(" 2024-10 M2024-10 ")
    assert "2024-11 M2024-11 Publicerad; perioden finns inte längre i underlaget" in result[0]
    assert "finns inte längre" not in result[1]


@pytest.mark.slow
def test_a_run_gives_the_archive_the_datas_periods(good_report, notebooks, monkeypatch):
    from itvt_lib.cli import main
    from itvt_lib.publishing import pages

    seen = []
    real = pages.write_archive

    def spy(output_dir, reportable=None):
        seen.append(set(map(str, reportable)) if reportable is not None else None)
        return real(output_dir, reportable)

    monkeypatch.setattr(pages, "write_archive", spy)
    result = main(["run", "--period", "2024-02", "--notebooks-dir", str(notebooks),
                   "--output-dir", str(good_report)])
    assert result == 0
    assert seen and seen[-1] is not None and {"2023-12", "2024-02"} <= seen[-1]
