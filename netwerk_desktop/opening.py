"""What opening a data folder does before the services exist: decide how it can be opened
(for writing, read-only because the folder is write-protected or the disk is full, with a
rollback journal on a network drive), bring the schema up to date after a backup, make the
daily backup, and tidy what a killed process left. Problems that do not stop the opening are
collected as warnings the UI shows and the command line prints.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from netwerk_desktop.errors import (
    DataFolderUnusable,
    DiskFull,
    NetwerkError,
    ReadOnly,
    ReadOnlyReason,
)
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.private_files import make_private, make_private_dir
from netwerk_desktop.recovery import DatabaseState, Diagnosis, check_data_folder
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.lock import DataDirLock, FolderNotWritable
from netwerk_desktop.storage.migrate import HEAD_REVISION, upgrade_to_head
from netwerk_desktop.storage.network_drive import is_network_path
from netwerk_desktop.storage.safe_files import is_disk_full, remove_stale_partials
from netwerk_desktop.storage.sqlite_file import Access

log = logging.getLogger(__name__)

# Below this much free space nothing is saved: the data opens read-only (a write that fails
# half-way through is safe in SQLite, but a teacher should hear "disk full" before working).
MIN_FREE_BYTES = 1024 * 1024
SECOND_COPY_SETTING = "backups/second_folder"


class WarningCode(StrEnum):
    DAILY_BACKUP_SKIPPED_DISK_FULL = "daily_backup_skipped_disk_full"
    DAILY_BACKUP_SKIPPED_READ_ONLY = "daily_backup_skipped_read_only"
    DAILY_BACKUP_FAILED = "daily_backup_failed"
    SECOND_COPY_FAILED = "second_copy_failed"
    NETWORK_FOLDER = "network_folder"
    ERASURE_FINISHED = "erasure_finished"


@dataclass(frozen=True)
class OpenWarning:
    """Something the teacher should hear about, though the data opened: `detail` is English for
    the log and the command line; the UI words it from `code` and `params`."""

    code: WarningCode
    detail: str
    params: tuple[tuple[str, str], ...] = ()


def free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def take_lock(
    location: DataLocation, read_only: bool
) -> tuple[DataDirLock | None, ReadOnlyReason | None]:
    """The data folder's lock for writing, or why the data opens read-only without it."""
    check_data_folder(location)
    location.ensure()
    if not location.data_dir.is_dir():
        raise DataFolderUnusable(str(location.data_dir), "it does not exist and cannot be made")
    if read_only:
        return None, ReadOnlyReason.IN_USE
    if not folder_writable(location.data_dir):
        return None, ReadOnlyReason.FOLDER_READ_ONLY
    lock = DataDirLock(location.lock_file)
    try:
        lock.acquire()
    except FolderNotWritable:
        return None, ReadOnlyReason.FOLDER_READ_ONLY
    return lock, None


def access_warnings(access: Access, reason: ReadOnlyReason | None) -> list[OpenWarning]:
    found: list[OpenWarning] = []
    if access is Access.NETWORK:
        detail = (
            "The data folder is on a network drive: it is used with a rollback journal and"
            " locked for as long as it is open."
        )
        found.append(OpenWarning(WarningCode.NETWORK_FOLDER, detail))
    if reason is ReadOnlyReason.DISK_FULL:
        detail = "The disk is full: the data is open read-only and no backup was made."
        found.append(OpenWarning(WarningCode.DAILY_BACKUP_SKIPPED_DISK_FULL, detail))
    return found


def choose_access(location: DataLocation, reason: ReadOnlyReason | None) -> Access:
    if reason in (ReadOnlyReason.FOLDER_READ_ONLY, ReadOnlyReason.DISK_FULL):
        return Access.READ_ONLY
    if is_network_path(location.data_dir):
        return Access.NETWORK
    return Access.LOCAL


def prepare_database(
    location: DataLocation,
    diagnosis: Diagnosis,
    now: datetime,
    reason: ReadOnlyReason | None,
    network: bool,
) -> None:
    """Create or upgrade the schema (after a backup of the old file). Raises the diagnosis's
    error for a database that needs recovery, and ReadOnly when a needed change cannot be made."""
    error = diagnosis.error()
    if error is not None:
        raise error
    if diagnosis.state is DatabaseState.SOUND:
        return
    if reason is not None:
        raise DiskFull() if reason is ReadOnlyReason.DISK_FULL else ReadOnly(reason)
    database = location.database
    if diagnosis.state is DatabaseState.OLDER:
        backups.make_backup(database, location.backup_dir, "before-upgrade", now)
        log.info("Upgrading %s from schema %s to %s", database, diagnosis.revision, HEAD_REVISION)
    try:
        upgrade_to_head(database, network=network)
    except Exception as exc:
        if is_disk_full(exc) or is_disk_full(getattr(exc, "orig", exc) or exc):
            raise DiskFull() from exc
        raise
    make_private(database)


def tidy(location: DataLocation) -> None:
    """Remove what a killed process left (temporary copies, a half-made restore copy, stale
    previews) and make our files private. Only the lock holder calls this."""
    remove_stale_partials(location.data_dir)
    remove_stale_partials(location.backup_dir)
    with contextlib.suppress(OSError):
        location.database.with_name(location.database.name + ".restoring").unlink()
    clean_previews(location.previews_dir)
    make_private(location.database)
    backups.tighten_backups(location.backup_dir)


PREVIEW_PREFIX = "preview-"  # what the app names its preview files and folders


def clean_previews(folder: Path) -> int:
    """Preview PDFs name students; none outlives the session that made it. Removes the files
    in `folder` and the folders the app made there (named `preview-…`); nothing else."""
    removed = 0
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if path.is_file() or path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
        elif path.is_dir() and path.name.startswith(PREVIEW_PREFIX):
            inside = sum(1 for item in path.rglob("*") if item.is_file())
            shutil.rmtree(path, ignore_errors=True)
            removed += inside if not path.exists() else 0
    return removed


def daily_backup(
    location: DataLocation,
    now: datetime,
    second_folder: Callable[[], Path | None] = lambda: None,
) -> list[OpenWarning]:
    """The day's backup, unless one exists, the disk is nearly full, or the database is empty
    while a backup with data exists (an empty file must never push good backups out)."""
    if not backups.backup_due(location.backup_dir, now.date()):
        return []
    database = location.database
    size = database.stat().st_size if database.exists() else 0
    if free_bytes(location.data_dir) < size + MIN_FREE_BYTES:
        detail = "The disk is nearly full: today's automatic backup was not made."
        log.warning(detail)
        return [OpenWarning(WarningCode.DAILY_BACKUP_SKIPPED_DISK_FULL, detail)]
    if not backups.holds_data(database, immutable=False) and any(
        backups.holds_data(info.path) for info in backups.list_backups(location.backup_dir)
    ):
        return []
    try:
        made = backups.make_backup(database, location.backup_dir, "daily", now)
    except (NetwerkError, OSError) as exc:
        code = (
            WarningCode.DAILY_BACKUP_SKIPPED_DISK_FULL
            if isinstance(exc, DiskFull) or is_disk_full(exc)
            else WarningCode.DAILY_BACKUP_FAILED
        )
        detail = f"Today's automatic backup could not be made: {exc}"
        log.warning(detail)
        return [OpenWarning(code, detail)]
    return copy_to_second_folder(made, second_folder(), now)


def copy_to_second_folder(
    made: Path, second_folder: Path | None, now: datetime
) -> list[OpenWarning]:
    """A second verified copy of a backup elsewhere (a home drive, a USB stick), kept by the
    same rules as the first."""
    if second_folder is None:
        return []
    try:
        make_private_dir(second_folder)
        backups.copy_database(made, second_folder / made.name)
        backups.prune_backups(second_folder, now.date())
    except (NetwerkError, OSError) as exc:
        detail = f"The second copy in {second_folder} could not be made: {exc}"
        log.warning(detail)
        return [
            OpenWarning(WarningCode.SECOND_COPY_FAILED, detail, (("folder", str(second_folder)),))
        ]
    return []
