"""The workbench app (Voilà) when its kernel or its server stops mid-session (the kernel
died; the terminal running `make scenarier` closed, Ctrl-C): the results no longer follow
what is typed, so they are hidden and one Swedish line says so; before that, no such line.
(A stopped server once left the figures of the values typed before under the values typed
after, with no line, and Spara modell did nothing.)"""

from __future__ import annotations

import secrets
import shutil
import signal
import socket
import subprocess

import pytest
from conftest import BROWSER_MARKS, ROOT

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import app

pytestmark = BROWSER_MARKS
NOTE = ".itvt-wb-dead-note"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def voila_server(tmp_path):
    """The app as `make scenarier` starts it over a copy of params/; (url, server)."""
    port, token = _free_port(), secrets.token_urlsafe(16)
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    env = app.voila_env(token)
    env.update(ITVT_PARAMS_DIR=str(tmp_path / "params"),
               ITVT_OUTPUTS_DIR=str(tmp_path / "outputs"))
    with open(tmp_path / "voila.log", "w") as out:
        server = subprocess.Popen(app.voila_command(port), env=env, cwd=ROOT,
                                  stdout=out, stderr=subprocess.STDOUT)
    try:
        if not app.wait_until_up(port, server, timeout=90):
            pytest.fail("Voilà did not start:\n" + (tmp_path / "voila.log").read_text())
        yield app.app_url(port, token), server
    finally:
        app.stop(server)


def _box(page, label: str):
    return page.locator(".widget-text", has=page.locator(f"label:text-is('{label}')")) \
        .locator("input")


def test_results_are_hidden_and_said_when_the_kernel_stops(voila_server, browser):
    url, server = voila_server
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector("table.itvt-wb-table", timeout=120_000)
    page.wait_for_timeout(1_000)
    assert page.locator(NOTE).count() == 0
    kernels = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True,
                             text=True).stdout.split()
    assert kernels
    for pid in kernels:          # the kernel(s) this test's own server started
        subprocess.run(["kill", f"-{int(signal.SIGKILL)}", pid], check=True)
    _box(page, "Grundavgift (%)").fill("20")
    page.wait_for_selector(NOTE, timeout=60_000)
    result = page.locator(NOTE).inner_text()
    assert result.startswith("Förbindelsen med scenarioverktyget bröts")
    assert not page.locator("table.itvt-wb-table").first.is_visible()
    page.close()


def test_results_are_hidden_and_said_when_the_server_stops(voila_server, browser):
    url, server = voila_server
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector("table.itvt-wb-table", timeout=120_000)
    page.wait_for_timeout(1_000)
    assert page.locator(NOTE).count() == 0
    app.stop(server)             # this test's own server, as Ctrl-C stops it
    _box(page, "Grundavgift (%)").fill("20")
    page.wait_for_selector(NOTE, timeout=30_000)
    result = page.locator(NOTE).inner_text()
    assert result.startswith("Förbindelsen med scenarioverktyget bröts")
    assert not page.locator("table.itvt-wb-table").first.is_visible()
    page.close()
