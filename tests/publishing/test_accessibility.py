"""axe-core's WCAG 2.1 A/AA rules on every page of both reportable periods (axe-core as
bundled with axe-playwright-python, nothing downloaded; headless Chromium, network
blocked). Lagen om tillgänglighet till digital offentlig service asks for WCAG 2.1 AA."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BROWSER_MARKS

PERIODS = ["2023-12", "2024-02"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
pytestmark = BROWSER_MARKS


def all_pages(published):
    """The archive, and every period's start page and report pages."""
    pages = [published / "index.html"]
    for period in PERIODS:
        folder = published / period
        pages += [folder / "index.html", *sorted(folder.glob("[0-9][0-9]-*.html"))]
    return pages


# Style rules that depend on the window's width (a media rule other than print's).
WIDTH_RULES = """() => Array.from(document.styleSheets).flatMap(s => Array.from(s.cssRules))
    .filter(r => r instanceof CSSMediaRule && r.conditionText.trim() !== 'print')
    .map(r => r.conditionText)"""


def axe_violations(browser, paths, width=1280) -> dict[Path, list[str]]:
    """axe-core's WCAG 2.1 A/AA violations on each page, one line per rule and element
    (the pages opened one after the other in one browser tab, network blocked).

    Colour contrast (most of axe's time) is checked at 1 280 px, and at another width only
    when a style rule of the page depends on the width: otherwise every colour, and so every
    contrast, is the same at both widths."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900})
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(("file:", "data:")) else route.abort())
    page, axe, found = context.new_page(), Axe(), {}
    for path in paths:
        page.goto(path.as_uri(), wait_until="load")
        options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
        if width != 1280 and not page.evaluate(WIDTH_RULES):
            options["rules"] = {"color-contrast": {"enabled": False}}
        results = axe.run(page, options=options)
        found[path] = [f"{v['id']} ({v['impact']}): {v['help']} at {node['target']}: "
                       f"{node.get('failureSummary', '')}"
                       for v in results.response["violations"] for node in v["nodes"]]
    context.close()
    return found


@pytest.mark.parametrize(("css", "checked"), [
    ("p { color: #bbb }", False),
    ("@media print { p { color: #bbb } }", False),
    ("@media (max-width: 800px) { p { color: #bbb } }", True)])
def test_contrast_at_768_px_is_checked_when_a_style_depends_on_the_width(browser, tmp_path,
                                                                          css, checked):
    page = tmp_path / "grey.html"
    page.write_text(f'<!DOCTYPE html><html lang="sv"><head><title>x</title><style>{css}'
                    '</style></head><body><main><p>grå text</p></main></body></html>',
                    encoding="utf-8")
    result = "color-contrast" in " ".join(axe_violations(browser, [page], 768)[page])
    assert result is checked
    if css.startswith("p"):                      # and at 1 280 px it is always checked
        assert "color-contrast" in " ".join(axe_violations(browser, [page], 1280)[page])


def test_axe_finds_a_violation(browser, tmp_path):
    # The test can fail: a page without a language and an image without alt text is caught.
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><head><title>x</title></head><body><main>'
                    '<img src="data:image/png;base64,iVBORw0KGgo="></main></body></html>',
                    encoding="utf-8")
    found = " ".join(axe_violations(browser, [page])[page])
    assert "html-has-lang" in found and "image-alt" in found


@pytest.mark.parametrize("width", [1280, 768])
def test_every_page_has_no_wcag21_aa_violation(browser, published, width):
    pages = all_pages(published)
    assert len(pages) >= 1 + 2 * 3
    found = {p.relative_to(published).as_posix(): lines
             for p, lines in axe_violations(browser, pages, width).items()}
    failing = {name: lines for name, lines in found.items() if lines}
    for name, lines in failing.items():
        print(f"\n{name}:\n  " + "\n  ".join(lines))
    assert failing == {}
