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


def footer_template(trace: str = "") -> str:
    """Chromium's footer of every printed sheet: the trace line (period, time, version,
    input fingerprint), if given, then "Sida N av M"."""
    from html import escape

    before = f"{escape(trace)} · " if trace else ""
    return ('<div style="font-size:8px; width:100%; text-align:center; color:#555;">'
            f'{before}Sida <span class="pageNumber"></span> av '
            '<span class="totalPages"></span></div>')


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


_HREF = re.compile(r'\shref="([^"]*)"')


def sheet_id(page: str) -> str:
    """Id of a page's sheet in the combined document (`01-x.html` → `sida-01-x`)."""
    return "sida-" + page.removesuffix(".html")


def printed_links(body: str, pages: list[str], period: str = "") -> str:
    """A link on paper goes to its sheet in the same PDF (a page of this print, also when
    named through its period, `../<period>/`) or stays a footnote or web link; a link to
    any other file (another period, the archive, the workbook) becomes plain text, never a
    path on the server that printed it."""
    def target(match: re.Match) -> str:
        href = match.group(1)
        if href.startswith(("#", "https:", "http:", "mailto:")):
            return match.group(0)
        href = href.removeprefix(f"../{period}/") if period else href
        return f' href="#{sheet_id(href)}"' if href in pages else ""
    return _HREF.sub(target, body)


def combined_html(folder: Path) -> str:
    """One HTML document: the start page, then each report page (manifest order), each on
    a new sheet; the shared style once; links between its pages lead within it."""
    start = (folder / "index.html").read_text(encoding="utf-8")
    pages = ["index.html", *page_order(folder)]
    period = str(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["period"])
    bodies = [_BODY.search(start).group(1)]
    for name in pages[1:]:
        page = (folder / name).read_text(encoding="utf-8")
        bodies.append(_BODY.search(page).group(1))
    breaks = [""] + [' style="break-before: page"'] * (len(pages) - 1)
    sheets = "".join(f'<section id="{sheet_id(name)}"{brk}>'
                     f"{printed_links(b, pages, period)}</section>"
                     for name, brk, b in zip(pages, breaks, bodies))
    css = "".join(_STYLE.findall(start.split("</head>")[0]))
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
            f"<title>{_title(start)}</title>{css}</head>"
            f"<body><main>{sheets}</main></body></html>")


def _title(page: str) -> str:
    match = re.search(r"<title>(.*?)</title>", page, re.S)
    return match.group(1) if match else "Rapport"


PAPER_WIDTH_MM = 210  # A4
MARGIN_MM = {"top": 15, "bottom": 18, "left": 12, "right": 12}


PAPER_HEIGHT_MM = 297  # A4
# Marks each sheet (`main > section`) that would run past the right margin of a portrait
# page (`itvt-wide`: page.css prints it on landscape paper, a named page). On a sheet that
# would run past even a landscape page's margin, first only the cells holding a word or
# figure longer than a quarter of the paper (`td.itvt-break`: a pasted path, say) may
# break inside, so every other cell keeps its words and figures whole; only when the sheet
# still does not fit may every cell break (`section.itvt-break`), rather than be cut off.
# Returns the wide sheets' first headings.
MARK_WIDE = """(widths) => {
  const [portrait, landscape] = widths;
  const marked = [];
  const over = (sheet, width) => [...sheet.querySelectorAll("table, figure, pre, p, li")]
    .some(e => e.getBoundingClientRect().right - sheet.getBoundingClientRect().left > width + 1);
  const longest = (cell) => {  // the cell's min-content width: its longest unbreakable run
    const probe = document.createElement("div");
    probe.style.cssText = "position:absolute; visibility:hidden; width:min-content";
    probe.innerHTML = cell.innerHTML;
    cell.appendChild(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  for (const sheet of document.querySelectorAll("main > section")) {
    if (!over(sheet, portrait)) continue;
    sheet.classList.add("itvt-wide");
    sheet.style.width = `${landscape}px`;
    if (over(sheet, landscape)) {
      for (const cell of sheet.querySelectorAll("th, td"))
        if (longest(cell) > landscape / 4) cell.classList.add("itvt-break");
      if (over(sheet, landscape)) sheet.classList.add("itvt-break");
    }
    sheet.style.width = "";
    marked.push((sheet.querySelector("h1") || sheet).innerText.split("\\n")[0]);
  }
  return marked;
}"""


def printable_width_px(landscape: bool = False) -> float:
    """Width a page's content has on paper in CSS px: A4 (portrait, or landscape) less the
    side margins, 96 px per inch."""
    paper = PAPER_HEIGHT_MM if landscape else PAPER_WIDTH_MM
    return (paper - MARGIN_MM["left"] - MARGIN_MM["right"]) / 25.4 * 96


PRINT_TIMEOUT_S = 300  # a report prints in seconds; a browser silent this long hangs


class BrowserKiller:
    """Kills every process of one print's browser (found by its own profile folder on
    the command line): on a stop request (SIGINT/SIGTERM, as `Stop` kills kernels) or
    when the print outlasts its time, so a hung Chromium cannot hold a run."""

    def __init__(self, profile: Path):
        self.marker = f"--user-data-dir={profile}"

    def processes(self) -> list[int]:
        """Ids of the running processes whose command line names this print's profile."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:   # ended meanwhile, or not ours to read
                continue
            if self.marker.encode() in args:
                found.append(int(entry.name))
        return found

    def kill(self) -> None:
        """SIGKILL the browser's processes (a stopped process dies too)."""
        import signal

        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def print_pdf(source: Path, target: Path, chromium: str, stop=None, trace: str = "") -> Path:
    """Print the HTML file `source` to `target` (A4, `trace` and page numbers in the footer
    of every sheet, tagged, a bookmark per heading; a sheet too wide for portrait on
    landscape paper); nothing but file: and data: is loaded. The browser is killed after
    PRINT_TIMEOUT_S or when `stop` (a run's `Stop`) is requested, and the print then fails."""
    import tempfile
    import threading

    with tempfile.TemporaryDirectory(prefix="itvt-print-") as profile:
        killer = BrowserKiller(Path(profile))
        timer = threading.Timer(PRINT_TIMEOUT_S, killer.kill)
        timer.daemon = True
        if stop is not None:
            stop.sessions.add(killer)
        timer.start()
        try:
            _print(source, target, chromium, Path(profile), trace)
        finally:
            timer.cancel()
            if stop is not None:
                stop.sessions.discard(killer)
            killer.kill()   # nothing of the browser outlives the print
    return target


def _print(source: Path, target: Path, chromium: str, profile: Path, trace: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, args=BROWSER_ARGS, headless=True,
            viewport={"width": int(printable_width_px()), "height": 1000})
        page = context.new_page()
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith(("file:", "data:")) else route.abort())
        page.goto(source.resolve().as_uri(), wait_until="load")
        page.emulate_media(media="print")
        page.evaluate(MARK_WIDE, [printable_width_px(), printable_width_px(landscape=True)])
        page.pdf(path=str(target), format="A4", print_background=True, outline=True,
                 tagged=True, prefer_css_page_size=True,
                 display_header_footer=True, header_template="<div></div>",
                 footer_template=footer_template(trace),
                 margin={side: f"{mm}mm" for side, mm in MARGIN_MM.items()})
        context.close()


def printed_trace(manifest: dict) -> str:
    """A sheet's trace line; one of a report published although checks fail says so too."""
    from .pages import trace_line

    failed = manifest.get("failed_checks", 0)
    return trace_line(manifest) + (f" · {failed} {'kontroll' if failed == 1 else 'kontroller'}"
                                   " visar fel, publicerad ändå" if failed else "")


def write_pdf(folder: Path, chromium: str, stop=None) -> Path:
    """Print `folder`'s pages to `folder/rapport.pdf` (A4; each sheet's footer traces it, as
    the pages' footers do, says when checks fail, as a sheet may be copied alone without
    its page's banner, and numbers it)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    source = folder / ".rapport-print.html"
    source.write_text(combined_html(folder), encoding="utf-8")
    try:
        return print_pdf(source, folder / "rapport.pdf", chromium, stop, printed_trace(manifest))
    finally:
        source.unlink(missing_ok=True)


def browser_problem(path: str) -> str | None:
    """Why `path` cannot print the report (None when it can): it must exist, be an
    executable file and answer `--version` as a Chrome or Chromium."""
    import subprocess

    target = Path(path)
    if not target.exists():
        return "finns inte"
    if not target.is_file() or not os.access(target, os.X_OK):
        return "är ingen körbar fil"
    try:
        answer = subprocess.run([path, "--version"], capture_output=True, text=True,
                                timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return "går inte att starta"
    if answer.returncode != 0 or "chrom" not in answer.stdout.lower():
        return "är ingen Chromium (svarar inte på --version som en)"
    return None


def pdf_failure(chromium: str, exc: BaseException) -> str:
    """The one Swedish line for a PDF that could not be printed."""
    if type(exc).__module__.startswith("playwright"):
        reason = "webbläsaren avslutades eller svarade inte"
    else:
        lines = str(exc).strip().splitlines()
        reason = f"{type(exc).__name__}: {lines[0] if lines else ''}"
    return (f"Chromium {chromium} kunde inte skriva ut rapporten ({reason}); perioden "
            "publicerades inte, den förra rapporten finns kvar")


def printer(log) -> str | None:
    """The Chromium to print with, or None after saying in one Swedish line why there is
    none (an ITVT_CHROMIUM that is not a Chromium is named)."""
    explicit = os.environ.get("ITVT_CHROMIUM")
    chromium = explicit or find_chromium()
    if chromium is None:
        log("obs: ingen Chromium hittades (installera Debians paket chromium, eller ange "
            "ITVT_CHROMIUM): HTML publiceras utan PDF")
        return None
    problem = browser_problem(chromium)
    if problem is not None:
        where = f"ITVT_CHROMIUM={explicit}" if explicit else chromium
        log(f"obs: {where} {problem}: HTML publiceras utan PDF")
        return None
    try:
        import playwright  # noqa: F401
    except ImportError:
        log("obs: Playwright för Python är inte installerat: HTML publiceras utan PDF")
        return None
    return chromium
