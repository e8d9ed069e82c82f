"""`rapport.pdf` per period for the diarium: the start page and every report page in
order, A4, numbered "Sida N av M", printed by the Chromium found on the machine
(Debian's `chromium`, driven by Playwright; a browser is never downloaded)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from ..core.periods import Period

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic"]
FOOTER = ('<div style="font-size:8px; width:100%; text-align:center; color:#555;">'
          'Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>')


def find_chromium() -> str | None:
    """Path of a Chromium on this machine: $ITVT_CHROMIUM, then the usual names on PATH."""
    explicit = os.environ.get("ITVT_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


_BODY = re.compile(r"<main>(.*)</main>", re.S)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)


def combined_html(folder: Path) -> str:
    """One HTML document: the start page, then each report page, each on a new sheet, in
    the start page's link order; styles of a report page included once."""
    start = (folder / "index.html").read_text(encoding="utf-8")
    pages = re.findall(r'<li><a href="([0-9]{2}-[^"]+\.html)"', start)
    styles, bodies = [], [_BODY.search(start).group(1)]
    for name in pages:
        page = (folder / name).read_text(encoding="utf-8")
        if not styles:
            styles = _STYLE.findall(page.split("</head>")[0])
        bodies.append(_BODY.search(page).group(1))
    sheets = "".join(f'<section style="break-before: page">{b}</section>' if i else
                     f"<section>{b}</section>" for i, b in enumerate(bodies))
    css = "".join(styles) or "".join(_STYLE.findall(start))
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">{css}'
            "<style>nav.itvt-nav{display:none} .jp-Notebook{padding:0}</style></head>"
            f'<body class="jp-Notebook"><main>{sheets}</main></body></html>')


def write_pdf(folder: Path, chromium: str) -> Path:
    """Print `folder`'s pages to `folder/rapport.pdf` (A4, page numbers in the footer)."""
    from playwright.sync_api import sync_playwright

    source = folder / ".rapport-print.html"
    source.write_text(combined_html(folder), encoding="utf-8")
    target = folder / "rapport.pdf"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=BROWSER_ARGS)
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:")) else route.abort())
            page.goto(source.as_uri(), wait_until="load")
            page.pdf(path=str(target), format="A4", print_background=True,
                     display_header_footer=True, header_template="<div></div>",
                     footer_template=FOOTER,
                     margin={"top": "15mm", "bottom": "18mm", "left": "12mm", "right": "12mm"})
            browser.close()
    finally:
        source.unlink(missing_ok=True)
    return target


def write_pdfs(output_dir: Path, periods: list[Period], log) -> None:
    """Write rapport.pdf for each published period, or say in one line why not."""
    chromium = find_chromium()
    if chromium is None:
        log("note: no Chromium found (install Debian's chromium): HTML published without PDF")
        return
    try:
        import playwright  # noqa: F401
    except ImportError:
        log("note: Playwright for Python is not installed: HTML published without PDF")
        return
    for period in periods:
        target = write_pdf(Path(output_dir) / str(period), chromium)
        log(f"[{period}] wrote {target}")
