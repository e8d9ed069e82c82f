"""One run per output folder: the lock, and the errors of an output folder that cannot be
used (see `outputs`, "Lock").
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from pathlib import Path

from ..core.errors import InputError

LOCK = ".lock"


class OutputError(InputError):
    """The output folder cannot be used as given (exit code 2, nothing touched)."""


class LockHeld(Exception):
    """Another run holds the output folder's lock (exit code 1)."""

    exit_code = 1


class OutputLock:
    """One run per output folder: an exclusive `flock` on `O/.lock`, which holds the pid."""

    def __init__(self, output_dir: Path):
        self.path = Path(output_dir) / LOCK
        self.fd: int | None = None

    def __enter__(self):
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW,
                             0o644)
            except IsADirectoryError:
                raise OutputError(f"{self.path}: låsfilen är en mapp; ta bort den") from None
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise OutputError(f"{self.path}: låsfilen är en symbolisk länk; itvt följer "
                                      "inga länkar i utdatamappen: ta bort länken, inget har "
                                      "ändrats") from None
                raise
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise OutputError(f"{self.path}: låsfilen är ingen vanlig fil")
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise LockHeld(f"{self.path.parent}: en annan körning (pid {holder}) håller "
                               "låset; försök igen när den är klar") from None
            try:  # the file we locked may have been unlinked by the previous holder
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            if os.fstat(fd).st_nlink > 1:  # a hard link: the pid would be written into
                os.unlink(self.path)       # a file outside the folder; make a fresh lock
                os.close(fd)
                continue
            self.fd = fd
            try:
                os.ftruncate(fd, 0)
                os.pwrite(fd, str(os.getpid()).encode(), 0)
            except BaseException:  # a full disk: no lock file left behind
                self.__exit__()
                raise
            return self

    def __exit__(self, *exc):
        if self.fd is not None:
            self.path.unlink(missing_ok=True)  # while still held: no one locks a stale inode
            os.close(self.fd)
            self.fd = None
