"""The output folder's journal: which temporary names itvt made, and whether an entry is
one itvt could have made and its process has ended (see `outputs`, "Journal").
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_STAMP = r"\d{8}T\d{12}"
# The names each kind of journal entry has when itvt makes it (`pid`: the recorder's).
JOURNAL_NAMES = {
    "build": re.compile(rf"^\.builds/\d{{4}}-\d{{2}}-{_STAMP}-(?P<pid>\d+)$"),
    "previous": re.compile(rf"^\.builds/\d{{4}}-\d{{2}}-(?:{_STAMP}-\d+|retired-\d+)$"),
    "retired": re.compile(r"^\.builds/\d{4}-\d{2}-retired-(?P<pid>\d+)$"),
    "link": re.compile(r"^\.\d{4}-\d{2}\.link-(?P<pid>\d+)$"),
    "tmp": re.compile(r"^\.index\.html\.tmp-(?P<pid>\d+)$"),
    "legacy-tmp": re.compile(r"^\.tmp-\d{4}-\d{2}-(?P<pid>\d+)$"),
    "legacy-old": re.compile(r"^\.old-\d{4}-\d{2}-(?P<pid>\d+)$"),
}


def process_start(pid: int) -> str | None:
    """A running process's identity across pid reuse: the boot's id and the process's start
    time in clock ticks (Linux /proc); None when it does not run or cannot be told."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        return f"{boot}:{fields[19]}"
    except (OSError, IndexError):
        return None


def process_running(pid: int, started: str | None) -> bool:
    """Whether the process a journal entry names still runs: a live process with its pid
    and, where both are known, its start time. The current process does not count: it
    recovers before it makes anything, so an entry of its own is a leftover."""
    if pid == os.getpid() and started == process_start(pid):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it runs
    except (OverflowError, ValueError):
        return False
    now = process_start(pid)
    return now is None or started is None or now == started


def journal_problem(entry) -> str | None:
    """Why a journal entry is not one itvt made (None when it is): a known kind, a name of
    the form that kind has in the folder, the recorder's pid in the name where it has one,
    and the recorder's start time."""
    if not isinstance(entry, dict):
        return "ingen journalpost"
    kind, name, pid = entry.get("kind"), entry.get("name"), entry.get("pid")
    pattern = JOURNAL_NAMES.get(kind) if isinstance(kind, str) else None
    if pattern is None:
        return f"okänd sort {kind!r}"
    match = pattern.fullmatch(name) if isinstance(name, str) else None
    if match is None:
        return f"inget namn itvt ger en post av sorten {kind}"
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return "inget pid"
    if "pid" in match.groupdict() and int(match["pid"]) != pid:
        return "pid stämmer inte med namnet"
    if "started" not in entry:
        return "processens starttid saknas"
    return None
