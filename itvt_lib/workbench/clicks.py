"""A button's action after what was typed before the click: the browser sends a click at
once, but holds back a text box's later keystrokes until the kernel has answered its
earlier ones (ipywidgets' message throttle), so a click right after fast typing reaches
the kernel before the last keystrokes; acting at once would export, save, write a memo or
rename with a value half typed ("3" of "35") while the form then shows the whole one.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

CLICK_DELAY = 0.3   # seconds the kernel waits after a click for keystrokes held back
BUSY = 0.1          # a wait ending this much late: the kernel was busy (a slow redraw)


def after_typing(action: Callable[[], object]) -> Callable[[object], None]:
    """An on_click handler running `action` CLICK_DELAY seconds after the click in the
    app's kernel (keystrokes sent before the click arrive first), again as long as the
    wait ends BUSY late (keystrokes may still be queued); at once without a kernel loop."""
    def clicked(_button) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:   # no kernel loop (a script, a test): nothing is held back
            action()
            return

        def waited(due: float) -> None:
            if loop.time() - due > BUSY:
                loop.call_later(CLICK_DELAY, waited, loop.time() + CLICK_DELAY)
            else:
                action()
        loop.call_later(CLICK_DELAY, waited, loop.time() + CLICK_DELAY)
    return clicked
