"""The workbench as the controller's app (`make scenarier`: Voilà, headless Chromium): a
Swedish page without code; "43,6" typed in a driver box (no Enter) redraws the table with
43,6 and its share; empty and unreadable input is one line; a saved model appears at once;
nothing in the repository changes. Screenshots at 1 366 and 1 920 px in /tmp/itvt-shots."""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from conftest import BROWSER_MARKS, ROOT, tree_snapshot

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import app

pytestmark = BROWSER_MARKS
SHOTS = Path("/tmp/itvt-shots")
OWN_ROWS = """() => Array.from(document.querySelectorAll('table.itvt-wb-table tr'))
    .map(r => r.innerText).filter(t => t.startsWith('Egen modell'))"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def voila_app(tmp_path_factory):
    """The app as `make scenarier` starts it, over a copy of params/ and a tmp outputs/;
    (url, params folder)."""
    port, token = _free_port(), secrets.token_urlsafe(16)
    params = tmp_path_factory.mktemp("app-params") / "params"
    shutil.copytree(PARAMS_DIR, params)
    (params / "modeller.yaml").unlink(missing_ok=True)
    env = app.voila_env(token)
    env.update(ITVT_PARAMS_DIR=str(params),
               ITVT_OUTPUTS_DIR=str(tmp_path_factory.mktemp("app-outputs")))
    log = tmp_path_factory.mktemp("app") / "voila.log"
    with open(log, "w") as out:
        server = subprocess.Popen(app.voila_command(port), env=env, cwd=ROOT,
                                  stdout=out, stderr=subprocess.STDOUT)
    try:
        if not app.wait_until_up(port, server, timeout=90):
            pytest.fail("Voilà did not start:\n" + log.read_text()[-2000:])
        yield app.app_url(port, token), params
    finally:
        app.stop(server)


def _box(page, label: str):
    return page.locator(".widget-text", has=page.locator(f"label:text-is('{label}')")).locator(
        "input")


def _wait_for_own_row(page, *parts: str) -> None:
    tests = " && ".join(f"r.includes({p!r})" for p in parts)
    page.wait_for_function(f"() => ({OWN_ROWS})().some(r => {tests})", timeout=30_000)


def test_the_app_takes_swedish_typing_and_saves_a_whole_scenario(voila_app, browser):
    url, params = voila_app
    SHOTS.mkdir(parents=True, exist_ok=True)
    repo_before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT,
                                 capture_output=True, text=True).stdout
    params_before = tree_snapshot(PARAMS_DIR)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector("table.itvt-wb-table", timeout=120_000)
    assert page.evaluate("document.documentElement.lang") == "sv"
    assert page.title() == "Scenarier – finansieringsmodeller"
    assert "open_workbench" not in page.content()          # no code on the page
    assert page.locator(".jp-InputArea-editor").count() == 0

    page.locator(".widget-dropdown", has=page.locator("label:text-is('Telefonväxel')")) \
        .locator("select").select_option(label="Samtal till växeln 2023")
    _wait_for_own_row(page, "Herrljunga", "3\u00a0603")
    box = _box(page, "Herrljunga")
    box.fill("")
    box.type("43,6", delay=40)                              # no Enter, no Tab
    _wait_for_own_row(page, "Herrljunga", "43,6", "0,8\u00a0%")
    result = [r for r in page.evaluate(OWN_ROWS) if "Herrljunga" in r]
    assert "436" not in result[0] and "32,0" not in result[0]
    assert box.input_value() == "43,6"
    _box(page, "Personalkostnader").fill("2,5")
    page.wait_for_timeout(600)
    assert page.locator(".itvt-wb-error").count() == 0
    for width, name in ((1366, "app-1366.png"), (1920, "app-1920.png")):
        page.set_viewport_size({"width": width, "height": 1000})
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / name), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"horizontal scrolling at {width} px: {overflow} px"

    for typed, message in (("", "Ange ett värde för Herrljunga."),
                           ("abc", 'Värdet för Herrljunga: "abc" är inte ett tal.')):
        box.fill(typed)
        page.wait_for_function("m => (document.querySelector('.itvt-wb-error') || {})"
                               ".innerText === m", arg=message, timeout=30_000)
        # the browser applies the kernel's updates one message at a time: the tables may
        # go a moment after the line appears, but they must go
        page.wait_for_function("() => !document.querySelector('table.itvt-wb-table')",
                               timeout=30_000)
        assert page.locator("table.itvt-wb-table").count() == 0
    box.fill("43,6")
    _wait_for_own_row(page, "Herrljunga", "43,6")

    page.locator(".widget-text", has=page.locator("label:text-is('Namn på egen modell')")) \
        .locator("input").fill("Växeln efter egna samtal")
    page.wait_for_timeout(400)
    page.get_by_role("button", name="Spara modell").click()
    page.locator(".widget-checkbox", has_text="Växeln efter egna samtal") \
        .wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "app-saved.png"), full_page=True)
    # the error line, the status line and Sparade modeller's line are live regions a
    # screen reader reads out
    assert page.locator(".itvt-wb-live[role=status][aria-live=polite]").count() == 3
    assert page.get_by_role("status").filter(has_text="sparades").count() == 1
    page.close()
    assert "Växeln efter egna samtal" in (params / "modeller.yaml").read_text(encoding="utf-8")
    assert tree_snapshot(PARAMS_DIR) == params_before
    assert subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                          text=True).stdout == repo_before


CUT = """() => Array.from(document.querySelectorAll(
    '.itvt-wb .widget-label, .itvt-wb button, .itvt-wb select, .itvt-wb td, .itvt-wb th'))
    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
    .map(e => e.innerText || e.value)"""
CODES = {"samtal", "befolkning", "budgetandel", "lika", "fast"}


def _select(page, label: str):
    return page.locator(".widget-dropdown", has=page.locator(f"label:text-is('{label}')")) \
        .locator("select")


def _legend_color(page, model: str) -> str:
    return page.locator(".itvt-wb-legend span[data-color]", has_text=model).first \
        .get_attribute("data-color")


def _click_twice(page, name: str, status: str) -> None:
    page.get_by_role("button", name=name).click()
    page.get_by_text(f"Klicka på {name} igen", exact=False).wait_for(timeout=30_000)
    page.get_by_role("button", name=name).click()
    page.get_by_text(status).wait_for(timeout=30_000)


def test_the_app_gives_the_decision_context_in_swedish(voila_app, browser):
    url, params = voila_app
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector("table.itvt-wb-table", timeout=120_000)
    options = _select(page, "Telefonväxel").evaluate(
        "s => Array.from(s.options).map(o => o.text.replace(/\\u00a0/g, ' '))")
    assert "Samtal till växeln 2023" in options and not CODES & set(options)
    _select(page, "Telefonväxel").select_option(label="Samtal till växeln 2023")
    page.get_by_text("Antal samtal till växeln per kommun 2023").wait_for(timeout=30_000)
    _wait_for_own_row(page, "Herrljunga", "3\u00a0603")
    own = [r for r in page.evaluate(OWN_ROWS) if "Herrljunga" in r][0]
    assert "3\u00a0603,0" not in own and "+928" in own
    text = page.evaluate("document.body.innerText")
    assert "positivt = kommunen betalar mer" in text
    headings = page.evaluate("Array.from(document.querySelectorAll('h1, h2, h3'))"
                             ".map(h => h.tagName + ' ' + h.innerText.trim())")
    assert [h for h in headings if h.startswith("H1")] == ["H1 Scenarier: finansieringsmodeller"]
    assert not [h for h in headings if h.startswith("H3")]   # no level skipped below the h1
    assert sum("Scenarier: finansieringsmodeller" in h for h in headings) == 1  # said once
    assert "IT Gemensamt\t18\u00a0347" in text                   # the pool's size, tkr
    assert "Budgetandel\t+911\t+11,0\u00a0%\t\u2212911\t\u22128,5\u00a0%" in text
    assert "Fördelningsnycklar: Befolkning 2024 (" in text

    before = _legend_color(page, "Lika delar")
    page.locator(".widget-checkbox", has_text="Budgetandel").locator("input").uncheck()
    page.wait_for_function("() => !document.querySelector('.itvt-wb-legend')"
                           ".innerText.includes('Budgetandel')", timeout=30_000)
    assert _legend_color(page, "Lika delar") == before

    for width in (1366, 1920):
        page.set_viewport_size({"width": width, "height": 1000})
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"app-decision-{width}.png"), full_page=True)
        assert page.evaluate(CUT) == [], f"cut labels at {width} px"
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"horizontal scrolling at {width} px: {overflow} px"

    _select(page, "Period").select_option("2023-12")
    page.wait_for_function("m => ((document.querySelector('.itvt-wb-error') || {})"
                           ".innerText || '').includes(m)", timeout=30_000,
                           arg="uppgift saknas: växelns samtal per kommun finns inte för "
                               "2022 i data/fordelningsnycklar.csv")
    _select(page, "Period").select_option("2024-02")

    page.locator(".widget-text", has=page.locator("label:text-is('Namn på egen modell')")) \
        .locator("input").fill("Prov")
    page.wait_for_timeout(400)
    page.get_by_role("button", name="Spara modell").click()
    page.locator(".widget-checkbox", has_text="Prov").wait_for(timeout=30_000)
    _select(page, "Sparad modell").select_option("Prov")
    page.locator(".widget-text", has=page.locator("label:text-is('Nytt namn')")) \
        .locator("input").fill("Prov 2")
    _click_twice(page, "Byt namn", "Modellen ”Prov” heter nu ”Prov 2”.")
    page.locator(".widget-checkbox", has_text="Prov 2").wait_for(timeout=30_000)
    _select(page, "Sparad modell").select_option("Prov 2")
    _click_twice(page, "Ta bort", "Modellen ”Prov 2” är borttagen.")
    page.locator(".widget-checkbox", has_text="Prov 2").wait_for(state="detached",
                                                                 timeout=30_000)
    page.screenshot(path=str(SHOTS / "app-renamed-deleted.png"), full_page=True)
    page.close()
    saved = params / "modeller.yaml"
    assert not saved.exists() or "Prov" not in saved.read_text(encoding="utf-8")


def test_the_app_needs_its_token_and_no_command_line_shows_it(voila_app):
    import urllib.request

    import psutil

    url, _ = voila_app
    base, token = url.split("/?token=")
    for without in (base + "/", base + "/?token=" + token[::-1]):  # none, a wrong one
        with urllib.request.urlopen(without, timeout=60) as answer:
            assert answer.url.startswith(base + "/login?")  # the login page, not the app
    with urllib.request.urlopen(url, timeout=120) as answer:
        assert answer.url == url and "Scenarier" in answer.read().decode("utf-8")
    shown = [p.info["cmdline"] for p in psutil.process_iter(["cmdline"])
             if any(token in part for part in p.info["cmdline"] or ())]
    assert shown == []  # `ps` shows every user the command lines, never the token
