"""The output folder: claimed with a marker, locked by the kernel, published by symlink swap.

- **Claim.** An itvt output folder holds `.itvt-output` (JSON). A new path or an empty
  folder is claimed; a non-empty folder without the marker is refused (InputError) and
  nothing in it is touched. A folder written by an older itvt (only period folders with a
  manifest, `index.html`, `runs.log`, `.failed`, `.lock` and its own `.tmp-`/`.old-`
  leftovers) is adopted once.
- **Journal.** Every temporary name itvt makes in the folder is recorded (with the pid)
  in the marker before it is made and dropped when it is gone. Recovery touches only
  recorded names, never a glob.
- **Lock.** `fcntl.flock` on `.lock` (the OS releases it when the process dies); the file
  holds the holder's pid for the message.
- **Publish.** `O/<period>` is a symlink to `.builds/<period>-<stamp>/`; a new build is
  published by `os.replace` of a new symlink over the old one (one atomic rename), so a
  complete report is at the path at every moment. The previous build is removed after.
- **runs.log.** One JSON line per run, written with one `write` on an `O_APPEND` file; a
  torn or foreign line is skipped with a warning when read.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import logging
import os
import re
import shutil
import stat
import threading
from datetime import datetime
from pathlib import Path

from ..core.errors import InputError

log = logging.getLogger("itvt")

MARKER = ".itvt-output"
BUILDS = ".builds"
LOCK = ".lock"
RUNS_LOG = "runs.log"
FAILED = ".failed"
ARCHIVE = "index.html"
PERIOD_RE = re.compile(r"^\d{4}-\d{2}$")
IGNORED = {".gitkeep"}  # a folder holding only these counts as empty
_LEGACY_LEFTOVER_RE = re.compile(r"^\.(tmp|old)-(\d{4}-\d{2})-(\d+)$")


class OutputError(InputError):
    """The output folder cannot be used as given (exit code 2, nothing touched)."""


class LockHeld(Exception):
    """Another run holds the output folder's lock (exit code 1)."""

    exit_code = 1


# ---------------------------------------------------------------- small atomic writes

def temp_name(path: Path) -> Path:
    """The temporary file `atomic_write_text` uses for `path` (recorded by callers)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def atomic_write_text(path: Path, text: str) -> Path:
    """Write `path` so a reader sees the old or the new content, never a part (temp file
    in the same folder, fsync, `os.replace`)."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


# ---------------------------------------------------------------- claim and journal

def _is_legacy_itvt(folder: Path, entries: list[str]) -> bool:
    """A folder an older itvt wrote: only its names, and at least one period with a manifest."""
    periods = 0
    for name in entries:
        path = folder / name
        if PERIOD_RE.match(name) and path.is_dir() and not path.is_symlink():
            if not (path / "manifest.json").is_file():
                return False
            periods += 1
        elif name in (ARCHIVE, RUNS_LOG, LOCK) and path.is_file():
            continue
        elif name == FAILED and path.is_dir():
            continue
        elif not (_LEGACY_LEFTOVER_RE.match(name) and path.is_dir()):
            return False
    return periods > 0


class OutputFolder:
    """A claimed output folder and its journal of temporary names."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.marker = self.path / MARKER
        self._mutex = threading.Lock()  # periods are built in threads: one journal writer

    # -- claim
    @staticmethod
    def check(path: Path, ours: tuple[str, ...] = ()) -> bool:
        """Refuse an output path itvt may not use; return whether it is already claimed
        (`ours`: names this run has made there already, such as its lock)."""
        path = Path(path)
        if path.is_symlink() and not path.exists():
            raise OutputError(f"{path}: output folder is a broken symlink")
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path}: output folder is not a folder")
        if not path.exists():
            return False
        if (path / MARKER).is_file():
            return True
        entries = sorted(n for n in os.listdir(path) if n not in IGNORED and n not in ours)
        if entries and not _is_legacy_itvt(path, entries):
            raise OutputError(f"{path}: folder is not empty and not an itvt output folder "
                              f"(no {MARKER}); choose an empty or new folder")
        return False

    def claim(self) -> None:
        """Make the folder ours (new path, empty folder, or an older itvt's folder)."""
        if self.check(self.path, ours=(LOCK,)):
            self._read()  # a damaged marker is an error before anything is touched
            return
        self.path.mkdir(parents=True, exist_ok=True)
        journal = []
        for name in sorted(os.listdir(self.path)):
            match = _LEGACY_LEFTOVER_RE.match(name)
            if match:
                journal.append({"name": name, "pid": int(match.group(3)),
                                "kind": f"legacy-{match.group(1)}", "period": match.group(2)})
        self._write({"itvt": 1, "journal": journal})

    def _read(self) -> dict:
        try:
            data = json.loads(self.marker.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            raise OutputError(f"{self.marker}: unreadable itvt marker; remove the file only "
                              "if this folder holds nothing but itvt output") from None
        if not isinstance(data, dict) or not isinstance(data.get("journal", []), list):
            raise OutputError(f"{self.marker}: not an itvt marker")
        data.setdefault("journal", [])
        return data

    def _write(self, data: dict) -> None:
        atomic_write_text(self.marker, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def record(self, name: str, kind: str, **extra) -> None:
        """Journal a name before it is made (relative to the folder)."""
        with self._mutex:
            data = self._read()
            data["journal"].append({"name": name, "pid": os.getpid(), "kind": kind, **extra})
            self._write(data)

    def forget(self, name: str) -> None:
        """Drop a name from the journal once it is gone or published."""
        with self._mutex:
            data = self._read()
            data["journal"] = [e for e in data["journal"] if e.get("name") != name]
            self._write(data)

    # -- recovery (only under the lock: no other run is active)
    def recover(self) -> list[str]:
        """Undo what a killed run left, touching only journalled names; return them."""
        data = self._read()
        done = []
        for entry in data["journal"]:
            name = str(entry.get("name", ""))
            parts = Path(name).parts
            if not (len(parts) == 1 or (len(parts) == 2 and parts[0] == BUILDS)) \
                    or any(p in ("..", ".", MARKER, LOCK, RUNS_LOG) for p in parts):
                continue  # never anything but a name itvt makes in this folder
            path = self.path / name
            kind = entry.get("kind")
            if kind == "legacy-old" and not (self.path / entry["period"]).exists() \
                    and path.is_dir():
                path.rename(self.path / entry["period"])  # an interrupted old-style swap
            elif kind in ("build", "previous") and self._is_published(path):
                pass
            else:
                _remove(path)
            done.append(name)
        data["journal"] = []
        self._write(data)
        return done

    def _is_published(self, build: Path) -> bool:
        period = build.name[:7]
        link = self.path / period
        return link.is_symlink() and (self.path / os.readlink(link)).resolve() == build.resolve()

    # -- builds and publishing
    def new_build(self, period: str) -> Path:
        """A fresh, journalled build folder `.builds/<period>-<stamp>-<pid>/`."""
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
        name = f"{BUILDS}/{period}-{stamp}-{os.getpid()}"
        self.record(name, "build", period=period)
        (self.path / name).mkdir(parents=True)
        return self.path / name

    def publish(self, build: Path, period: str) -> None:
        """Point `O/<period>` at `build` with one atomic rename; remove the previous build."""
        target = self.path / period
        relative = os.path.relpath(build, self.path)
        builds = (self.path / BUILDS).resolve()
        previous = None
        if target.is_symlink():
            previous = (self.path / os.readlink(target)).resolve()
            if previous.parent != builds or previous == build.resolve():
                previous = None  # never remove what itvt did not build
            else:
                self.record(f"{BUILDS}/{previous.name}", "previous", period=period)
        link_name = f".{period}.link-{os.getpid()}"
        self.record(link_name, "link")
        link = self.path / link_name
        link.unlink(missing_ok=True)
        os.symlink(relative, link)
        if target.is_dir() and not target.is_symlink():  # written by an older itvt
            retired = f"{BUILDS}/{period}-retired-{os.getpid()}"
            self.record(retired, "retired")
            _exchange(link, target)  # atomic: the old folder now sits at `link`
            (self.path / BUILDS).mkdir(exist_ok=True)
            link.rename(self.path / retired)
            _remove(self.path / retired)
            self.forget(retired)
        else:
            os.replace(link, target)
        self.forget(link_name)
        self.forget(f"{BUILDS}/{build.name}")
        if previous is not None:
            _remove(previous)
            self.forget(f"{BUILDS}/{previous.name}")

    def discard(self, build: Path) -> None:
        """Remove an unpublished build and its journal entry."""
        _remove(build)
        self.forget(f"{BUILDS}/{build.name}")


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two names atomically (Linux renameat2 RENAME_EXCHANGE); elsewhere two renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)),
                           _RENAME_EXCHANGE)
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), str(b))
    side = a.with_name(a.name + ".swap")
    os.rename(b, side)
    os.rename(a, b)
    os.rename(side, a)


# ---------------------------------------------------------------- lock

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
                raise OutputError(f"{self.path}: the lock file is a folder; remove it") from None
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise OutputError(f"{self.path}: the lock file is a symlink; "
                                      "remove it") from None
                raise
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise OutputError(f"{self.path}: the lock file is not a regular file")
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise LockHeld(f"{self.path.parent}: another run (pid {holder}) holds the "
                               "lock; try again when it has finished") from None
            try:  # the file we locked may have been unlinked by the previous holder
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            self.fd = fd
            return self

    def __exit__(self, *exc):
        if self.fd is not None:
            self.path.unlink(missing_ok=True)  # while still held: no one locks a stale inode
            os.close(self.fd)
            self.fd = None


# ---------------------------------------------------------------- runs.log

def append_run_log(output_dir: Path, record: dict) -> None:
    """Append one JSON line to `O/runs.log` with a single `write` on an O_APPEND file; a
    torn last line (no newline) is ended first, in the same write."""
    path = Path(output_dir) / RUNS_LOG
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW,
                 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def read_run_log(output_dir: Path) -> list[dict]:
    """The records of `O/runs.log`; a torn or foreign line is skipped with a warning."""
    path = Path(output_dir) / RUNS_LOG
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    records = []
    for number, line in enumerate(raw.decode("utf-8", "replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or not isinstance(record.get("periods", []), list) \
                or not all(isinstance(p, str) for p in record.get("periods", [])):
            log.warning("%s:%d: skipped a line that is not a run record", path, number)
            continue
        records.append(record)
    return records
