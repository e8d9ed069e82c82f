"""In the app the browser sends a button's click at once but holds back a text box's later
keystrokes until the kernel has answered the earlier ones (ipywidgets' message throttle):
typing "35" over "30" in Grundavgift and clicking at once reaches the kernel as "3", the
click, "35". The button acts after the keystrokes held back (workbench/clicks.py): the
saved model, the export and the renamed model are of what the form then shows, never of a
value half typed."""

from __future__ import annotations

import asyncio
import time

import openpyxl
import pytest

from itvt_lib.workbench import store
from itvt_lib.workbench.clicks import BUSY, CLICK_DELAY
from itvt_lib.workbench.form import Workbench
from itvt_lib.workbench.results import Session


def kernel_order(bench, box, half, whole, button, acted):
    """The messages as the kernel gets them: the half-typed value, the click, the rest;
    then the kernel idles until the button has acted (`acted()`, whatever it wrote; a
    bound, not a speed: a busy machine makes the wait start again, as it should)."""
    async def run():
        box.value = half
        button.click()
        await asyncio.sleep(0.01)   # the held-back keystrokes: after the kernel answered
        box.value = whole
        deadline = time.monotonic() + 120
        while not acted() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(bench.debounce * 5)   # the redraw the value set off
    asyncio.run(run())


@pytest.fixture
def bench(data_dir, params_dir, tmp_path):
    return Workbench(Session(data_dir, params_dir), "2024-02", outputs_dir=tmp_path / "out")


def test_a_model_saved_with_the_last_keystrokes_held_back_holds_the_whole_value(
        bench, params_dir):
    kernel_order(bench, bench.grundavgift, "3", "35", bench.save_button,
                 acted=lambda: bool(store.read_models(params_dir)))
    (saved,) = [m for m in store.read_models(params_dir) if m["name"] == bench.name.value]
    result = saved["grundavgift_procent"]
    expected = 35.0
    assert result == expected


def test_an_export_with_the_last_keystrokes_held_back_states_the_whole_value(bench, tmp_path):
    kernel_order(bench, bench.grundavgift, "3", "35", bench.export_button,
                 acted=lambda: any((tmp_path / "out").rglob("*.xlsx")))
    (path,) = (tmp_path / "out").rglob("*.xlsx")
    lines = dict(openpyxl.load_workbook(path)["Antaganden"].iter_rows(values_only=True))
    result = lines["Grundavgift"]
    expected = 0.35
    assert result == pytest.approx(expected)


def test_a_rename_with_the_last_keystrokes_held_back_takes_the_whole_name(bench, params_dir):
    bench.save()
    bench.saved.choice.value = bench.name.value
    saved = bench.saved
    kernel_order(bench, saved.new_name, "Snab", "Snabb", saved.rename_button,
                 acted=lambda: "igen" in saved.status.value)
    saved.rename_button.click()   # outside the loop: the second click confirms at once
    result = [m["name"] for m in store.read_models(params_dir)]
    expected = ["Snabb"]
    assert result == expected


def test_a_click_waits_longer_while_the_kernel_was_busy(bench, params_dir):
    """A slow redraw keeps the kernel busy past the wait: the held-back keystrokes are read
    only after it, and the button waits for them."""
    async def run():
        bench.grundavgift.value = "3"
        bench.save_button.click()
        time.sleep(CLICK_DELAY + BUSY * 2)   # the kernel busy: the wait ends late
        await asyncio.sleep(0)
        await asyncio.sleep(0)               # the late wait has ended in this loop turn
        bench.grundavgift.value = "35"       # the keystrokes held back, read after it
        await asyncio.sleep(CLICK_DELAY * 3)
    asyncio.run(run())
    (saved,) = [m for m in store.read_models(params_dir) if m["name"] == bench.name.value]
    result = saved["grundavgift_procent"]
    expected = 35.0
    assert result == expected
