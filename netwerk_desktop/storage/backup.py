"""Backups with SQLite's online backup API: consistent even while the database is open.

A backup is a plain SQLite file named `netwerk-YYYYMMDD-HHMMSS-<reason>.sqlite3` in the backup
folder. The app makes one a day, one before every migration and one before anything destructive;
retention.py says which are kept.

Every backup is written to a temporary name, switched to rollback-journal mode (so it opens on
write-protected media), flushed to the disk, checked with `integrity_check`, and only then
renamed: a file with a backup's name is always a whole, verified backup. Backups are inspected
read-only and immutable, never changed by looking at them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from netwerk_desktop.errors import DiskFull, NotABackup
from netwerk_desktop.private_files import make_private, make_private_dir
from netwerk_desktop.storage.retention import backups_to_keep
from netwerk_desktop.storage.safe_files import (
    is_disk_full,
    remove_stale_partials,
    write_atomically,
)
from netwerk_desktop.storage.sqlite_file import (
    count_rows,
    integrity_problems,
    looks_like_sqlite,
    read_only_uri,
    read_schema_revision,
)

# Kept for callers that showed a number; retention is by time and kind now (retention.py).
BACKUP_KEEP = 14
_NAME = re.compile(r"^netwerk-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size_bytes: int


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def _copy_into(source: Path, partial: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A WAL-mode backup reads as "damaged" on write-protected media: make it a plain file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def verify_copy(path: Path) -> None:
    problems = integrity_problems(path, immutable=True)
    if problems:
        raise NotABackup(str(path), "the copy did not verify: " + "; ".join(problems[:3]))


def copy_database(source: Path, target: Path) -> None:
    """Copy with the backup API (not a file copy, which could catch a half-written page) to a
    temporary name, verify it, then rename it to `target`; `target` is never half written."""
    try:
        write_atomically(target, lambda partial: _copy_into(source, partial), verify_copy)
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc):
            raise DiskFull() from exc
        raise


def backup_name(backup_dir: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"netwerk-{stamp}-{reason}.sqlite3"
    serial = 1
    while target.exists():  # two backups in one second (a migration right after a daily one)
        target = backup_dir / f"netwerk-{stamp}-{serial}-{reason}.sqlite3"
        serial += 1
    return target


def make_backup(
    database: Path,
    backup_dir: Path,
    reason: str,
    now: datetime,
    protected: Collection[Path] = (),
) -> Path:
    make_private_dir(backup_dir)
    target = backup_name(backup_dir, reason, now)
    copy_database(database, target)
    prune_backups(backup_dir, now.date(), protected)
    return target


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        made_at = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    serial = int(match.group(3) or 0)
    return BackupInfo(path, made_at.replace(microsecond=serial), match.group(4), size)


def backup_files(backup_dir: Path) -> list[BackupInfo]:
    """Every file named like a backup, whatever is in it, newest first (erasure visits them all)."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        info = _parse(path)
        if info is not None and path.is_file():
            found.append(info)
    found.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return found


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups that can be restored, newest first: a 0-byte or foreign file named like a
    backup is not one (a full check runs before a restore: check_backup_file)."""
    return [info for info in backup_files(backup_dir) if looks_like_sqlite(info.path)]


def holds_data(path: Path, immutable: bool = True) -> bool:
    """A database with at least one class in it (an empty database's backup holds none).
    Backups are read immutable; the live database is not (its -wal may hold the newest)."""
    if immutable:
        settle(path)
    return bool(count_rows(path, "school_class", immutable))


def prune_backups(
    backup_dir: Path, today: date | None = None, protected: Collection[Path] = ()
) -> list[Path]:
    """Remove what retention does not keep, orphan -wal/-shm files and stale temporary files.
    Files that are not verified backups are never removed here (a person may need them)."""
    today = today or date.today()
    listed = list_backups(backup_dir)
    keep = backups_to_keep(listed, today, lambda info: holds_data(info.path), protected)
    removed: list[Path] = []
    for info in listed:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    _remove_orphan_side_files(backup_dir)
    remove_stale_partials(backup_dir)
    return removed


def _remove_orphan_side_files(backup_dir: Path) -> None:
    """-wal/-shm files beside backups (left by an older version's WAL-mode backups)."""
    if not backup_dir.is_dir():
        return
    for path in backup_dir.iterdir():
        for suffix in _SIDE_FILES:
            if path.name.endswith(".sqlite3" + suffix):
                owner = path.with_name(path.name.removesuffix(suffix))
                if not owner.exists():
                    with contextlib.suppress(OSError):
                        path.unlink()


def tighten_backups(backup_dir: Path) -> None:
    for info in backup_files(backup_dir):
        make_private(info.path)


def backup_due(backup_dir: Path, today: date) -> bool:
    """At most one daily backup: due when none was made today."""
    return not any(info.made_at.date() == today for info in list_backups(backup_dir))


def settle(path: Path) -> None:
    """Let SQLite finish what a killed process left beside a backup before it is read immutable:
    roll back a hot journal (an erasure killed mid-way), fold in an old -wal. Immutable reads
    would otherwise see half a transaction. Safe while another process writes the file (SQLite's
    locks keep a live transaction's journal alone); on write-protected media nothing is done."""
    if not any(path.with_name(path.name + side).exists() for side in ("-journal", "-wal")):
        return
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return


def check_backup_file(path: Path, known_revisions: tuple[str, ...]) -> str:
    """Return the schema revision of a file that is a sound backup of ours, or raise NotABackup.
    The file is read immutable: nothing is written beside it (it may be on a read-only stick)."""
    settle(path)
    try:
        if not path.is_file():
            raise NotABackup(str(path), "no such file")
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise NotABackup(str(path), "not an SQLite database")
    except OSError as exc:
        raise NotABackup(str(path), exc.strerror or "cannot be read") from exc
    problems = integrity_problems(path, immutable=True)
    if problems:
        raise NotABackup(str(path), "damaged: " + "; ".join(problems[:3]))
    revision = read_schema_revision(path, immutable=True)
    if revision is None:
        raise NotABackup(str(path), "no Netwerk Desktop data in it")
    if revision not in known_revisions:
        raise NotABackup(str(path), f"made by a newer version (schema {revision})")
    return revision


def use_write_ahead_log(database: Path) -> None:
    """Switch a copy that becomes the live database to WAL before it is renamed into place: the
    switch writes the file, and a kill during it must hit the copy, not the live data."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def remove_side_files(database: Path) -> None:
    for suffix in _SIDE_FILES:
        side = database.with_name(database.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def replace_database(source: Path, database: Path) -> None:
    """Put a verified copy of `source` in place of `database` (closed by every connection).

    The copy is whole before the rename; the old file's -wal/-shm go first so SQLite never
    applies an old log to the new file.
    """
    partial_target = database.with_name(database.name + ".restoring")
    copy_database(source, partial_target)
    try:
        use_write_ahead_log(partial_target)
        remove_side_files(database)
        os.replace(partial_target, database)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial_target.unlink()
