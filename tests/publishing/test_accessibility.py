"""axe-core's WCAG 2.1 A/AA rules on every page of both reportable periods (axe-core as
bundled with axe-playwright-python, nothing downloaded; headless Chromium, network
blocked). Lagen om tillgänglighet till digital offentlig service asks for WCAG 2.1 AA."""

from __future__ import annotations

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


def axe_violations(browser, path, width=1280) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on a page, one line per rule and element."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900})
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(("file:", "data:")) else route.abort())
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS},
                                       "resultTypes": ["violations"]})
    context.close()
    return [f"{v['id']} ({v['impact']}): {v['help']} at {node['target']}: "
            f"{node.get('failureSummary', '')}"
            for v in results.response["violations"] for node in v["nodes"]]


def test_axe_finds_a_violation(browser, tmp_path):
    # The test can fail: a page without a language and an image without alt text is caught.
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><head><title>x</title></head><body><main>'
                    '<img src="data:image/png;base64,iVBORw0KGgo="></main></body></html>',
                    encoding="utf-8")
    found = " ".join(axe_violations(browser, page))
    assert "html-has-lang" in found and "image-alt" in found


@pytest.mark.parametrize("width", [1280, 768])
def test_every_page_has_no_wcag21_aa_violation(browser, published, width):
    pages = all_pages(published)
    assert len(pages) >= 1 + 2 * 3
    found = {p.relative_to(published).as_posix(): axe_violations(browser, p, width)
             for p in pages}
    failing = {name: lines for name, lines in found.items() if lines}
    for name, lines in failing.items():
        print(f"\n{name}:\n  " + "\n  ".join(lines))
    assert failing == {}
