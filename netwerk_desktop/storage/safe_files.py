"""Writing files so that a kill or a power cut leaves either the old file or the whole new one.

Every file the app writes goes to a temporary name in the same folder, is flushed to the disk,
checked where a check exists, and only then renamed to its real name (a rename within a folder
is atomic). Data files are private to the teacher's account: folders 700, files 600.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from netwerk_desktop.private_files import PRIVATE_FILE

# Temporary names start with a dot and hold this marker, so no listing ever takes them for data.
PARTIAL_MARK = ".partial-"


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from the OS, or SQLITE_FULL ("database or disk is full") from SQLite."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.Error):
        return (
            getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or "full" in str(exc).lower()
        )
    return False


def is_read_only_error(exc: BaseException) -> bool:
    """Write-protected media (EROFS) or a folder without write rights (EACCES/EPERM)."""
    return isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{PARTIAL_MARK}{os.getpid()}")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable; Windows cannot open folders and needs no such step."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fsync_path(folder)


def create_private_empty(path: Path) -> None:
    """An empty file born 600, so no other account can read it for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def write_atomically(
    target: Path,
    write: Callable[[Path], None],
    verify: Callable[[Path], None] | None = None,
    private: bool = True,
) -> None:
    """write(temporary path), fsync, verify(temporary path), then rename onto `target`.

    Any failure removes the temporary file and leaves `target` as it was.
    """
    partial = partial_name(target)
    try:
        if private:
            create_private_empty(partial)
        write(partial)
        fsync_path(partial)
        if verify is not None:
            verify(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    fsync_dir(target.parent)


def remove_stale_partials(folder: Path) -> int:
    """Temporary files a killed process left behind (never real data: see write_atomically)."""
    removed = 0
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if not (path.name.startswith(".") and PARTIAL_MARK in path.name and path.is_file()):
            continue
        if _writer_alive(path):
            continue  # a read-only command is writing a backup right now
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def _writer_alive(partial: Path) -> bool:
    pid_text = partial.name.rpartition(PARTIAL_MARK)[2]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    if os.name == "nt":  # os.kill(pid, 0) would end the process there; go by age instead
        try:
            return time.time() - partial.stat().st_mtime < 3600
        except OSError:
            return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
