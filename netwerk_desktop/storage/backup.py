"""Backups with SQLite's online backup API: consistent even while the database is open.

A backup is a plain SQLite file named `netwerk-YYYYMMDD-HHMMSS-<reason>.sqlite3` in the backup
folder. The app makes one a day, one before every migration and one before anything destructive;
the newest BACKUP_KEEP are kept.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from netwerk_desktop.errors import DiskFull, NotABackup
from netwerk_desktop.storage.sqlite_file import (
    integrity_problems,
    read_only_uri,
    read_schema_revision,
)

BACKUP_KEEP = 14
_NAME = re.compile(r"^netwerk-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size_bytes: int


def copy_database(source: Path, target: Path) -> None:
    """Copy with the backup API (not a file copy, which could catch a half-written page).

    Into an existing database (a restore) the copy is one transaction on the target: a failure
    leaves the target as it was. A new file that failed half-way is removed.
    """
    new_file = not target.exists()
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        if new_file:
            target.unlink(missing_ok=True)
        if "full" in str(exc).lower():
            raise DiskFull() from exc
        raise
    finally:
        src.close()


def make_backup(database: Path, backup_dir: Path, reason: str, now: datetime) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"netwerk-{stamp}-{reason}.sqlite3"
    serial = 1
    while target.exists():  # two backups in one second (a migration right after a daily one)
        target = backup_dir / f"netwerk-{stamp}-{serial}-{reason}.sqlite3"
        serial += 1
    copy_database(database, target)
    prune_backups(backup_dir)
    return target


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        made_at = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        serial = int(match.group(3) or 0)
        found.append(
            BackupInfo(
                path, made_at.replace(microsecond=serial), match.group(4), path.stat().st_size
            )
        )
    found.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return found


def prune_backups(backup_dir: Path, keep: int = BACKUP_KEEP) -> None:
    for old in list_backups(backup_dir)[keep:]:
        old.path.unlink(missing_ok=True)


def backup_due(backup_dir: Path, today: date) -> bool:
    """At most one daily backup: due when none was made today."""
    return not any(info.made_at.date() == today for info in list_backups(backup_dir))


def check_backup_file(path: Path, known_revisions: tuple[str, ...]) -> str:
    """Return the schema revision of a file that is a sound backup of ours, or raise NotABackup."""
    if not path.is_file():
        raise NotABackup(str(path), "no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotABackup(str(path), "not an SQLite database")
    problems = integrity_problems(path)
    if problems:
        raise NotABackup(str(path), "damaged: " + "; ".join(problems[:3]))
    revision = read_schema_revision(path)
    if revision is None:
        raise NotABackup(str(path), "no Netwerk Desktop data in it")
    if revision not in known_revisions:
        raise NotABackup(str(path), f"made by a newer version (schema {revision})")
    return revision
