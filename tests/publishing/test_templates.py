"""Templates escape: the Jinja environment autoescapes, no template marks a variable `|safe`
unless it is HTML the package built itself from escaped parts, and the start page escapes
every parameter text it shows, the controller's name included (issue 18)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import pages

TEMPLATES = Path(pages.__file__).resolve().parent / "templates"
EVIL = "<script>alert(1)</script><img src=x onerror=alert(1)>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"

# Variables the package builds itself and passes as Markup: the stylesheet (a package file),
# the footer (footer_html escapes every field), a page body (nbconvert's export of outputs
# whose tables and paragraphs the package escaped). Nothing else may be `|safe`.
SAFE_ALLOWED = {"css", "footer", "body"}


def _templates():
    return sorted(TEMPLATES.rglob("*.j2"))


def test_there_are_templates():
    assert {p.name for p in _templates()} >= {"start.html.j2", "archive.html.j2"}


@pytest.mark.parametrize("path", _templates(), ids=lambda p: p.name)
def test_no_safe_filter_except_on_allowed_variables(path):
    source = path.read_text(encoding="utf-8")
    used = re.findall(r"\{\{-?\s*([^}|]+?)\s*\|\s*safe\b", source)
    assert set(map(str.strip, used)) <= SAFE_ALLOWED, path.name
    # no autoescape switched off inside a template, no `|safe` in any other position
    assert "autoescape false" not in source.replace(" ", " ").lower()
    assert len(re.findall(r"\|\s*safe\b", source)) == len(used), path.name


def test_environment_autoescapes():
    env = pages._jinja()
    autoescape = env.autoescape
    assert autoescape is True or (callable(autoescape) and autoescape("start.html.j2"))
    rendered = env.from_string("{{ x }}").render(x=EVIL)
    assert rendered == ESCAPED


def test_nowrap_dates_filter_escapes_first():
    result = pages._jinja().from_string("{{ x|nowrap_dates }}").render(x=EVIL + " 2024-02-29")
    assert result.startswith(ESCAPED)
    assert "<script" not in result


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_start_page_escapes_every_parameter_text(period, tmp_path):
    # controller, namnd, meeting and every ärende field carry markup
    overrides = {"controller": "Hanna " + EVIL, "namnd": "Nämnd " + EVIL,
                 "meeting": {"datum": "2024-03-06", "tid": "09:00", "plats": "Rum " + EVIL},
                 "arenden": [{"rubrik": "R " + EVIL, "diarienummer": "D " + EVIL,
                              "beslut": "B " + EVIL}]}
    ctx = open_report(period, overrides=overrides)
    manifest = {"notebooks": [], "period": period, "started": "2024-03-06T09:00:00",
                "package_version": "test", "fingerprint": "test"}
    pages.write_start_page(ctx, manifest, tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"<img[^>]*onerror", html)
    assert f"Controller: Hanna {ESCAPED}" in html
    for shown in (f"Nämnd {ESCAPED}", f"Rum {ESCAPED}", f"R {ESCAPED}", f"D {ESCAPED}",
                  f"B {ESCAPED}"):
        assert shown in html, shown
