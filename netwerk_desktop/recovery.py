"""A way back from every damaged state, without opening the damaged database.

`diagnose()` says what state the data folder's database is in; Workspace.open raises the
matching typed error. `Recovery` lists the backups that pass a full check and restores one:
the copy is verified first, the damaged file (and its -wal/-shm) is moved aside under a dated
name, never deleted, and the verified copy takes its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from netwerk_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseNewer,
    DatabaseUnreadable,
    DataFolderUnusable,
    NetwerkError,
    NotABackup,
)
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.lock import DataDirLock, FolderNotWritable
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS, upgrade_to_head
from netwerk_desktop.storage.safe_files import fsync_dir
from netwerk_desktop.storage.sqlite_file import (
    SQLITE_MAGIC,
    count_rows,
    has_user_tables,
    integrity_problems,
    read_schema_revision,
)

DAMAGED_PREFIX = "netwerk-damaged-"


class DatabaseState(StrEnum):
    NEW = "new"  # no database and no backups: a first start
    SOUND = "sound"  # at the schema this version expects
    OLDER = "older"  # sound, at an older schema: upgraded on open after a backup
    MISSING = "missing"  # no database file, but backups exist
    EMPTY = "empty"  # a 0-byte or schema-less file, but backups with data exist
    DAMAGED = "damaged"  # fails the integrity check, or is not an SQLite file
    FOREIGN = "foreign"  # an SQLite file with somebody else's tables
    UNREADABLE = "unreadable"  # the file cannot be read (rights, I/O)
    NEWER = "newer"  # written by a newer Netwerk Desktop


@dataclass(frozen=True)
class Diagnosis:
    state: DatabaseState
    database: Path
    details: str = ""
    revision: str | None = None
    newest_backup: backups.BackupInfo | None = None
    backup_count: int = 0

    @property
    def needs_recovery(self) -> bool:
        """No way forward but a backup (a newer database may also be opened by updating)."""
        return self.state in _NEEDS_RECOVERY

    @property
    def can_open(self) -> bool:
        return self.state in (DatabaseState.NEW, DatabaseState.SOUND, DatabaseState.OLDER)

    def error(self) -> NetwerkError | None:
        """The typed error Workspace.open raises for this state, or None when it can open."""
        database = str(self.database)
        newest = f"{self.newest_backup.made_at:%Y-%m-%d %H:%M}" if self.newest_backup else ""
        match self.state:
            case DatabaseState.MISSING:
                return DatabaseMissing(database, self.backup_count, newest)
            case DatabaseState.EMPTY:
                return DatabaseEmpty(database, self.backup_count, newest)
            case DatabaseState.DAMAGED | DatabaseState.FOREIGN:
                return DatabaseDamaged(database, self.details)
            case DatabaseState.UNREADABLE:
                return DatabaseUnreadable(database, self.details)
            case DatabaseState.NEWER:
                return DatabaseNewer(database, self.revision or "?", HEAD_REVISION)
            case _:
                return None


_NEEDS_RECOVERY = frozenset(
    {
        DatabaseState.MISSING,
        DatabaseState.EMPTY,
        DatabaseState.DAMAGED,
        DatabaseState.FOREIGN,
        DatabaseState.UNREADABLE,
    }
)


def check_data_folder(location: DataLocation) -> None:
    """Refuse a data folder path that cannot hold data, with the reason (never a traceback)."""
    folder = location.data_dir
    if folder.exists() and not folder.is_dir():
        raise DataFolderUnusable(str(folder), "it is a file, not a folder")
    if location.lock_file.is_dir():
        raise DataFolderUnusable(
            str(folder), f"{location.lock_file.name} in it is a folder; move that folder away"
        )
    if location.backup_dir.exists() and not location.backup_dir.is_dir():
        raise DataFolderUnusable(str(folder), f"{location.backup_dir.name} in it is a file")
    if folder.exists() and not os.access(folder, os.R_OK | os.X_OK):
        raise DataFolderUnusable(str(folder), "this account may not read it")


def _good_backups(location: DataLocation) -> list[backups.BackupInfo]:
    return [info for info in backups.list_backups(location.backup_dir) if _sound(info.path)]


def _sound(path: Path) -> bool:
    try:
        backups.check_backup_file(path, KNOWN_REVISIONS)
    except NotABackup:
        return False
    return True


def diagnose(location: DataLocation) -> Diagnosis:
    """The database's state, read without changing anything (read-only, no SQLAlchemy)."""
    database = location.database

    def with_backups(state: DatabaseState, details: str = "") -> Diagnosis:
        good = _good_backups(location)
        return Diagnosis(state, database, details, None, good[0] if good else None, len(good))

    if database.is_dir():  # restoring moves it aside like a damaged file
        return with_backups(DatabaseState.DAMAGED, "it is a folder, not a database file")
    if not database.exists():
        found = with_backups(DatabaseState.MISSING)
        return found if found.backup_count else Diagnosis(DatabaseState.NEW, database)
    try:
        with database.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return Diagnosis(DatabaseState.UNREADABLE, database, exc.strerror or str(exc))
    if not header:
        return _empty(location)
    if header != SQLITE_MAGIC:
        return with_backups(DatabaseState.DAMAGED, "it is not an SQLite database")
    problems = integrity_problems(database, recover=_writable(database))
    if problems:
        if any("unable to open" in problem for problem in problems):
            return Diagnosis(DatabaseState.UNREADABLE, database, problems[0])
        return with_backups(DatabaseState.DAMAGED, "; ".join(problems[:3]))
    try:
        revision = read_schema_revision(database)
        foreign = revision is None and has_user_tables(database)
    except sqlite3.Error as exc:
        return with_backups(DatabaseState.DAMAGED, str(exc))
    if foreign:
        return with_backups(DatabaseState.FOREIGN, "it holds no Netwerk Desktop schema")
    if revision is None:
        return _empty(location)
    if revision not in KNOWN_REVISIONS:
        return Diagnosis(DatabaseState.NEWER, database, revision=revision)
    state = DatabaseState.SOUND if revision == HEAD_REVISION else DatabaseState.OLDER
    return Diagnosis(state, database, revision=revision)


def _writable(database: Path) -> bool:
    return os.access(database.parent, os.W_OK) and os.access(database, os.W_OK)


def _empty(location: DataLocation) -> Diagnosis:
    """An empty file is a new start only when no backup holds data: never silently replace
    the teacher's data with nothing."""
    with_data = [info for info in _good_backups(location) if backups.holds_data(info.path)]
    if not with_data:
        return Diagnosis(DatabaseState.NEW, location.database)
    return Diagnosis(DatabaseState.EMPTY, location.database, "", None, with_data[0], len(with_data))


@dataclass(frozen=True)
class RecoverableBackup:
    """A backup that passed the full check, with what it holds, for the recovery window."""

    path: Path
    made_at: datetime
    reason: str
    size_bytes: int
    schema_revision: str
    classes: int
    students: int


@dataclass(frozen=True)
class RecoveryOutcome:
    restored_from: Path
    moved_aside: tuple[Path, ...]  # the damaged file and its side files, kept


class Recovery:
    """Lists and restores backups for a data folder whose database cannot be opened.

    Works without opening the database: a damaged, missing, empty or unreadable file is only
    ever moved aside. Needs the data folder's lock, like any change.
    """

    def __init__(self, location: DataLocation, extra_folders: tuple[Path, ...] = ()) -> None:
        self.location = location
        self._folders = (location.backup_dir, *extra_folders)

    def diagnose(self) -> Diagnosis:
        return diagnose(self.location)

    def backups(self) -> list[RecoverableBackup]:
        """Every backup that passes the full check (integrity and schema), newest first."""
        found: list[RecoverableBackup] = []
        for folder in self._folders:
            for info in backups.list_backups(folder):
                try:
                    revision = backups.check_backup_file(info.path, KNOWN_REVISIONS)
                except NotABackup:
                    continue
                found.append(
                    RecoverableBackup(
                        info.path,
                        info.made_at,
                        info.reason,
                        info.size_bytes,
                        revision,
                        count_rows(info.path, "school_class") or 0,
                        count_rows(info.path, "student") or 0,
                    )
                )
        found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
        return found

    def newest_with_data(self) -> RecoverableBackup | None:
        return next((b for b in self.backups() if b.classes), None)

    def resolve(self, name_or_path: Path) -> Path:
        """A path, or the bare name of a file in the backup folder."""
        if name_or_path.exists() or name_or_path.parent != Path("."):
            return name_or_path
        for folder in self._folders:
            candidate = folder / name_or_path.name
            if candidate.exists():
                return candidate
        return name_or_path

    def restore(self, source: Path, now: datetime | None = None) -> RecoveryOutcome:
        """Put a verified copy of `source` in place of the database; the old file is kept."""
        lock = DataDirLock(self.location.lock_file)
        try:
            lock.acquire()
        except FolderNotWritable as exc:
            raise DataFolderUnusable(str(self.location.data_dir), "it cannot be written") from exc
        try:
            return self._restore_locked(source, now or datetime.now())
        finally:
            lock.release()

    def _restore_locked(self, source: Path, now: datetime) -> RecoveryOutcome:
        revision = backups.check_backup_file(source, KNOWN_REVISIONS)
        database = self.location.database
        incoming = database.with_name(database.name + ".restoring")
        backups.copy_database(source, incoming)  # verified before anything is moved
        backups.use_write_ahead_log(incoming)
        moved = move_aside(database, now)
        os.replace(incoming, database)
        fsync_dir(database.parent)
        if revision != HEAD_REVISION:
            upgrade_to_head(database)
        return RecoveryOutcome(source, moved)


def move_aside(database: Path, now: datetime) -> tuple[Path, ...]:
    """Rename the database and its side files to netwerk-damaged-<time>.sqlite3[-wal|-shm]."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{DAMAGED_PREFIX}{stamp}.sqlite3")
    serial = 1
    while target.exists():
        target = database.with_name(f"{DAMAGED_PREFIX}{stamp}-{serial}.sqlite3")
        serial += 1
    moved: list[Path] = []
    for suffix in ("-wal", "-shm", "-journal"):
        side = database.with_name(database.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(side, target.with_name(target.name + suffix))
            moved.append(target.with_name(target.name + suffix))
    if database.exists():
        os.replace(database, target)
        moved.insert(0, target)
    fsync_dir(database.parent)
    return tuple(moved)
