"""Small files written atomically: a reader sees the old or the new content, never a part
(a temporary file in the same folder, never through a symlink, fsync, rename); see
`outputs`.
"""

from __future__ import annotations

import os
from pathlib import Path


def temp_name(path: Path) -> Path:
    """The temporary file `atomic_write_text` uses for `path` (recorded by callers)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def atomic_write_text(path: Path, text: str) -> Path:
    """Write `path` so a reader sees the old or the new content, never a part (temp file
    in the same folder, never through a symlink, fsync, `os.replace`)."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
                     0o644)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _write_at(fd: int, name: str, data: bytes) -> None:
    """`atomic_write_text` for `name` in the folder open as `fd` (no symlink followed)."""
    tmp = f".{name}.tmp-{os.getpid()}"
    try:
        out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
                      0o644, dir_fd=fd)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(out, view):]
            os.fsync(out)
        finally:
            os.close(out)
        os.replace(tmp, name, src_dir_fd=fd, dst_dir_fd=fd)
    except BaseException:
        try:
            os.unlink(tmp, dir_fd=fd)
        except OSError:
            pass
        raise
