"""The workbench in a real JupyterLab (headless Chromium): Restart and Run All gives the form
with no error output; changing a driver changes the results within 2 s to the figures the
unit tests compute; a negative value gives the Swedish message and no result table."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, tree_snapshot

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.publishing.pdf import BROWSER_ARGS, find_chromium
from itvt_lib.workbench import app

CHROMIUM = find_chromium()
SHOTS = Path("/tmp/itvt-shots")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                       reason="no Chromium on this machine (CI installs Debian's chromium)"),
]
TEMP_MODEL = "Prov i tillfälliga params"   # only in the test's copy of params/
OWN_ROWS = """() => Array.from(document.querySelectorAll('table.itvt-wb-table tr'))
    .map(r => r.innerText).filter(t => t.startsWith('Egen modell'))"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab at the repository root on a free port with a token; (url, token). Its
    kernels read a temporary copy of params/ (ITVT_PARAMS_DIR) holding one extra saved
    model, and write exports to a temporary folder (ITVT_OUTPUTS_DIR)."""
    port, token = _free_port(), secrets.token_hex(16)
    params = tmp_path_factory.mktemp("lab-params") / "params"
    shutil.copytree(PARAMS_DIR, params)
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - {{name: {TEMP_MODEL}, driver: lika}}\n", encoding="utf-8")
    log = tmp_path_factory.mktemp("lab") / "lab.log"
    command = [str(Path(sys.executable).with_name("jupyter")), "lab", "--no-browser",
               "--ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}",
               "--LabApp.expose_app_in_browser=True", f"--ServerApp.root_dir={ROOT}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    # No autosave: the executed notebook must never be written back with its outputs. Fresh
    # settings and workspaces: a workspace saved by an earlier session cannot open other
    # notebooks or dialogs over the workbench.
    settings = tmp_path_factory.mktemp("lab-settings")
    command += [f"--LabApp.user_settings_dir={settings}",
                f"--LabApp.workspaces_dir={tmp_path_factory.mktemp('lab-workspaces')}"]
    plugin = settings / "@jupyterlab" / "docmanager-extension"
    plugin.mkdir(parents=True)
    (plugin / "plugin.jupyterlab-settings").write_text('{"autosave": false}')
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings),
           "ITVT_PARAMS_DIR": str(params),
           "ITVT_OUTPUTS_DIR": str(tmp_path_factory.mktemp("lab-outputs"))}
    with open(log, "w") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                  env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("JupyterLab did not start:\n" + log.read_text()[-2000:])
                time.sleep(0.5)
        yield base, token
    finally:
        app.stop(server)


def _value_box(page, label: str):
    return page.locator(".widget-text", has=page.locator(f"label:text-is('{label}')")).locator(
        "input")


def test_workbench_runs_and_updates_in_jupyterlab(lab):
    from playwright.sync_api import sync_playwright

    base, token = lab
    SHOTS.mkdir(parents=True, exist_ok=True)
    params_before = tree_snapshot(PARAMS_DIR)
    notebook_before = (ROOT / "notebooks" / "scenarier.ipynb").read_bytes()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/lab/tree/notebooks/scenarier.ipynb?token={token}")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.commands"
                               ".hasCommand('notebook:restart-run-all')", timeout=90_000)
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        page.wait_for_function("() => document.querySelector('.jp-Notebook') && "
                               "window.jupyterapp.shell.currentWidget && window.jupyterapp"
                               ".shell.currentWidget.sessionContext?.session?.kernel",
                               timeout=90_000)
        # Run every cell in the kernel the notebook just opened with (the server is new, so
        # the kernel is fresh). Not "restart and run all": on a loaded machine the restart
        # replaced the browser's kernel connection while a widget message was on its way,
        # the server could not read it ("unpack requires a buffer of …") and the form
        # never came.
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_selector("table.itvt-wb-table", timeout=120_000)
        page.screenshot(path=str(SHOTS / "workbench-1-form.png"), full_page=True)
        errors = page.locator(".jp-OutputArea-output[data-mime-type="
                              "'application/vnd.jupyter.stderr']")
        assert errors.count() == 0, errors.all_inner_texts()
        assert page.locator(".jp-OutputArea-output .ansi-red-fg, .jp-mod-error").count() == 0
        # The kernel read the test's copy of params/: its extra model is offered.
        assert page.locator(".widget-checkbox", has_text=TEMP_MODEL).count() == 1
        before = page.evaluate(OWN_ROWS)
        assert any("8\u00a0271" in r for r in before), before

        # Telefonväxel by incoming calls: 8 250 / 10 721 (tests/workbench/test_workbench.py).
        dropdown = page.locator(".widget-dropdown",
                                has=page.locator("label:text-is('Telefonväxel')"))
        dropdown.locator("select").select_option(label="Samtal till växeln 2023")
        page.wait_for_function(
            f"() => ({OWN_ROWS})().some(r => r.includes('Herrljunga') && "
            "r.includes('8\u00a0250')) && "
            f"({OWN_ROWS})().some(r => r.includes('Vårgårda') && r.includes('10\u00a0721'))",
            timeout=15_000)
        page.locator("table.itvt-wb-table").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "workbench-2-samtal.png"), full_page=True)

        # A negative value: one Swedish line, no result table.
        box = _value_box(page, "Herrljunga")
        box.fill("-5")
        box.press("Enter")
        page.wait_for_selector(".itvt-wb-error", timeout=15_000)
        message = page.locator(".itvt-wb-error").inner_text()
        assert "Värdet för Herrljunga får inte vara negativt" in message
        page.wait_for_function("() => !document.querySelector('table.itvt-wb-table')",
                               timeout=15_000)
        page.locator(".itvt-wb-error").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "workbench-3-negativt.png"), full_page=True)
        browser.close()
    assert tree_snapshot(PARAMS_DIR) == params_before
    assert (ROOT / "notebooks" / "scenarier.ipynb").read_bytes() == notebook_before
