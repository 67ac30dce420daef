"""One writer per data folder: an OS-level lock on a file in the data folder, with `filelock`.

The operating system drops the lock when the process ends, even after a crash or a power cut.
The file stays behind; a file another account left (which this account may not be able to
open for writing) is reclaimed when nobody holds it. The holder's name is written beside the
lock for the message a second copy shows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
from pathlib import Path

import filelock

from netwerk_desktop.errors import DataDirInUse, DataFolderUnusable

HOLDER_SUFFIX = ".holder"
# Readable by others (it holds only "pid N on HOST"), so another account on a shared PC can
# test whether the lock is still held and take over a stale one.
LOCK_FILE_MODE = 0o644


class FolderNotWritable(Exception):
    """The lock cannot be created: the data folder is write-protected or not ours to write."""


class LockNotCheckable(Exception):
    """A lock file of another account that this account may not even read."""


def _held_by_someone(path: Path) -> bool:
    """Whether a lock file we cannot write is held: lock a read-only handle to test it."""
    if sys.platform == "win32":
        return True  # a file another account still has open cannot be tested here; assume held
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except PermissionError as exc:
        raise LockNotCheckable(str(path)) from exc
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops a lock we took
    return False


class DataDirLock:
    """Held for as long as a workspace is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.holder_file = path.with_name(path.name + HOLDER_SUFFIX)
        self._lock = filelock.FileLock(
            path, mode=LOCK_FILE_MODE, timeout=0, thread_local=False, is_singleton=False
        )

    def acquire(self) -> None:
        if self.path.is_dir():
            raise DataFolderUnusable(str(self.path.parent), f"{self.path.name} is a folder")
        try:
            self._acquire_once()
        except PermissionError:
            # A lock file left by another account: take it over if nobody holds it any more.
            try:
                held = _held_by_someone(self.path)
            except LockNotCheckable:
                raise DataFolderUnusable(
                    str(self.path.parent),
                    f"its lock file {self.path} belongs to another account. If Netwerk Desktop"
                    " is not open on any account, delete that file and try again",
                ) from None
            if held:
                raise DataDirInUse(str(self.path.parent), self._holder()) from None
            try:
                self.path.unlink()
            except OSError as exc:
                raise FolderNotWritable(str(exc)) from exc
            try:
                self._acquire_once()
            except PermissionError as exc:
                raise FolderNotWritable(str(exc)) from exc
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise FolderNotWritable(str(exc)) from exc
            raise
        self._write_holder()

    def _acquire_once(self) -> None:
        try:
            self._lock.acquire(blocking=False)
        except filelock.Timeout:
            raise DataDirInUse(str(self.path.parent), self._holder()) from None

    def _holder(self) -> str:
        try:
            text = self.holder_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            text = ""
        return text or "unknown"

    def _write_holder(self) -> None:
        text = f"pid {os.getpid()} on {socket.gethostname()}"
        with contextlib.suppress(OSError):
            fd = os.open(self.holder_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, LOCK_FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        with contextlib.suppress(OSError):
            self.holder_file.unlink()
        self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
