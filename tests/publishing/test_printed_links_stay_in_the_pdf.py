"""The PDF's links pointed at the server that printed it: "Se alla kontroller", the agenda's
"sida 01" and the list of pages led to file:///…/outputs/.builds/2024-02-<time>-<pid>/…html
(a build folder gone after the next run), the agenda's papers of another period to
.builds/2023-12/…. A link to a page of the print now leads to its sheet in the same PDF;
a link to any other file is left as text."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM


def _folder(tmp_path, link: str):
    page = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{t}</title>'
            "<style>p {{ color: #111; }}</style></head><body><main><h1>{t}</h1>{body}</main>"
            "</body></html>")
    (tmp_path / "index.html").write_text(page.format(
        t="Start", body=f'<p><a href="{link}">länk</a></p>'), encoding="utf-8")
    (tmp_path / "01-drift.html").write_text(page.format(
        t="Drift", body='<p><a href="index.html">Startsida</a> 18 971 tkr</p>'),
        encoding="utf-8")
    manifest = {"period": "2024-02", "started": "2024-03-01T08:00:00",
                "package_version": "0.1.0", "fingerprint": "e9cbfbefba81",
                "notebooks": [{"notebook": "01-drift.ipynb"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("link, expected", [
    ("01-drift.html", ['#sida-01-drift', '#sida-index']),
    ("index.html", ['#sida-index', '#sida-index']),
    ("../2023-12/01-drift.html", ['#sida-index']),
    ("../2024-02/01-drift.html", ['#sida-01-drift', '#sida-index']),
    ("../index.html", ['#sida-index']),
    ("tabeller.xlsx", ['#sida-index']),
    ("#not-1", ['#not-1', '#sida-index']),
    ("https://www.herrljunga.se/", ['https://www.herrljunga.se/', '#sida-index']),
])
def test_a_link_in_the_print_leads_within_it_or_is_text(tmp_path, link, expected):
    from itvt_lib.publishing.pdf import combined_html

    html = combined_html(_folder(tmp_path, link))
    result = re.findall(r'href="([^"]*)"', html)
    assert result == expected
    assert re.findall(r'<section id="([^"]+)"', html) == ["sida-index", "sida-01-drift"]


@pytest.mark.parametrize("link", [pytest.param(link, marks=BROWSER_MARKS) for link in (
    "01-drift.html", "../2023-12/01-drift.html")])
def test_the_printed_pdf_names_no_file_on_the_server(tmp_path, link):
    from pypdf import PdfReader

    from itvt_lib.publishing.pdf import write_pdf

    folder = _folder(tmp_path, link)
    with ThreadPoolExecutor(1) as worker:  # a browser of another test may hold the loop
        worker.submit(write_pdf, folder, CHROMIUM).result()
    reader = PdfReader(folder / "rapport.pdf")
    actions = [annot.get_object().get("/A") or {} for page in reader.pages
               for annot in page.get("/Annots") or []]
    result = [str(action["/URI"]) for action in actions if "/URI" in action]
    expected = []
    assert result == expected
