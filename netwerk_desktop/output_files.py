"""Files the app writes for the teacher (PDFs, exports, backup copies) never land on the data.

`check_output_path` refuses a path that is the database, one of its side files, the lock, or
anything inside the backup folder, and paths that are no plain file (a folder, a device,
/proc); `write_output` writes through a temporary name and a rename, creating a missing folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from netwerk_desktop.errors import DiskFull, OutputNotWritten, OutputRefused
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.safe_files import is_disk_full, write_atomically

_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".restoring")


def _protected_files(location: DataLocation) -> set[Path]:
    database = location.database.resolve()
    files = {database.with_name(database.name + suffix) for suffix in _SIDE_SUFFIXES}
    files.add(location.lock_file.resolve())
    files.add(location.pending_erasures.resolve())
    return files


def check_output_path(path: Path, location: DataLocation | None) -> Path:
    """The resolved path to write, or OutputRefused saying why not."""
    try:
        target = path.expanduser().resolve()
    except (OSError, RuntimeError) as exc:
        raise OutputRefused(str(path), "the path cannot be followed") from exc
    if location is not None:
        if target in _protected_files(location):
            raise OutputRefused(str(path), "it is the Netwerk Desktop database or one of its files")
        backup_dir = location.backup_dir.resolve()
        if target == backup_dir or backup_dir in target.parents:
            raise OutputRefused(str(path), "it is inside the backup folder")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputRefused(str(path), exc.strerror or "it cannot be reached") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputRefused(str(path), "it is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefused(str(path), "it is not a plain file")
    if str(target).startswith(("/proc/", "/sys/", "/dev/")):
        raise OutputRefused(str(path), "it is a system folder")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputRefused(str(path), f"{folder} is a file, not a folder")
    return target


def write_output(path: Path, location: DataLocation | None, write: Callable[[Path], None]) -> Path:
    """Check the path, create its folder, write via a temporary file and a rename."""
    target = check_output_path(path, location)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, write, private=False)
    except OutputRefused:
        raise
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull() from exc
        raise OutputNotWritten(str(path), exc.strerror or str(exc)) from exc
    return target


def check_output_folder(folder: Path, location: DataLocation | None) -> Path:
    """A folder to write several files into: not the data folder's backups, not a file."""
    target = check_output_path(folder / "probe", location).parent
    if target.exists() and not target.is_dir():
        raise OutputRefused(str(folder), "it is a file, not a folder")
    if location is not None and target == location.data_dir.resolve():
        raise OutputRefused(str(folder), "it is the Netwerk Desktop data folder")
    return target
