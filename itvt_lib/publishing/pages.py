"""The committee's pages: report pages rendered from executed notebooks, the start page
of a period and the archive of periods. Every text from data or parameters is escaped
(Jinja autoescape; notebook HTML comes from the package's presentation functions, which
escape); no page loads anything from the network.

A report page is rendered here, not by a JupyterLab template: markdown cells and the
outputs a reader should see (HTML, charts with their alt texts, printed text), in one
slim template styled like the start page (`page.css`). A heading whose section produced
nothing is left out; tables scroll inside their own box; dates in titles never break.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..areas import gather
from ..core.checks import FAIL, STATUS_SV
from ..core.context import ReportContext
from ..core.formatting import esc, join_sv, kind_of
from ..core.params import text
from ..core.periods import Period
from ..core.presentation import nowrap_dates
from .outputs import atomic_write_text, read_run_log

log = logging.getLogger("itvt")

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATUS_COLOUR_SV = {"green": "grön", "yellow": "gul", "red": "röd", "": ""}
WORKBOOK = "tabeller.xlsx"
WORKBOOK_LINK = "Ladda ner tabellerna (Excel)"
HIDDEN_TAGS = {"injected-parameters", "parameters"}


@lru_cache(maxsize=1)
def _jinja() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    # committee text (an agenda's underlag may be a pasted link): dates whole, long words breakable
    env.filters["nowrap_dates"] = lambda value: Markup(_long_words_break(nowrap_dates(str(value))))
    return env


def page_css() -> str:
    return (TEMPLATES / "page.css").read_text(encoding="utf-8")


def trace_line(manifest: dict) -> str:
    """What traces a page (on screen, and each printed sheet): period, generation time,
    package version, the fingerprints of the input files and of the parameters (figures
    change with either)."""
    generated = manifest.get("started", "")[:16].replace("T", " ")
    return (f'Period {manifest["period"]} · genererad {generated} · '
            f'itvt {manifest["package_version"]} · {inputs_trace(manifest)}')


def inputs_trace(manifest: dict) -> str:
    """The fingerprints of the input files and of the parameters, as a page's footer and
    every sheet of `tabeller.xlsx` name them: "indata e9cbfbefba81 · parametrar 2ef4…"."""
    parameters = manifest.get("parameters_fingerprint")
    return f'indata {manifest["fingerprint"]}' + (f" · parametrar {parameters}"
                                                  if parameters else "")


def footer_html(manifest: dict) -> str:
    """Footer of every page: its trace line (`trace_line`)."""
    return f'<footer class="itvt-footer">{esc(trace_line(manifest))}</footer>'


def notebook_title(nb) -> str:
    """A page's title: the first markdown heading of its notebook."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "Rapport"


# ---------------------------------------------------------------- report pages

_HEADING_MD = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_HEADING_HTML = re.compile(r"^\s*<h([1-6])>(.*)</h\1>\s*$", re.S)
_TABLE = re.compile(r"<table\b.*?</table>", re.S)
_CAPTION = re.compile(r"<caption[^>]*>(.*?)</caption>", re.S)


def _markdown(source: str) -> str:
    import mistune

    return mistune.html(source)


_TAG = re.compile(r"(<[^>]+>)")
# A word this long (a pasted file path, a URL) is wider than a column should be on screen.
LONG_WORD = 40
_LONG = re.compile(rf"[^\s<>]{{{LONG_WORD + 1},}}")


def _long_words_break(table: str) -> str:
    """Wrap each word of more than LONG_WORD characters in a table `span.itvt-break`
    (page.css lets it break inside), so one pasted path does not stretch its column, and
    the table, thousands of pixels past the screen; every other word stays whole. A word's
    length is what the reader sees ("&lt;" is one character)."""
    return "".join(part if part.startswith("<")
                   else _LONG.sub(lambda m: f'<span class="itvt-break">{m.group(0)}</span>'
                                  if len(htmllib.unescape(m.group(0))) > LONG_WORD
                                  else m.group(0), part)
                   for part in _TAG.split(table))


def _scrolling_tables(html: str) -> str:
    """Wrap each table in a box that scrolls sideways when the table is wider than the
    screen (focusable, named by the table's caption, so keyboards and screen readers
    reach it)."""
    def wrap(match: re.Match) -> str:
        caption = _CAPTION.search(match.group(0))
        name = htmllib.unescape(re.sub(r"<[^>]+>", "", caption.group(1))).strip() if caption \
            else "Tabell"
        return (f'<div class="itvt-scroll" tabindex="0" role="region" '
                f'aria-label="{esc(name)}">{_long_words_break(match.group(0))}</div>')

    return _TABLE.sub(wrap, html)


def _markdown_blocks(source: str) -> list[tuple]:
    """A markdown cell as blocks: each heading line on its own, the text between as content."""
    blocks, text_lines = [], []

    def flush():
        body = "\n".join(text_lines).strip()
        if body:
            blocks.append(("content", 0, _scrolling_tables(_markdown(body))))
        text_lines.clear()

    for line in source.splitlines():
        match = _HEADING_MD.match(line)
        if match:
            flush()
            blocks.append(("heading", len(match.group(1)), nowrap_dates(match.group(2))))
        else:
            text_lines.append(line)
    flush()
    return blocks


def _output_block(output: dict) -> tuple | None:
    """One output as a block (None for what a reader should not see: stderr, errors)."""
    kind = output.get("output_type")
    if kind == "stream":
        return ("content", 0, f"<pre>{esc(output.get('text', ''))}</pre>") \
            if output.get("name") == "stdout" and output.get("text", "").strip() else None
    if kind not in ("display_data", "execute_result"):
        return None
    data = output.get("data", {})
    if "image/png" in data:
        alt = (output.get("metadata", {}).get("image/png", {}) or {}).get("alt") \
            or data.get("text/plain") or "Diagram"
        png = data["image/png"].replace("\n", "")
        return ("content", 0, f'<figure class="itvt-chart"><img src="data:image/png;base64,'
                              f'{png}" alt="{esc(alt)}"></figure>')
    if "text/html" in data:
        html = data["text/html"]
        html = html if isinstance(html, str) else "".join(html)
        match = _HEADING_HTML.match(html)
        if match and "<h" not in match.group(2):
            return ("heading", int(match.group(1)), match.group(2))
        return ("content", 0, _scrolling_tables(html)) if html.strip() else None
    if "text/plain" in data and str(data["text/plain"]).strip() not in ("", "None"):
        return ("content", 0, f"<pre>{esc(data['text/plain'])}</pre>")
    return None


def report_blocks(nb) -> list[tuple]:
    """The page's blocks in order: ("heading", level, html) or ("content", 0, html)."""
    blocks = []
    for cell in nb.cells:
        if HIDDEN_TAGS & set(cell.get("metadata", {}).get("tags", [])):
            continue
        if cell.cell_type == "markdown":
            blocks.extend(_markdown_blocks(cell.source))
        elif cell.cell_type == "code":
            blocks.extend(b for b in map(_output_block, cell.get("outputs", [])) if b)
    return blocks


def drop_empty_headings(blocks: list[tuple]) -> list[tuple]:
    """Leave out every heading with no content before the next heading of its level or
    above (the first heading, the page title, always stays)."""
    kept = []
    for i, (kind, level, html) in enumerate(blocks):
        if kind == "heading" and i:
            following = blocks[i + 1:]
            has_content = False
            for other_kind, other_level, _ in following:
                if other_kind == "content":
                    has_content = True
                    break
                if other_level <= level:
                    break
            if not has_content:
                continue
        kept.append((kind, level, html))
    return kept


def blocks_html(blocks: list[tuple]) -> str:
    """Blocks as HTML: the first heading is the page's h1; the levels below follow it."""
    parts = []
    for i, (kind, level, html) in enumerate(blocks):
        if kind == "heading":
            level = 1 if i == 0 else max(2, level)
            parts.append(f"<h{level}>{html}</h{level}>")
        else:
            parts.append(html)
    return "\n".join(parts)


def failed_banner(count: int) -> str:
    """The banner of a report published on request although `count` checks fail ("" when
    none fail): the start page and every page say it, as each page may be printed alone."""
    if not count:
        return ""
    return (f"{count} {'kontroll visar' if count == 1 else 'kontroller visar'} fel: siffrorna "
            "i rapporten stämmer inte med underlaget och rapporten publicerades ändå på "
            "begäran.")


def checks_page_of(names) -> str | None:
    """The checks page's file among the pages' files (None: the run has none)."""
    return next((n for n in names if "kontroller" in n), None)


def export_notebook(executed: Path, out_dir: Path, manifest: dict) -> Path:
    """Render an executed notebook to `NN-name.html`: no code, images embedded, offline."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    title = notebook_title(nb)
    body = blocks_html(drop_empty_headings(report_blocks(nb)))
    pages = [s["notebook"].replace(".ipynb", ".html") for s in manifest.get("notebooks", [])]
    html = _jinja().get_template("report.html.j2").render(
        title=title, period=manifest["period"], body=Markup(body), css=Markup(page_css()),
        banner=failed_banner(manifest.get("failed_checks", 0)), checks_page=checks_page_of(
            p for p in pages if p != f"{executed.stem}.html"),
        workbook=WORKBOOK, workbook_link=WORKBOOK_LINK, footer=Markup(footer_html(manifest)))
    target = out_dir / f"{executed.stem}.html"
    target.write_text(html, encoding="utf-8")
    return target


# ---------------------------------------------------------------- start page

def _format_key_figure(area: str, figure) -> dict:
    def shown(value):
        """A key figure's value as its kind reads with its unit: "0 tkr", "93 %"."""
        return kind_of(figure.unit, figure.decimals).figure(value)

    published = getattr(figure, "published", None)
    return {"area": area, "name": figure.name, "text": shown(figure.value),
            "published": None if published is None else shown(published),
            "note": getattr(figure, "note", ""), "status": figure.status,
            "status_text": STATUS_COLOUR_SV.get(figure.status, ""), "rule": figure.rule}


def agenda_time(tid: str | None) -> str:
    """An agenda time as the kallelse prints it: "09:05" reads "09.05"."""
    return tid.replace(":", ".") if tid else ""


NO_PAPERS = "ingår inte i rapporten"


def agenda_rows(ctx: ReportContext, pages: list[dict]) -> list[dict]:
    """The meeting's whole agenda: the opening items, then each numbered ärende with its
    time, title, presenter, diarienummer, proposed decision and links to the pages of the
    packet (this period's or the one named by `rapport`) that hold its papers; an item
    without pages says what it is (`underlag`, else that the report does not hold it)."""
    params, period = ctx.params, str(ctx.period)
    opening = (params.meeting.inledning or []) if params.meeting else []
    rows = [{"nummer": "", "tid": "", "rubrik": item, "foredragande": "", "diarienummer": "",
             "beslut": "", "links": [], "underlag": "", "opening": True} for item in opening]
    by_number = {p["href"][:2]: p for p in pages}
    for item in params.arenden or []:
        report = item.rapport or period
        prefix = "" if report == period else f"../{report}/"
        links = [{"text": f"sida {number} {by_number[number]['title']}",
                  "href": prefix + by_number[number]["href"]}
                 for number in item.sidor or [] if number in by_number]
        underlag = "" if links else (item.underlag or NO_PAPERS)
        if links and report != period:
            underlag = f"{Period.parse(report).report_title()}:"
        if item.flyttat_fran:
            underlag = f"Flyttat från sammanträdet {item.flyttat_fran}. " \
                f"{underlag[:1].upper()}{underlag[1:]}".strip()   # a sentence of its own
        rows.append({"nummer": f"{item.nummer}." if item.nummer else "",
                     "tid": agenda_time(item.tid), "rubrik": item.rubrik,
                     "foredragande": item.foredragande or "",
                     "diarienummer": item.diarienummer or "", "beslut": item.beslut or "",
                     "links": links, "underlag": underlag, "opening": False})
    return rows


def meeting_people(ctx: ReportContext) -> list[str]:
    """Who chairs, who is proposed to check the minutes and who keeps them."""
    meeting = ctx.params.meeting
    if meeting is None:
        return []
    roles = (("Ordförande", meeting.ordforande), ("Förslag på justerare", meeting.justerare),
             ("Sekreterare", meeting.sekreterare))
    return [f"{role}: {name}" for role, name in roles if name]


def start_page_context(ctx: ReportContext, manifest: dict, pages: list[dict],
                       gathered: dict | None = None) -> dict:
    """Everything the start page shows, gathered through the report protocol."""
    gathered = gathered if gathered is not None else gather(ctx)
    params = ctx.params
    meeting = params.meeting.model_dump(exclude_none=True) if params.meeting else {}
    meeting_text = " ".join(x for x in (str(meeting.get("datum", "")),
                                        f"kl. {meeting['tid']}" if meeting.get("tid") else "",
                                        f"– {meeting['plats']}" if meeting.get("plats") else "")
                            if x)
    figures = [_format_key_figure(area, k) for area, items in gathered["key_figures"].items()
               for k in items]
    notes = []
    for figure in figures:
        if figure["published"] is not None or figure["note"]:  # one footnote per text
            note = figure["note"] or "Publicerad siffra avviker från den beräknade."
            notes += [] if note in notes else [note]
            figure["mark"] = notes.index(note) + 1
    counts = {s: sum(1 for c in gathered["checks"] if c.status == s) for s in STATUS_SV}
    if counts[FAIL]:  # published only on request: nothing may look right
        for figure in figures:
            if figure["status"] == "green":
                figure["status"], figure["status_text"] = "", "ej bedömd (kontroller visar fel)"
    checks_page = checks_page_of(p["href"] for p in pages)
    return {
        "namnd": text(params, "namnd"),
        "title": ctx.period.report_title(),
        "meeting": meeting_text,
        "controller": text(params, "controller"),
        "agenda": agenda_rows(ctx, pages),
        "meeting_people": meeting_people(ctx),
        "key_figures": figures,
        "figure_notes": notes,
        "rules": [f"{f['name']}: {f['rule']}" for f in figures if f["rule"]],
        "summaries": list(gathered["summaries"].items()),
        "checks": counts,
        "banner": failed_banner(counts[FAIL]),
        "checks_page": checks_page,
        "pages": pages,
        "no_data": gathered["no_data"],
        "workbook": WORKBOOK, "workbook_link": WORKBOOK_LINK,
    }


def write_start_page(ctx: ReportContext, manifest: dict, out_dir: Path) -> dict:
    """Render `index.html` of a period from the report protocol and the built pages, and
    the period's `tabeller.xlsx` beside them; return what the manifest records: the check
    counts and the areas without data."""
    import nbformat

    from .workbook import write_workbook

    gathered = gather(ctx)
    pages = []
    for status in manifest["notebooks"]:
        nb = nbformat.read(out_dir / "notebooks" / status["notebook"], as_version=4)
        title = notebook_title(nb)
        pages.append({"href": status["notebook"].replace(".ipynb", ".html"), "title": title,
                      "notebook": status["notebook"], "no_data": title in gathered["no_data"]})
    write_workbook(out_dir, pages, str(ctx.period), ctx.period.report_title(),
                   failed_banner(manifest.get("failed_checks", 0)), inputs_trace(manifest))
    context = start_page_context(ctx, manifest, pages, gathered)
    html = _jinja().get_template("start.html.j2").render(
        **context, css=Markup(page_css()), footer=Markup(footer_html(manifest)))
    (out_dir / "index.html").write_text(html, encoding="utf-8")
    return {"checks_summary": dict(context["checks"]), "no_data": list(gathered["no_data"])}


# ---------------------------------------------------------------- archive

def _checks_text(summary) -> str:
    """Check counts in Swedish: "52 godkända, 3 varningar, 0 fel" ("" when not recorded)."""
    if not isinstance(summary, dict):
        return ""
    warn = summary.get("warn", 0)
    return (f"{summary.get('pass', 0)} godkända, {warn} "
            f"{'varning' if warn == 1 else 'varningar'}, {summary.get('fail', 0)} fel")


def archived_manifest(path: Path) -> dict | None:
    """The manifest of a period folder as itvt writes it (its own period, counts as whole
    numbers, parameters a mapping); None for one that is torn or not itvt's."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("period") != path.parent.name:
        return None
    summary = manifest.get("checks_summary")
    counts = summary.values() if isinstance(summary, dict) else []
    if summary is not None and not isinstance(summary, dict) or any(
            isinstance(c, bool) or not isinstance(c, int) for c in counts):
        return None
    return manifest if isinstance(manifest.get("parameters", {}), dict) else None


SHOWN_PERIODS = 24   # periods of the last run named on the archive page (two years)
GONE_FROM_DATA = "; perioden finns inte längre i underlaget"


def archive_status(manifest: dict, reportable=None) -> str:
    """A report's status in the archive; one of a period the run's data no longer reports
    (its rows removed) says so, since its figures are no longer the data's."""
    summary = manifest.get("checks_summary")
    status = ("Fel" if manifest.get("status") != "ok" else "Publicerad trots fel"
              if isinstance(summary, dict) and summary.get("fail", 0) > 0 else "Publicerad")
    gone = reportable is not None and manifest["period"] not in {str(p) for p in reportable}
    return status + (GONE_FROM_DATA if gone else "")


def forced_text(code: int, forced) -> str:
    """What the last run's line adds for periods it published although checks fail (a
    list of texts, else none), also when another period failed (exit 1)."""
    forced = [p for p in forced if isinstance(p, str)] if isinstance(forced, list) else []
    if not forced or code not in (0, 1):
        return ""
    return (f", {join_sv(forced)} trots fel i kontrollerna" if code == 0 else
            f"; {join_sv(forced)} {'publicerad' if len(forced) == 1 else 'publicerade'} "
            "trots fel i kontrollerna")


def write_archive(output_dir: Path, reportable=None) -> Path:
    """`O/index.html`: every period that has a report, newest first, with run time/status
    (`reportable`: the periods the run's data can report, None when not known)."""
    reports, namnd = [], ""
    for manifest_path in sorted(output_dir.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9]/manifest.json"),
                                reverse=True):
        manifest = archived_manifest(manifest_path)
        if manifest is None:
            log.warning(f"varning: {manifest_path}: är ingen rapports manifest; perioden "
                        "visas inte i arkivet")
            continue
        namnd = namnd or text(manifest.get("parameters", {}), "namnd")
        summary = manifest.get("checks_summary")
        reports.append({"period": manifest["period"], "title": manifest.get("title", ""),
                        "href": f"{manifest['period']}/index.html",
                        "finished": str(manifest.get("finished", ""))[:16].replace("T", " "),
                        "status": archive_status(manifest, reportable),
                        "checks": _checks_text(summary),
                        "failing": isinstance(summary, dict) and summary.get("fail", 0) > 0})
    last_run = ""
    records = read_run_log(output_dir)  # torn or foreign lines skipped (outputs.py)
    if records:
        last = records[-1]
        code, periods = last["exit_code"], last["periods"]
        outcome = {0: "alla perioder publicerade", 1: "minst en period kunde inte byggas",
                   2: "fel i indata, inget publicerat"}.get(
            code, "avbruten" if code > 128 else "okänt utfall")
        outcome += forced_text(code, last.get("published_with_failed_checks"))
        shown = ", ".join(periods[:SHOWN_PERIODS]) + (
            f" och {len(periods) - SHOWN_PERIODS} till" if len(periods) > SHOWN_PERIODS else "")
        last_run = (f"{last.get('finished', '')[:16].replace('T', ' ')}, "
                    f"perioder {shown}: {outcome}")
    html = _jinja().get_template("archive.html.j2").render(
        reports=reports, last_run=last_run, css=Markup(page_css()), namnd=namnd,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"), version=__version__)
    target = output_dir / "index.html"
    atomic_write_text(target, html)
    return target
