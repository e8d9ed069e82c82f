"""The output folder: claimed with a marker, locked by the kernel, published by symlink swap.

- **Claim.** An itvt output folder holds `.itvt-output` (JSON). A new path or an empty
  folder is claimed; a non-empty folder without the marker is refused (InputError) and
  nothing in it is touched. A folder written by an older itvt (only period folders that
  are itvt's own reports, `index.html`, `runs.log`, `.failed`, `.lock` and its own
  `.tmp-`/`.old-` leftovers) is adopted once.
- **Its own structure.** Nothing itvt keeps in the folder may lead out of it: `.builds`,
  `.failed`, the marker, the lock and `runs.log` are never symlinks, and a period's link
  points into `.builds`. They are checked under the lock before anything is touched, and
  every change (marker, builds, links, removals) goes through directory file descriptors
  opened without following symlinks. A real folder at `O/<period>` is replaced only when
  it is itvt's own report of that period (its manifest names the period and it holds
  nothing but the report's files); anything else is refused (OutputError, exit 2).
- **Journal.** Every temporary name itvt makes in the folder is recorded (with the pid
  and the process's start time) in the marker before it is made and dropped when it is
  gone. Recovery touches only recorded names, never a glob, and only an entry itvt could
  have made: a name of its kind (with the recorder's pid in it), under the folder, of a
  process that no longer runs; it never removes a published period or the build a period
  points to.
- **Lock.** `fcntl.flock` on `.lock` (the OS releases it when the process dies); the file
  holds the holder's pid for the message.
- **Publish.** `O/<period>` is a symlink to `.builds/<period>-<stamp>-<pid>/`; a new build
  is published by `os.replace` of a new symlink over the old one (one atomic rename), so
  a complete report is at the path at every moment. The previous build is removed after.
- **runs.log.** One JSON line per run, written with one `write` on an `O_APPEND` file; a
  torn or foreign line is skipped with a warning when read; a symlink is neither read
  nor written.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import ctypes
import errno
import json
import logging
import os
import re
import shutil
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..core.errors import InputError  # noqa: F401  (OutputError's base, for callers)
from ..core.paths import (
    OUTPUT_MARKER,
    SCENARIO_FOLDER,
    input_around,
    inputs_clash,
    outside_output_folders,
)
from .atomic_files import _write_at, atomic_write_text, temp_name  # noqa: F401
from .journal import JOURNAL_NAMES, journal_problem, process_running, process_start  # noqa: F401
from .lock import LOCK, LockHeld, OutputError, OutputLock  # noqa: F401
from .runlog import RUNS_LOG, RUNS_LOG_LINK, append_run_log, read_run_log  # noqa: F401

log = logging.getLogger("itvt")

MARKER = OUTPUT_MARKER
BUILDS = ".builds"
FAILED = ".failed"
ARCHIVE = "index.html"
PERIOD_RE = re.compile(r"^\d{4}-\d{2}$")
IGNORED = {".gitkeep"}  # a folder holding only these counts as empty
_LEGACY_LEFTOVER_RE = re.compile(r"^\.(tmp|old)-(\d{4}-\d{2})-(\d+)$")
# The files of a published period beside its pages (NN-name.html) and notebooks/.
REPORT_FILES = ("manifest.json", "index.html", "tabeller.xlsx", "rapport.pdf")
_LINK_TARGET_RE = re.compile(r"^\.builds/([^/]+)$")  # what a period's link may point at


# ---------------------------------------------------------------- folders by descriptor

@contextmanager
def _directory(path, dir_fd: int | None = None, shown=None) -> Iterator[int]:
    """A folder opened as a descriptor: the output folder itself as given, anything in it
    (`dir_fd`) only when it is a real folder, never a symlink (else OutputError)."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
    if dir_fd is not None:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags, dir_fd=dir_fd)
    except OSError as exc:
        if dir_fd is not None and exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise OutputError(_not_ours(Path(shown or path), dir_fd, str(path))) from None
        raise
    try:
        yield fd
    finally:
        os.close(fd)


def _lstat(name: str, fd: int) -> os.stat_result | None:
    try:
        return os.stat(name, dir_fd=fd, follow_symlinks=False)
    except FileNotFoundError:
        return None


def _not_ours(shown: Path, fd: int, name: str) -> str:
    """The one Swedish line for a name of the folder's own structure that is a symlink
    or of the wrong kind."""
    info = _lstat(name, fd)
    if info is not None and stat.S_ISLNK(info.st_mode):
        return (f"{shown}: är en symbolisk länk (till {os.readlink(name, dir_fd=fd)}); itvt "
                "följer inga länkar i utdatamappen: ta bort länken, inget har ändrats")
    return f"{shown}: har fel slag (mapp eller fil) för itvt; ta bort den, inget har ändrats"


def _remove(name: str, fd: int) -> None:
    """Remove `name` in the folder open as `fd`: a folder with everything in it (no
    symlink followed), or a file or link."""
    info = _lstat(name, fd)
    if info is None:
        return
    if stat.S_ISDIR(info.st_mode):
        shutil.rmtree(name, dir_fd=fd, ignore_errors=True)
    else:
        try:
            os.unlink(name, dir_fd=fd)
        except FileNotFoundError:
            pass


# ---------------------------------------------------------------- a period's folder

def report_folder_problem(folder: Path, period: str) -> str | None:
    """Why a real folder at `O/<period>` is not itvt's own report of that period (None when
    it is): its manifest.json names the period, and it holds nothing but the report's
    files (its pages and executed notebooks as the manifest lists them), none a symlink."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "inget läsbart manifest.json"
    if not isinstance(manifest, dict) or manifest.get("period") != period:
        return f"manifest.json gäller inte {period}"
    runs = manifest.get("notebooks") if isinstance(manifest.get("notebooks"), list) else []
    notebooks = {str(s.get("notebook")) for s in runs if isinstance(s, dict)}
    allowed = {*REPORT_FILES, *(n.removesuffix(".ipynb") + ".html" for n in notebooks)}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name == "notebooks" and entry.is_dir(follow_symlinks=False):
            extra = sorted(n for n in os.listdir(entry.path) if n not in notebooks)
            if extra or any(not e.is_file(follow_symlinks=False) for e in os.scandir(entry.path)):
                return f"notebooks/{(extra or ['?'])[0]} hör inte till rapporten"
        elif entry.name not in allowed or not entry.is_file(follow_symlinks=False):
            return f"{entry.name} hör inte till rapporten"
    return None


def _a_real_build(fd: int, name: str, shown: Path) -> None:
    """A period's link ends in a real folder of `.builds` (or nowhere), never in a symlink
    or file there that leads out of the output folder (else OutputError)."""
    builds = _lstat(BUILDS, fd)
    if builds is None or not stat.S_ISDIR(builds.st_mode):
        return
    with _directory(BUILDS, fd, shown.parent) as inside:
        info = _lstat(name, inside)
        if info is not None and not stat.S_ISDIR(info.st_mode):
            raise OutputError(_not_ours(shown, inside, name))


# ---------------------------------------------------------------- claim

def _is_legacy_itvt(folder: Path, entries: list[str]) -> bool:
    """A folder an older itvt wrote: only its names, and at least one period folder that
    is its own report."""
    periods = 0
    for name in entries:
        path = folder / name
        if PERIOD_RE.match(name) and path.is_dir() and not path.is_symlink():
            if report_folder_problem(path, name) is not None:
                return False
            periods += 1
        elif name in (ARCHIVE, RUNS_LOG, LOCK) and path.is_file() and not path.is_symlink():
            continue
        elif name == FAILED and path.is_dir() and not path.is_symlink():
            continue
        elif not (_LEGACY_LEFTOVER_RE.match(name) and path.is_dir() and not path.is_symlink()):
            return False
    return periods > 0


def _own_scenarios(folder: Path, name: str) -> bool:
    """`name` is the folder the workbench's exports and the memos go to (a real folder, not
    a symlink): a fresh output folder holding it is still free for a run."""
    path = folder / name
    return name == SCENARIO_FOLDER and path.is_dir() and not path.is_symlink()


def apart_from_inputs(path: Path, inputs) -> None:
    """Refuse (OutputError) an output folder equal to, inside or holding one of the input
    folders `inputs` (None: not given): the report would be read as data, or overwrite it."""
    folder = input_around(path, inputs)
    if folder is not None:
        raise OutputError(inputs_clash(path, folder))


class OutputFolder:
    """A claimed output folder and its journal of temporary names."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.marker = self.path / MARKER
        self._mutex = threading.RLock()  # periods are built in threads: one journal writer

    # -- claim
    @staticmethod
    def check(path: Path, ours: tuple[str, ...] = (), inputs: tuple = ()) -> bool:
        """Refuse an output path itvt may not use (also one in or holding an input folder
        of `inputs`: the report would be read as data, or overwrite it); return whether it
        is already claimed (`ours`: names this run has made there already, such as its lock)."""
        path = Path(path)
        apart_from_inputs(path, inputs)
        outside_output_folders(path)
        if path.is_symlink() and not path.exists():
            raise OutputError(f"{path}: utdatamappen är en trasig symbolisk länk")
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path}: utdatamappen är ingen mapp")
        if not path.exists():
            return False
        if (path / MARKER).is_symlink():
            raise OutputError(f"{path / MARKER}: är en symbolisk länk; itvt följer inga länkar "
                              "i utdatamappen: ta bort länken, inget har ändrats")
        if (path / MARKER).is_file():
            return True
        entries = sorted(n for n in os.listdir(path) if n not in IGNORED and n not in ours
                         and not _own_scenarios(path, n))
        if entries and not _is_legacy_itvt(path, entries):
            raise OutputError(f"{path}: mappen är inte tom och är ingen utdatamapp från itvt "
                              f"({MARKER} saknas); välj en tom eller ny mapp")
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
                journal.append({"name": name, "pid": int(match.group(3)), "started": None,
                                "kind": f"legacy-{match.group(1)}", "period": match.group(2)})
        self._write({"itvt": 1, "journal": journal})

    def verify(self, periods=()) -> None:
        """Refuse (OutputError, nothing touched) a folder whose own structure leads out of
        it or holds what itvt did not make: `.builds`, `.failed`, the marker, the lock or
        runs.log a symlink or of the wrong kind, a period's link not into `.builds`, or a
        real folder at a period of this run that is not itvt's own report of it."""
        with _directory(self.path) as fd:
            for name, folder in ((MARKER, False), (LOCK, False), (RUNS_LOG, False),
                                 (BUILDS, True), (FAILED, True)):
                info = _lstat(name, fd)
                if info is not None and (stat.S_ISLNK(info.st_mode) or
                                         stat.S_ISDIR(info.st_mode) != folder):
                    raise OutputError(_not_ours(self.path / name, fd, name))
            for name in sorted(os.listdir(fd)):
                if not PERIOD_RE.match(name):
                    continue
                info = _lstat(name, fd)
                if info is None:
                    continue
                if stat.S_ISLNK(info.st_mode):
                    target = os.readlink(name, dir_fd=fd)
                    match = _LINK_TARGET_RE.match(target)
                    if match is None or match[1] in (".", ".."):
                        raise OutputError(
                            f"{self.path / name}: länken pekar på {target}, utanför "
                            f"{self.path / BUILDS}; itvt följer inga länkar ut ur "
                            "utdatamappen: ta bort länken, inget har ändrats")
                    _a_real_build(fd, match[1], self.path / BUILDS / match[1])
                elif name in periods:
                    problem = (report_folder_problem(self.path / name, name)
                               if stat.S_ISDIR(info.st_mode) else "ingen mapp")
                    if problem:
                        raise OutputError(
                            f"{self.path / name}: är inte en rapport som itvt har skrivit "
                            f"({problem}); flytta den för att publicera {name} här, inget "
                            "har ändrats")

    def _read(self, fd: int | None = None) -> dict:
        if fd is None:
            with _directory(self.path) as fd:
                return self._read(fd)
        try:
            handle = os.open(MARKER, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
            with open(handle, "rb") as source:
                data = json.loads(source.read().decode("utf-8") or "{}")
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OutputError(_not_ours(self.marker, fd, MARKER)) from None
            raise OutputError(f"{self.marker}: markeringsfilen går inte att läsa; ta bara "
                              "bort den om mappen inte innehåller annat än utdata från "
                              "itvt") from None
        except ValueError:
            raise OutputError(f"{self.marker}: markeringsfilen går inte att läsa; ta bara "
                              "bort den om mappen inte innehåller annat än utdata från "
                              "itvt") from None
        if not isinstance(data, dict) or not isinstance(data.get("journal", []), list):
            raise OutputError(f"{self.marker}: är ingen markeringsfil från itvt")
        data.setdefault("journal", [])
        return data

    def _write(self, data: dict, fd: int | None = None) -> None:
        if fd is None:
            with _directory(self.path) as fd:
                return self._write(data, fd)
        _write_at(fd, MARKER, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())

    def record(self, name: str, kind: str, **extra) -> None:
        """Journal a name before it is made (relative to the folder), with this process's
        pid and start time."""
        with self._mutex, _directory(self.path) as fd:
            data = self._read(fd)
            data["journal"].append({"name": name, "pid": os.getpid(),
                                    "started": process_start(os.getpid()), "kind": kind,
                                    **extra})
            self._write(data, fd)

    def forget(self, name: str) -> None:
        """Drop a name from the journal once it is gone or published."""
        with self._mutex, _directory(self.path) as fd:
            data = self._read(fd)
            data["journal"] = [e for e in data["journal"]
                               if not isinstance(e, dict) or e.get("name") != name]
            self._write(data, fd)

    # -- recovery (only under the lock: no other run is active)
    def published(self, fd: int) -> set[str]:
        """The names recovery never removes: every period's link and the build it points to."""
        names = set()
        for name in os.listdir(fd):
            info = _lstat(name, fd) if PERIOD_RE.match(name) else None
            if info is not None and stat.S_ISLNK(info.st_mode):
                names.add(name)
                names.add(os.path.normpath(os.readlink(name, dir_fd=fd)))
        return names

    def recover(self) -> list[str]:
        """Undo what a killed run left, touching only journalled names that itvt made (see
        `journal_problem`) of a process that no longer runs; return them. An entry that is
        not itvt's is dropped with a warning and its name left alone."""
        with self._mutex, _directory(self.path) as fd:
            data = self._read(fd)
            keep = self.published(fd)
            done, pending = [], []
            for entry in data["journal"]:
                problem = journal_problem(entry)
                name = entry.get("name") if isinstance(entry, dict) else entry
                if problem is not None:
                    log.warning(f'varning: {self.marker}: journalposten "{name}" godtas inte '
                                f"({problem}); inget togs bort")
                    continue
                if process_running(entry["pid"], entry["started"]):
                    pending.append(entry)  # not a killed run's: left as it is
                    continue
                if name not in keep:
                    self._undo(fd, name, entry)
                done.append(name)
            data["journal"] = pending
            self._write(data, fd)
        return done

    def _undo(self, fd: int, name: str, entry: dict) -> None:
        if name.startswith(BUILDS + "/"):
            if _lstat(BUILDS, fd) is None:
                return
            with _directory(BUILDS, fd, self.path / BUILDS) as builds:
                _remove(name.split("/", 1)[1], builds)
            return
        period = name.rsplit("-", 1)[0][len(".old-"):]
        info = _lstat(name, fd)
        if entry["kind"] == "legacy-old" and _lstat(period, fd) is None and info is not None \
                and stat.S_ISDIR(info.st_mode):
            os.rename(name, period, src_dir_fd=fd, dst_dir_fd=fd)  # an old-style swap
        else:
            _remove(name, fd)

    # -- builds and publishing
    def new_build(self, period: str) -> Path:
        """A fresh, journalled build folder `.builds/<period>-<stamp>-<pid>/`."""
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
        name = f"{period}-{stamp}-{os.getpid()}"
        self.record(f"{BUILDS}/{name}", "build", period=period)
        with _directory(self.path) as fd:
            try:
                os.mkdir(BUILDS, dir_fd=fd)
            except FileExistsError:
                pass
            with _directory(BUILDS, fd, self.path / BUILDS) as builds:
                os.mkdir(name, dir_fd=builds)
        return self.path / BUILDS / name

    def publish(self, build: Path, period: str) -> None:
        """Point `O/<period>` at `build` by one atomic rename; drop the old build no link keeps."""
        name = build.name
        with _directory(self.path) as fd, _directory(BUILDS, fd, self.path / BUILDS) as builds:
            info = _lstat(period, fd)
            previous = None
            if info is not None and stat.S_ISLNK(info.st_mode):
                match = _LINK_TARGET_RE.match(os.readlink(period, dir_fd=fd))
                if match is None or match[1] in (".", ".."):
                    raise OutputError(_not_ours(self.path / period, fd, period))
                if match[1] != name:
                    previous = match[1]
                    self.record(f"{BUILDS}/{previous}", "previous", period=period)
            elif info is not None:
                problem = (report_folder_problem(self.path / period, period)
                           if stat.S_ISDIR(info.st_mode) else "ingen mapp")
                if problem:
                    raise OutputError(f"{self.path / period}: är inte en rapport som itvt har "
                                      f"skrivit ({problem}); flytta den för att publicera "
                                      f"{period} här")
            link_name = f".{period}.link-{os.getpid()}"
            self.record(link_name, "link")
            _remove(link_name, fd)
            os.symlink(f"{BUILDS}/{name}", link_name, dir_fd=fd)
            if info is not None and stat.S_ISDIR(info.st_mode):  # an older itvt's report
                retired = f"{period}-retired-{os.getpid()}"
                self.record(f"{BUILDS}/{retired}", "retired")
                _exchange(link_name, period, fd)  # atomic: the old folder now sits at the link
                _retire(link_name, retired, fd, builds)
                self.forget(f"{BUILDS}/{retired}")
            else:
                os.replace(link_name, period, src_dir_fd=fd, dst_dir_fd=fd)
            self.forget(link_name)
            self.forget(f"{BUILDS}/{name}")
            if previous is not None:
                if f"{BUILDS}/{previous}" not in self.published(fd):  # another period's: kept
                    _remove(previous, builds)
                self.forget(f"{BUILDS}/{previous}")

    def discard(self, build: Path) -> None:
        """Remove an unpublished build and its journal entry."""
        with _directory(self.path) as fd, _directory(BUILDS, fd, self.path / BUILDS) as builds:
            _remove(build.name, builds)
        self.forget(f"{BUILDS}/{build.name}")


def _retire(name: str, retired: str, fd: int, builds: int) -> None:
    """Remove an adopted old folder: moved into .builds first, or where it stands when
    .builds is another file system (EXDEV), so the publish that swapped it out holds."""
    try:
        os.rename(name, retired, src_dir_fd=fd, dst_dir_fd=builds)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        _remove(name, fd)
        return
    _remove(retired, builds)


_RENAME_EXCHANGE = 2


def _exchange(a: str, b: str, fd: int) -> None:
    """Swap two names in the folder open as `fd` atomically (Linux renameat2
    RENAME_EXCHANGE); elsewhere three renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        result = renameat2(fd, os.fsencode(a), fd, os.fsencode(b), _RENAME_EXCHANGE)
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), b)
    side = a + ".swap"
    os.rename(b, side, src_dir_fd=fd, dst_dir_fd=fd)
    os.rename(a, b, src_dir_fd=fd, dst_dir_fd=fd)
    os.rename(side, a, src_dir_fd=fd, dst_dir_fd=fd)


