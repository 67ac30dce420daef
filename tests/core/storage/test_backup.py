from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from netwerk_desktop.errors import NotABackup
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.backup import BACKUP_KEEP, list_backups
from netwerk_desktop.workspace import Workspace


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_backup_and_restore_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    # Given a class, backed up to a file
    workspace.classes.create("2.g", "2026/27")
    saved = workspace.backup_now(to=tmp_path / "copy.sqlite3")
    # When the data changes and the backup is restored
    workspace.classes.create("3.h", "2026/27")
    workspace.restore(saved)
    # Then the data is as it was when backed up, and the state before the restore was kept
    assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
    before_restore = [b for b in workspace.list_backups() if b.reason == "before-restore"]
    assert len(before_restore) == 1
    with sqlite3.connect(before_restore[0].path) as db:
        names = {row[0] for row in db.execute("SELECT name FROM school_class")}
    assert names == {"2.g", "3.h"}


def test_daily_backup_at_most_once_a_day_and_only_the_newest_are_kept(
    location: DataLocation,
) -> None:
    clock = Clock(datetime(2026, 9, 1, 8, 0, 0))
    # Opening twice on one day makes one daily backup
    Workspace.open(location, now=clock).close()
    clock.now += timedelta(hours=3)
    Workspace.open(location, now=clock).close()
    assert [b.reason for b in list_backups(location.backup_dir)] == ["daily"]
    # Opening on twenty different days keeps only the newest BACKUP_KEEP
    for _ in range(20):
        clock.now += timedelta(days=1)
        Workspace.open(location, now=clock).close()
    kept = list_backups(location.backup_dir)
    assert len(kept) == BACKUP_KEEP
    assert kept[0].made_at.date() == clock.now.date()


def test_restore_refuses_what_is_not_a_backup(workspace: Workspace, tmp_path: Path) -> None:
    workspace.classes.create("2.g")
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("hello", encoding="utf-8")
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    for bad in (not_sqlite, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(NotABackup):
            workspace.restore(bad)
    # Nothing was lost
    assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
