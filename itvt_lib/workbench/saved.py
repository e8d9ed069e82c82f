"""The form's "Sparade modeller": rename or delete a model the workbench saved
(params/modeller.yaml), each after a second click to confirm, with a Swedish line; the
models of the other params files are never offered.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from ..core.errors import InputError, blank, os_reason
from ..core.formatting import esc
from ..core.settings import name_key
from . import store
from .clicks import after_typing
from .results import Session

LABEL = {"description_width": "160px"}
WIDE = w.Layout(width="390px")


class SavedModels:
    """Byt namn and Ta bort for the saved models; `changed(old, new)` is called after a
    change (new None: deleted) so that the form lists the models again at once."""

    def __init__(self, session: Session, changed: Callable[[str, str | None], None]):
        self.session, self.changed = session, changed
        self._confirm: tuple | None = None      # the action a second click carries out
        self.choice = w.Dropdown(description="Sparad modell", style=LABEL, layout=WIDE)
        self.new_name = w.Text(description="Nytt namn", style=LABEL, layout=WIDE,
                               continuous_update=True)
        self.rename_button = w.Button(description="Byt namn", icon="pencil",
                                      layout=w.Layout(width="auto"))
        self.delete_button = w.Button(description="Ta bort", icon="trash",
                                      layout=w.Layout(width="auto"))
        # a live region like the form's lines (the app: role="status"): "Klicka på Ta bort
        # igen …" and what was renamed or removed are read out by a screen reader
        self.status = w.HTML(_dom_classes=("itvt-wb-live",))
        self.empty = w.HTML("<p>Inga modeller sparade från arbetsbänken ännu.</p>")
        self.controls = w.VBox([self.choice, self.new_name,
                                w.HBox([self.rename_button, self.delete_button],
                                       layout=w.Layout(flex_flow="row wrap"))])
        self.rename_button.on_click(after_typing(self.rename))
        self.delete_button.on_click(after_typing(self.delete))
        self.choice.observe(self._reset, names="value")
        self.new_name.observe(self._reset, names="value")
        self.widget = w.VBox([w.HTML("<h2 class='itvt-section'>Sparade modeller</h2>"), self.empty, self.controls,
                              self.status])
        self.update()

    def _reset(self, _change=None) -> None:
        self._confirm = None

    def update(self) -> None:
        """List the saved models (file order); none: a line instead of the controls."""
        names = [str(m.get("name")) for m in store.read_models(self.session.params_dir)]
        current = self.choice.value
        self.choice.options = names
        self.choice.value = current if current in names else (names[0] if names else None)
        self.controls.layout.display = None if names else "none"
        self.empty.layout.display = "none" if names else None
        self._confirm = None

    def _taken(self) -> set[str]:
        """The names of the models of the other params files, any period (not renamable to)."""
        return self.session.taken_names()

    def rename(self) -> bool:
        """Byt namn: the first click checks the new name and asks; the second renames."""
        old, new = self.choice.value, self.new_name.value.strip()
        if old is None:
            return False
        if blank(new):   # only invisible characters: no name (store.rename_model says so too)
            self.status.value = "<p>Ange det nya namnet på modellen.</p>"
            return False
        try:   # modeller.yaml as it is now (edited by hand meanwhile: maybe bad)
            others = (self._taken() | self.session.saved_names()) - {old}
        except InputError as exc:
            self.status.value = f"<p>Inget ändrades: {esc(exc)}</p>"
            return False
        if name_key(new) in {name_key(n) for n in others}:
            self.status.value = (f"<p>Namnet ”{esc(new)}” används redan av en annan modell; "
                                 "välj ett annat.</p>")
            return False
        if self._confirm != ("rename", old, new):
            self._confirm = ("rename", old, new)
            self.status.value = (f"<p>Klicka på <b>Byt namn</b> igen för att byta namn på "
                                 f"”{esc(old)}” till ”{esc(new)}”.</p>")
            return False
        return self._apply(lambda: store.rename_model(old, new, self.session.params_dir,
                                                      self._taken()),
                           old, new, f"Modellen ”{esc(old)}” heter nu ”{esc(new)}”.")

    def delete(self) -> bool:
        """Ta bort: the first click asks; the second removes the model from the file."""
        name = self.choice.value
        if name is None:
            return False
        if self._confirm != ("delete", name):
            self._confirm = ("delete", name)
            self.status.value = (f"<p>Klicka på <b>Ta bort</b> igen för att ta bort "
                                 f"”{esc(name)}” ur "
                                 f"{esc(store.models_path(self.session.params_dir).name)}.</p>")
            return False
        return self._apply(lambda: store.delete_model(name, self.session.params_dir),
                           name, None, f"Modellen ”{esc(name)}” är borttagen.")

    def _apply(self, action, old: str, new: str | None, done: str) -> bool:
        try:
            action()
        except (InputError, OSError) as exc:
            reason = str(exc) if isinstance(exc, InputError) else \
                f"{store.models_path(self.session.params_dir)}: {os_reason(exc)}"
            self.status.value = f"<p>Inget ändrades: {esc(reason)}</p>"
            self._confirm = None
            return False
        self.new_name.value = ""
        self.update()
        self.changed(old, new)
        self.status.value = f"<p>{done}</p>"
        return True

