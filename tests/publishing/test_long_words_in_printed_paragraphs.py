"""A word longer than a line of running text (the place of the meeting, a controller's
comment, a list item: a pasted token, a long identifier) ran past the right margin and was
cut off in the PDF, without notice (a 2 000-letter word kept 84 letters on paper). Such a
word now wraps inside itself, so every character is printed, on portrait paper."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM

pytestmark = BROWSER_MARKS

WORD = "Ö" * 20 + "A" * 280


@pytest.mark.parametrize("block", [
    f'<header class="itvt-header"><p>Sammanträde 2024-03-06 – {WORD}</p></header>',
    f"<h2>Kommentar</h2><p>Prognos enligt budget. {WORD}</p>",
    f"<ul><li>Resultat: {WORD}</li></ul>",
    f"<pre>{WORD}</pre>",
], ids=["header", "comment", "list-item", "pre"])
def test_a_long_word_in_running_text_is_printed_whole(tmp_path, block):
    from pypdf import PdfReader

    from itvt_lib.publishing.pages import page_css
    from itvt_lib.publishing.pdf import print_pdf

    html = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>t</title>'
            f"<style>{page_css()}</style></head><body><main><section><h1>Sida</h1>{block}"
            "</section></main></body></html>")
    source, target = tmp_path / "lang.html", tmp_path / "lang.pdf"
    source.write_text(html, encoding="utf-8")
    with ThreadPoolExecutor(1) as worker:  # a browser of another test may hold the loop
        worker.submit(print_pdf, source, target, CHROMIUM).result()
    reader = PdfReader(target)
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    box = reader.pages[0].mediabox
    result = (WORD in text, float(box.width) < float(box.height))
    expected = (True, True)
    assert result == expected
