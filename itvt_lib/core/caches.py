"""The package's caches, explicit and bounded.

A cache here is keyed by content (a file's hash, or its path, size and modification
time), so a reused kernel (one per run, every notebook of every period) never serves
an answer for inputs that changed; it keeps at most `size` entries (the least recently
used go first), and `clear_all()` empties every one (tests; a long-lived process).
Per-report results are not cached here but in the report's context
(`ReportContext.memo`), which dies with the report.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

_ALL: list[BoundedCache] = []


class BoundedCache:
    """At most `size` values by key, the least recently used dropped first."""

    def __init__(self, name: str, size: int):
        self.name, self.size = name, size
        self._items: OrderedDict = OrderedDict()
        _ALL.append(self)

    def get(self, key: Hashable, compute: Callable[[], object]):
        """The value stored for `key`, or `compute()` stored under it."""
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = compute()
        self._items[key] = value
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        """Forget every value."""
        self._items.clear()


def clear_all() -> None:
    """Empty every cache of the package."""
    for cache in _ALL:
        cache.clear()
