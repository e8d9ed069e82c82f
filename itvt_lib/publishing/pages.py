"""The committee's pages: report pages exported from executed notebooks, the start page
of a period and the archive of periods. Every text from data or parameters is escaped
(Jinja autoescape); no page loads anything from the network."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..areas import gather
from ..core.checks import STATUS_SV
from ..core.context import ReportContext
from ..core.formatting import esc, fmt_number, fmt_percent
from ..core.params import text

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATUS_COLOUR_SV = {"green": "grön", "yellow": "gul", "red": "röd", "": ""}


@lru_cache(maxsize=1)
def _jinja() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)


def page_css() -> str:
    return (TEMPLATES / "page.css").read_text(encoding="utf-8")


def footer_html(manifest: dict) -> str:
    """Footer of every page: period, generation time, package version, input fingerprint."""
    generated = manifest.get("started", "")[:16].replace("T", " ")
    return (f'<footer class="itvt-footer">Period {esc(manifest["period"])} · genererad '
            f'{esc(generated)} · itvt {esc(manifest["package_version"])} · indata '
            f'{esc(manifest["fingerprint"])}</footer>')


def notebook_title(nb) -> str:
    """A page's title: the first markdown heading of its notebook."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "Rapport"


_local = threading.local()


def _exporter():
    """The HTML exporter, one per thread (periods may be exported in parallel)."""
    if not hasattr(_local, "exporter"):
        _local.exporter = _new_exporter()
    return _local.exporter


def _new_exporter():
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(template_name="itvt", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    remover = TagRemovePreprocessor(remove_cell_tags={"injected-parameters", "parameters"},
                                    enabled=True)
    exporter.register_preprocessor(remover, enabled=True)
    return exporter


def export_notebook(executed: Path, out_dir: Path, manifest: dict) -> Path:
    """Export an executed notebook to `NN-name.html`: no code, images embedded, offline."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    title = notebook_title(nb)
    nb.metadata["title"] = f"{title} – {manifest['period']}"
    resources = {
        "language_code": "sv",
        "itvt_css": page_css(),
        "itvt_header": '<nav class="itvt-nav"><a href="index.html">Startsida</a></nav>',
        "itvt_footer": footer_html(manifest),
    }
    body, _ = _exporter().from_notebook_node(nb, resources=resources)
    target = out_dir / f"{executed.stem}.html"
    target.write_text(body, encoding="utf-8")
    return target


def _format_key_figure(area: str, figure) -> dict:
    if figure.unit == "%":
        value = fmt_percent(figure.value, figure.decimals)
    else:
        value = fmt_number(figure.value, figure.decimals)
        value = f"{value} {figure.unit}" if figure.unit else value
    return {"area": area, "name": figure.name, "text": value, "status": figure.status,
            "status_text": STATUS_COLOUR_SV.get(figure.status, ""), "rule": figure.rule}


def start_page_context(ctx: ReportContext, manifest: dict, pages: list[dict]) -> dict:
    """Everything the start page shows, gathered through the report protocol."""
    gathered = gather(ctx)
    params = ctx.params
    meeting = params.get("meeting") or {}
    meeting_text = " ".join(x for x in (str(meeting.get("datum", "")),
                                        f"kl. {meeting['tid']}" if meeting.get("tid") else "",
                                        f"– {meeting['plats']}" if meeting.get("plats") else "")
                            if x)
    figures = [_format_key_figure(area, k) for area, items in gathered["key_figures"].items()
               for k in items]
    counts = {s: sum(1 for c in gathered["checks"] if c.status == s) for s in STATUS_SV}
    checks_page = next((p["href"] for p in pages if "kontroller" in p["href"]), None)
    return {
        "namnd": text(params, "namnd"),
        "title": ctx.period.report_title(),
        "meeting": meeting_text,
        "controller": text(params, "controller"),
        "arenden": params.get("arenden") or [],
        "key_figures": figures,
        "rules": [f"{f['name']}: {f['rule']}" for f in figures if f["rule"]],
        "summaries": list(gathered["summaries"].items()),
        "checks": counts,
        "checks_page": checks_page,
        "pages": pages,
        "no_data": gathered["no_data"],
    }


def write_start_page(ctx: ReportContext, manifest: dict, out_dir: Path) -> Path:
    """Render `index.html` of a period from the report protocol and the built pages."""
    import nbformat

    pages = []
    for status in manifest["notebooks"]:
        nb = nbformat.read(out_dir / "notebooks" / status["notebook"], as_version=4)
        no_data = any("itvt-no-data" in str(o.get("data", {}).get("text/html", ""))
                      for c in nb.cells for o in c.get("outputs", []))
        pages.append({"href": status["notebook"].replace(".ipynb", ".html"),
                      "title": notebook_title(nb), "no_data": no_data})
    context = start_page_context(ctx, manifest, pages)
    html = _jinja().get_template("start.html.j2").render(
        **context, css=Markup(page_css()), footer=Markup(footer_html(manifest)))
    target = out_dir / "index.html"
    target.write_text(html, encoding="utf-8")
    return target


def write_archive(output_dir: Path) -> Path:
    """`O/index.html`: every period that has a report, newest first, with run time/status."""
    reports, namnd = [], ""
    for manifest_path in sorted(output_dir.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9]/manifest.json"),
                                reverse=True):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        namnd = namnd or text(manifest.get("parameters", {}), "namnd")
        reports.append({"period": manifest["period"], "title": manifest.get("title", ""),
                        "href": f"{manifest['period']}/index.html",
                        "finished": str(manifest.get("finished", ""))[:16].replace("T", " "),
                        "status": "klar" if manifest.get("status") == "ok" else "fel",
                        "checks": manifest.get("checks_summary", "")})
    last_run = ""
    log = output_dir / "runs.log"
    if log.exists():
        lines = log.read_text(encoding="utf-8").strip().splitlines()
        if lines:
            last = json.loads(lines[-1])
            last_run = (f"{str(last.get('finished', ''))[:16].replace('T', ' ')}, "
                        f"perioder {', '.join(last.get('periods', []))}, "
                        f"slutkod {last.get('exit_code')}")
    html = _jinja().get_template("archive.html.j2").render(
        reports=reports, last_run=last_run, css=Markup(page_css()), namnd=namnd,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"), version=__version__)
    target = output_dir / "index.html"
    target.write_text(html, encoding="utf-8")
    return target
