"""The workbench's results tables as one widget per table (see `TablesView`)."""

from __future__ import annotations

import ipywidgets as w


class TablesView(w.VBox):
    """The results' tables, one HTML widget each, so that a change redraws in the browser
    only the tables whose HTML changed; `value` is their HTML in one string."""

    def __init__(self):
        super().__init__()
        self.add_class("itvt-wb-tables")

    @property
    def value(self) -> str:
        return "\n".join(child.value for child in self.children)

    @value.setter
    def value(self, html: str) -> None:
        self.show([html] if html else [])

    def show(self, parts: list[str]) -> None:
        """One widget per part; a widget whose HTML is unchanged is not sent again."""
        children = list(self.children)
        children += [w.HTML() for _ in range(len(parts) - len(children))]
        for child, part in zip(children, parts):
            if child.value != part:
                child.value = part
        self.children = tuple(children[:len(parts)])
