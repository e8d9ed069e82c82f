"""`O/runs.log`: one JSON line per run, written with one `write` on an O_APPEND file; a
torn or foreign line is skipped with a warning when read; a symlink is neither read nor
written (see `outputs`, "runs.log").
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
from pathlib import Path

from .atomic_files import _write_at

log = logging.getLogger("itvt")

RUNS_LOG = "runs.log"
RUNS_LOG_LINK = ("varning: {path}: är en symbolisk länk; itvt läser och skriver inte genom "
                 "länkar, så körningsloggen används inte (ersätt länken med en vanlig fil)")


def append_run_log(output_dir: Path, record: dict) -> None:
    """Append one JSON line to `O/runs.log` with a single `write` on an O_APPEND file; a
    torn last line (no newline) is ended first, in the same write; a runs.log with another
    name (a hard link) is replaced by a new file, so the other name's file is untouched."""
    path = Path(output_dir) / RUNS_LOG
    line = run_log_line(record)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW,
                 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line
        if os.fstat(fd).st_nlink > 1:  # a hard link: a fresh file, the other name untouched
            folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            try:
                _write_at(folder, RUNS_LOG, os.pread(fd, size, 0) + line)
            finally:
                os.close(folder)
            return
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def run_log_line(record: dict) -> bytes:
    """A record as one UTF-8 JSON line; a character UTF-8 cannot hold (the undecodable byte
    of a file name, b"\\xff" read as "\\udcff") is written as its JSON escape."""
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def read_run_log(output_dir: Path) -> list[dict]:
    """The records of `O/runs.log`; a torn or foreign line is skipped with a warning."""
    path = Path(output_dir) / RUNS_LOG
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except FileNotFoundError:
        return []
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        log.warning(RUNS_LOG_LINK.format(path=path))
        return []
    with open(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            log.warning(f"varning: {path}: är ingen vanlig fil; körningarna i den visas inte")
            return []
        raw = handle.read()
    records = []
    for number, line in enumerate(raw.decode("utf-8", "replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):   # RecursionError: brackets nested beyond reason
            record = None
        if not _a_record(record):
            log.warning("varning: %s:%d: raden är ingen körningspost och hoppas över", path, number)
            continue
        records.append(record)
    return records


def _a_record(record) -> bool:
    """Whether a parsed line is a run's record as itvt writes it: its periods (texts), its
    exit code (a whole number) and, when there, the time it finished (a text)."""
    if not isinstance(record, dict):
        return False
    periods, code = record.get("periods"), record.get("exit_code")
    return isinstance(periods, list) and all(isinstance(p, str) for p in periods) \
        and isinstance(code, int) and not isinstance(code, bool) \
        and isinstance(record.get("finished", ""), str)
