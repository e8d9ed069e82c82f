"""The committee's pages in a real browser (headless Chromium, network blocked), and the
PDF for the diarium."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM, html_text

pytestmark = BROWSER_MARKS


def _open(browser, path, screenshot):
    """Open a page from disk with every non-file request blocked; collect problems."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page fel: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(("file:", "data:"))
                  else (problems.append(f"network: {route.request.url}"), route.abort())[1])
    page.goto(path.as_uri(), wait_until="load")
    widths = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
    page.screenshot(path=str(screenshot), full_page=True)
    text = page.inner_text("body")
    context.close()
    return problems, widths, text


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_every_page_renders_offline(browser, published, period, tmp_path):
    folder = published / period
    pages = [folder / "index.html", *sorted(folder.glob("[0-9][0-9]-*.html"))]
    assert len(pages) >= 3
    for path in pages:
        problems, widths, text = _open(browser, path, tmp_path / f"{period}-{path.stem}.png")
        assert problems == [], (path.name, problems)
        assert all(w > 0 for w in widths), (path.name, widths)
        assert f"Period {period}" in text  # the footer traces the page
    charts = sum(len(re.findall(r"<img ", p.read_text(encoding="utf-8"))) for p in pages)
    assert charts >= 2


OVERFLOWING = """(width) => [...document.querySelectorAll("main > section")]
  .filter(sheet => sheet.classList.contains("itvt-wide") === (width > 800))
  .flatMap(sheet => [...sheet.querySelectorAll("table, figure, pre, p, li")])
  .filter(e => e.getBoundingClientRect().right > width + 1)
  .map(e => `${e.tagName.toLowerCase()} "${e.innerText.slice(0, 50)}" ends at ` +
            `${Math.round(e.getBoundingClientRect().right)} px of ${width}`)"""


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_every_sheet_fits_its_paper_when_printed(browser, published, period, tmp_path):
    # Rule: printed with the PDF's margins, no table, chart or paragraph runs past the right
    # margin (Chromium clips it: the PDF once lost the risk table's K and R×K columns). A
    # sheet that cannot fit portrait A4 is printed on landscape A4, and then fits that.
    from pypdf import PdfReader

    from itvt_lib.publishing.pdf import MARK_WIDE, combined_html, printable_width_px

    source = tmp_path / "print.html"
    source.write_text(combined_html(published / period), encoding="utf-8")
    portrait, landscape = printable_width_px(), printable_width_px(landscape=True)
    context = browser.new_context(viewport={"width": int(portrait), "height": 1000})
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(source.as_uri(), wait_until="load")
    wide = page.evaluate(MARK_WIDE, [portrait, landscape])
    result = page.evaluate(OVERFLOWING, int(portrait))
    page.set_viewport_size({"width": int(landscape), "height": 1000})
    result += page.evaluate(OVERFLOWING, int(landscape))
    context.close()
    assert result == []
    # The published PDF has as many landscape sheets as marked sheets start (at least).
    sizes = [(float(p.mediabox.width), float(p.mediabox.height))
             for p in PdfReader(published / period / "rapport.pdf").pages]
    landscapes = sum(w > h for w, h in sizes)
    assert landscapes >= len(wide), (wide, sizes)
    assert landscapes < len(sizes)


def test_a_table_too_wide_even_for_landscape_is_printed_whole(tmp_path):
    # Rule: a 120-letter word and figures of a billion tkr in nine columns fit no paper
    # whole; the sheet goes landscape and its cells may break inside, so every character
    # is printed (before, the figure columns were cut off at the margin).
    from pypdf import PdfReader

    from itvt_lib.publishing.pages import page_css
    from itvt_lib.publishing.pdf import print_pdf

    word = "Projektnamnutanmellanslag" * 5
    figure = "999\u00a0999\u00a0999,5"
    cells = "".join(f'<td class="num">{figure}</td>' for _ in range(8))
    html = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>t</title>'
            f"<style>{page_css()}</style></head><body><main><section><h1>Bred</h1>"
            f'<div class="itvt-scroll"><table class="itvt-table"><tr><th>Projekt</th>'
            + "".join(f"<th>Kolumn {i}</th>" for i in range(8)) + "</tr>"
            f"<tr><td>{word}</td>{cells}</tr></table></div></section></main></body></html>")
    source, target = tmp_path / "bred.html", tmp_path / "bred.pdf"
    source.write_text(html, encoding="utf-8")
    with ThreadPoolExecutor(1) as worker:  # this module's own browser holds the thread's loop
        worker.submit(print_pdf, source, target, CHROMIUM).result()
    reader = PdfReader(target)
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    box = reader.pages[0].mediabox
    result = (float(box.width) > float(box.height), word in text,
              text.count("".join(figure.split())))
    assert result == (True, True, 8)


@pytest.mark.parametrize(("period", "expected"), [
    ("2024-02", ["Månadsrapport per 2024-02-29, med prognos per 2024-12-31", "ITVT-2024-00009",
                 "godkänner månadsrapport per 2024-02-29", "Nyckeltal", "18\u00a0971"]),
    ("2023-12", ["Förvaltningsberättelse 2023-12-31", "ITVT-2024-00002",
                 "godkänner 2023 års förvaltningsberättelse", "\u2212219"]),
])
def test_start_page_shows_the_packet(browser, published, period, expected, tmp_path):
    _, _, text = _open(browser, published / period / "index.html", tmp_path / "start.png")
    for item in expected:
        assert item in text, item


def test_pdf_pages_follow_the_start_page(published):
    from pypdf import PdfReader

    folder = published / "2024-02"
    start = (folder / "index.html").read_text(encoding="utf-8")
    titles = [html_text(t).strip() for t in re.findall(r'<li><a href="[0-9]{2}-[^"]+">(.*?)</a>', start)]
    assert len(titles) >= 2
    reader = PdfReader(folder / "rapport.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    positions = [text.find("Månadsrapport per 2024-02-29")]
    for title in titles:
        found = text.find(title, positions[-1] + 1)
        assert found > positions[-1], (title, positions)
        positions.append(found)
    assert "Sida 1 av" in reader.pages[0].extract_text()
    box = reader.pages[0].mediabox
    # A4 is 595,3 × 841,9 points, portrait or (a wide sheet) landscape; Chromium rounds the
    # sheet to whole CSS pixels.
    short, long = sorted((float(box.width), float(box.height)))
    assert abs(short - 595.3) < 2 and abs(long - 841.9) < 2


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_pdf_has_a_bookmark_per_page_and_is_tagged(published, period):
    import json

    from pypdf import PdfReader

    folder = published / period
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    reader = PdfReader(folder / "rapport.pdf")

    def flatten(items):
        for item in items:
            if isinstance(item, list):
                yield from flatten(item)
            else:
                yield item

    titles = [item.title for item in flatten(reader.outline)]
    pages = 1 + len(manifest["notebooks"])  # the start page and each report page
    assert len(titles) >= pages
    start = html_text((folder / "index.html").read_text(encoding="utf-8"))
    for status in manifest["notebooks"]:
        page = (folder / status["notebook"].replace(".ipynb", ".html")).read_text(encoding="utf-8")
        title = html_text(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)).strip()
        assert title in titles, (title, titles)
    assert any(t.strip() in start for t in titles)
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged for screen readers
