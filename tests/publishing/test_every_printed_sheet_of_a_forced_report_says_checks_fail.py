"""A report published on request although checks fail says so in a red banner atop each
page, but rapport.pdf printed only the first sheet of each page with it: the sheets after
(a long start page or table) read like those of a report whose checks pass, and a sheet is
often copied alone. Every sheet's footer of such a report now says so after its trace."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM

MANIFEST = {"period": "2024-02", "started": "2024-03-01T08:00:00.123",
            "package_version": "0.1.0", "fingerprint": "e9cbfbefba81",
            "parameters_fingerprint": "0a1b2c3d4e5f",
            "notebooks": [{"notebook": "01-drift.ipynb"}]}
TRACE = ("Period 2024-02 · genererad 2024-03-01 08:00 · itvt 0.1.0 · indata e9cbfbefba81 · "
         "parametrar 0a1b2c3d4e5f")


@pytest.mark.parametrize("failed, expected", [
    (None, TRACE),
    (0, TRACE),
    (1, f"{TRACE} · 1 kontroll visar fel, publicerad ändå"),
    (3, f"{TRACE} · 3 kontroller visar fel, publicerad ändå"),
])
def test_printed_trace(failed, expected):
    from itvt_lib.publishing.pdf import printed_trace

    manifest = MANIFEST if failed is None else {**MANIFEST, "failed_checks": failed}
    result = printed_trace(manifest)
    assert result == expected


@pytest.mark.parametrize("failed", [pytest.param(2, marks=BROWSER_MARKS)])
def test_every_sheet_of_a_forced_report_says_checks_fail(tmp_path, failed):
    from pypdf import PdfReader

    from itvt_lib.publishing.pdf import write_pdf

    rows = "".join(f"<tr><td>rad {i}</td><td>{i} 000</td></tr>" for i in range(120))
    page = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{t}</title>'
            "</head><body><main><h1>{t}</h1>{body}</main></body></html>")
    (tmp_path / "index.html").write_text(page.format(t="Start", body="<p>Start</p>"),
                                         encoding="utf-8")
    (tmp_path / "01-drift.html").write_text(page.format(t="Drift", body=f"<table>{rows}</table>"),
                                            encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({**MANIFEST, "failed_checks": failed}),
                                            encoding="utf-8")
    with ThreadPoolExecutor(1) as worker:  # a browser of another test may hold the loop
        worker.submit(write_pdf, tmp_path, CHROMIUM).result()
    sheets = PdfReader(tmp_path / "rapport.pdf").pages
    result = ["2 kontroller visar fel, publicerad ändå" in " ".join(sheet.extract_text().split())
              for sheet in sheets]
    expected = [True] * len(sheets)
    assert len(sheets) >= 3
    assert result == expected
