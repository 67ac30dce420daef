from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from netwerk_desktop.errors import DiskFull, NotABackup
from netwerk_desktop.opening import daily_backup
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.backup import list_backups
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS
from netwerk_desktop.workspace import Workspace


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _class_names(database: Path) -> set[str]:
    with sqlite3.connect(database) as db:
        return {row[0] for row in db.execute("SELECT name FROM school_class")}


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
    assert _class_names(before_restore[0].path) == {"2.g", "3.h"}


def test_a_backup_is_a_verified_rollback_journal_file_readable_from_write_protected_media(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.classes.create("2.g")
    made = workspace.backup_now("manual")
    # Header bytes 18/19 are 1 for a rollback journal (2 would be WAL)
    header = made.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # On a write-protected folder (a read-only stick) it is inspected without writing beside it
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / made.name
    copy.write_bytes(made.read_bytes())
    os.chmod(stick, 0o555)
    try:
        assert backups.check_backup_file(copy, KNOWN_REVISIONS) == HEAD_REVISION
        assert list(stick.iterdir()) == [copy]  # no -wal, no -shm, no journal
    finally:
        os.chmod(stick, 0o755)


def test_a_crash_leaves_no_half_backup_under_a_backup_name(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a backup that fails while it is being written (the disk fills up)
    def full(_source: Path, partial: Path) -> None:
        partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_into", full)
    before = workspace.list_backups()
    with pytest.raises(DiskFull):
        workspace.backup_now("before-restore")
    # Then there is no new file at all: no temporary leftover, nothing listed
    assert workspace.list_backups() == before
    assert sorted(p.name for p in workspace.location.backup_dir.iterdir()) == sorted(
        b.path.name for b in before
    )


def test_zero_byte_and_foreign_files_named_like_backups_are_not_listed(
    workspace: Workspace,
) -> None:
    folder = workspace.location.backup_dir
    (folder / "netwerk-20260101-080000-before-restore.sqlite3").write_bytes(b"")
    (folder / "netwerk-20260102-080000-manual.sqlite3").write_text("not a database")
    listed = {b.path.name for b in workspace.list_backups()}
    assert "netwerk-20260101-080000-before-restore.sqlite3" not in listed
    assert "netwerk-20260102-080000-manual.sqlite3" not in listed


def test_daily_backups_are_kept_by_time_and_manual_ones_have_their_own_budget(
    location: DataLocation,
) -> None:
    clock = Clock(datetime(2026, 1, 1, 8, 0, 0))
    with Workspace.open(location, now=clock) as workspace:
        workspace.classes.create("2.g")
    # Opening twice on one day makes one daily backup
    clock.now += timedelta(hours=3)
    Workspace.open(location, now=clock).close()
    assert [b.reason for b in list_backups(location.backup_dir)] == ["daily"]
    # A year of school days (the daily step of every opening)
    for _ in range(364):
        clock.now += timedelta(days=1)
        daily_backup(location, clock.now)
    # Twenty "Back up now" clicks never push a daily backup out
    with Workspace.open(location, now=clock) as workspace:
        for _ in range(20):
            workspace.backup_now("manual")
    kept = list_backups(location.backup_dir)
    dailies = [b.made_at.date() for b in kept if b.reason == "daily"]
    today = clock.now.date()
    # every one of the last 14 days, a weekly for 8 weeks, a monthly for 12 months
    assert all(today - timedelta(days=n) in dailies for n in range(14))
    assert len({d.isocalendar()[:2] for d in dailies}) >= 8
    assert len({(d.year, d.month) for d in dailies}) == 12
    assert len([b for b in kept if b.reason == "manual"]) == 10
    assert len(dailies) < 40


def test_an_empty_database_never_pushes_the_last_good_backup_out(
    location: DataLocation,
) -> None:
    clock = Clock(datetime(2026, 1, 1, 8, 0, 0))
    with Workspace.open(location, now=clock) as workspace:
        workspace.classes.create("2.g")
    # The next day's backup holds the class; then the teacher deletes every class
    clock.now += timedelta(days=1)
    with Workspace.open(location, now=clock) as workspace:
        good = workspace.list_backups()[0]
        for summary in workspace.classes.list_classes():
            workspace.classes.delete(summary.id)
    # More than a year of days on which the empty database is opened
    for _ in range(400):
        clock.now += timedelta(days=1)
        daily_backup(location, clock.now)
    remaining = list_backups(location.backup_dir)
    assert _class_names(good.path) == {"2.g"}
    assert good.path in {b.path for b in remaining}


def test_restoring_the_oldest_backup_never_prunes_it(
    location: DataLocation,
) -> None:
    # Given the limit of before-change backups reached, the oldest backup is chosen
    clock = Clock(datetime(2026, 1, 1, 8, 0, 0))
    with Workspace.open(location, now=clock) as workspace:
        workspace.classes.create("2.g")
        for index in range(12):
            clock.now += timedelta(minutes=1)
            workspace.backup_now("before-delete")
            workspace.classes.create(f"{index}.x")
        oldest = [b.path for b in workspace.list_backups() if b.reason == "before-delete"][-1]
        # When the oldest is restored (which makes a before-restore backup first)
        workspace.restore(oldest)
        # Then it is restored and still there
        assert oldest.exists()
        restored = {c.name for c in workspace.classes.list_classes()}
        # Six restores while searching for the right day destroy nothing
        for _ in range(6):
            clock.now += timedelta(minutes=1)
            workspace.restore(oldest)
        assert oldest.exists()
        assert {c.name for c in workspace.classes.list_classes()} == restored


def test_orphan_wal_and_shm_beside_backups_are_pruned(workspace: Workspace) -> None:
    folder = workspace.location.backup_dir
    orphan = folder / "netwerk-20250101-080000-daily.sqlite3-wal"
    orphan.write_bytes(b"x")
    (folder / "netwerk-20250101-080000-daily.sqlite3-shm").write_bytes(b"x")
    workspace.backup_now("manual")
    assert not orphan.exists()
    assert not any(p.name.endswith("-shm") for p in folder.iterdir())


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


def test_data_folder_and_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        location = DataLocation(tmp_path / "fresh")
        with Workspace.open(location) as workspace:
            workspace.classes.create("2.g")
            made = workspace.backup_now("manual")
    finally:
        os.umask(old)
    for folder in (location.data_dir, location.backup_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in (location.database, made):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_failed_second_copy_is_reported_and_the_first_is_kept(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.classes.create("2.g")
    stick = tmp_path / "stick"
    workspace.set_second_backup_folder(stick)
    assert workspace.second_backup_folder() == stick.resolve()
    good = workspace.back_up("manual")
    assert good.problems == () and (stick / good.path.name).exists()
    # The stick is pulled out: the copy there fails, the backup in the data folder is made
    stick_copy = backups.copy_database

    def unplugged(source: Path, target: Path) -> None:
        if stick in target.parents:
            raise OSError(5, "Input/output error")
        stick_copy(source, target)

    monkeypatch.setattr(backups, "copy_database", unplugged)
    outcome = workspace.back_up("manual")
    assert outcome.path.exists()
    assert [p.code.value for p in outcome.problems] == ["second_copy_failed"]


_KILLED_IN_A_BACKUP = """
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size=5")  # spill changed pages into the file before the commit
db.execute("BEGIN")
db.execute("DELETE FROM student")
db.execute("DELETE FROM school_class")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_backup_left_with_a_hot_journal_is_rolled_back_before_it_is_read(
    workspace: Workspace,
) -> None:
    # Given a backup in which an erasure was killed mid-way (a hot journal beside it)
    import subprocess
    import sys

    for number in range(40):
        workspace.classes.create_with_students(
            f"K{number}", [f"Elev {number} {i} {'x' * 40}" for i in range(30)]
        )
    made = workspace.backup_now("manual")
    subprocess.run([sys.executable, "-c", _KILLED_IN_A_BACKUP, str(made)], check=False)
    assert made.with_name(made.name + "-journal").exists()
    # Then reading it (immutable) sees it whole, as it was before the killed transaction
    assert backups.check_backup_file(made, KNOWN_REVISIONS) == HEAD_REVISION
    assert len(_class_names(made)) == 40
