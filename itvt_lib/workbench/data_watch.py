"""Whether the data folder changed since the workbench read it (a value corrected while the
form is open): a button compares the files' contents (`DataWatch.moved`); each redraw first
looks at their size, time and inode (`DataWatch.glanced`) and compares contents only when
one of those changed, so that a keystroke never shows the old data's figures as current.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from pathlib import Path

from ..core.data_files import read_as_data
from ..core.errors import InputError
from ..core.loading import data_key


def file_stamp(path: Path) -> tuple:
    """A file's size, modification time and inode (equal stamps: presumably equal bytes)."""
    found = path.stat()
    return found.st_size, found.st_mtime_ns, found.st_ino


class DataWatch:
    """The data folder as read: its content key and its files' stamps, both taken before
    it is read (a change meanwhile shows); `stale` says why the figures are no longer the
    data's, and stays once said."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.stamps = self._stamps()
        self.key = data_key(self.folder, read_as_data)
        self.stale: str | None = None

    def _stamps(self) -> tuple | None:
        try:
            return data_key(self.folder, read_as_data, file_stamp)
        except OSError:
            return None

    def moved(self) -> bool:
        """Whether a file's content changed (or the folder cannot be read) since it was read."""
        try:
            moved = self.stale is not None or data_key(self.folder, read_as_data) != self.key
        except (OSError, InputError):
            moved = True
        if moved:
            self.stale = (f"{self.folder}: data har ändrats sedan arbetsbänken öppnades; öppna "
                          "arbetsbänken igen (ladda om sidan) så att siffrorna bygger på dem")
        return moved

    def glanced(self) -> bool:
        """`moved`, but the contents compared only when a file's stamp changed (a file only
        touched is then remembered as unchanged, and not read again at the next redraw)."""
        if self.stale is not None:
            return True
        stamps = self._stamps()
        if stamps is not None and stamps == self.stamps:
            return False
        moved = self.moved()
        if not moved:
            self.stamps = stamps
        return moved
