"""A printed sheet of rapport.pdf could not be traced: the pages' footer (period, generation
time, version, input fingerprint) was left out of the print and every sheet said only
"Sida N av M", so a sheet of an old run read like one of the current. Every sheet's footer
now carries the pages' trace line before its page number."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM

MANIFEST = {"period": "2024-02", "started": "2024-03-01T08:00:00.123",
            "package_version": "0.1.0", "fingerprint": "e9cbfbefba81",
            "notebooks": [{"notebook": "01-drift.ipynb"}]}
TRACE = "Period 2024-02 · genererad 2024-03-01 08:00 · itvt 0.1.0 · indata e9cbfbefba81"


@pytest.mark.parametrize("extra, trace", [
    ({}, TRACE),
    ({"parameters_fingerprint": "0a1b2c3d4e5f"}, f"{TRACE} · parametrar 0a1b2c3d4e5f"),
])
def test_the_trace_line_is_the_pages_footer(extra, trace):
    from itvt_lib.publishing.pages import footer_html, trace_line

    manifest = {**MANIFEST, **extra}
    result = (trace_line(manifest), footer_html(manifest))
    expected = (trace, f'<footer class="itvt-footer">{trace}</footer>')
    assert result == expected


@pytest.mark.parametrize("trace, expected", [
    (TRACE, f"{TRACE} · Sida "),
    ("Period <b>&", "Period &lt;b&gt;&amp; · Sida "),
    ("", ">Sida "),
])
def test_the_sheet_footer_carries_the_trace_escaped(trace, expected):
    from itvt_lib.publishing.pdf import footer_template

    assert expected in footer_template(trace)


@pytest.mark.parametrize("rows", [pytest.param(120, marks=BROWSER_MARKS)])
def test_every_sheet_of_the_report_pdf_is_traced(tmp_path, rows):
    from pypdf import PdfReader

    from itvt_lib.publishing.pdf import write_pdf

    rows = "".join(f"<tr><td>rad {i}</td><td>{i} 000</td></tr>" for i in range(rows))
    page = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{t}</title>'
            "</head><body><main><h1>{t}</h1>{body}</main></body></html>")
    (tmp_path / "index.html").write_text(page.format(t="Start", body="<p>Start</p>"),
                                         encoding="utf-8")
    (tmp_path / "01-drift.html").write_text(page.format(t="Drift", body=f"<table>{rows}</table>"),
                                            encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    with ThreadPoolExecutor(1) as worker:  # a browser of another test may hold the loop
        worker.submit(write_pdf, tmp_path, CHROMIUM).result()
    sheets = PdfReader(tmp_path / "rapport.pdf").pages
    result = [TRACE in " ".join(sheet.extract_text().split()) for sheet in sheets]
    expected = [True] * len(sheets)
    assert len(sheets) >= 3
    assert result == expected
