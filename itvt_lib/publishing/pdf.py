"""`rapport.pdf` per period for the diarium: the start page and every report page in the
manifest's order, A4, numbered "Sida N av M", tagged for screen readers and with a
bookmark (outline entry) per heading, so at least one per page; printed by the Chromium
found on the machine (Debian's `chromium`, driven by Playwright; a browser is never
downloaded).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

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


_BODY = re.compile(r"<main[^>]*>(.*)</main>", re.S)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)


def page_order(folder: Path) -> list[str]:
    """The report pages of a published period, in the order its manifest ran them."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [status["notebook"].replace(".ipynb", ".html") for status in manifest["notebooks"]]


def combined_html(folder: Path) -> str:
    """One HTML document: the start page, then each report page (manifest order), each on
    a new sheet; the shared style once."""
    start = (folder / "index.html").read_text(encoding="utf-8")
    bodies = [_BODY.search(start).group(1)]
    for name in page_order(folder):
        page = (folder / name).read_text(encoding="utf-8")
        bodies.append(_BODY.search(page).group(1))
    sheets = "".join(f'<section style="break-before: page">{b}</section>' if i else
                     f"<section>{b}</section>" for i, b in enumerate(bodies))
    css = "".join(_STYLE.findall(start.split("</head>")[0]))
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
            f"<title>{_title(start)}</title>{css}</head>"
            f"<body><main>{sheets}</main></body></html>")


def _title(page: str) -> str:
    match = re.search(r"<title>(.*?)</title>", page, re.S)
    return match.group(1) if match else "Rapport"


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
            page.pdf(path=str(target), format="A4", print_background=True, outline=True,
                     tagged=True,
                     display_header_footer=True, header_template="<div></div>",
                     footer_template=FOOTER,
                     margin={"top": "15mm", "bottom": "18mm", "left": "12mm", "right": "12mm"})
            browser.close()
    finally:
        source.unlink(missing_ok=True)
    return target


def printer(log) -> str | None:
    """The Chromium to print with, or None after saying in one line why there is none."""
    chromium = find_chromium()
    if chromium is None:
        log("note: no Chromium found (install Debian's chromium): HTML published without PDF")
        return None
    try:
        import playwright  # noqa: F401
    except ImportError:
        log("note: Playwright for Python is not installed: HTML published without PDF")
        return None
    return chromium
