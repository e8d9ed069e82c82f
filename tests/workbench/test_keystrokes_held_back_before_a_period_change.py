"""The app's browser holds a text box's later keystrokes back until the kernel has answered
the earlier ones, but sends a period chosen at once: the last keystrokes typed just before
the period change reach the kernel after it. They are kept for the period they were typed
in ("1 150", not "1 15"), as a button clicked right after typing acts on them."""

from __future__ import annotations

import asyncio

import pytest

from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session


@pytest.mark.parametrize(("before", "held_back"), [("1 15", "1 150"), ("", "4"),
                                                   ("43", "43,6")])
def test_the_last_keystrokes_before_a_period_change_are_kept(session, params, tmp_path,
                                                             before, held_back):
    async def typed_then_period_changed() -> str:
        bench = Workbench(Session(params_dir=params, dataset=session.dataset), "2024-02",
                          outputs_dir=tmp_path / "outputs")
        bench.pool_drivers["Telefonväxel"].value = "samtal"
        box = bench.value_boxes["Herrljunga"]
        box.value = before
        await asyncio.sleep(0.2)
        bench.period.value = "2023-12"   # sent at once by the browser
        box.value = held_back            # the keystroke held back, arriving after it
        await asyncio.sleep(1)
        bench.period.value = "2024-02"
        await asyncio.sleep(1)
        return bench.value_boxes["Herrljunga"].value

    result = asyncio.run(typed_then_period_changed())
    assert result == held_back
