"""Workspace.open says which state the data is in, never starts over silently, and opens
read-only on write-protected media or a full disk."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from netwerk_desktop import opening
from netwerk_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseNewer,
    DataFolderUnusable,
    ReadOnly,
    ReadOnlyReason,
)
from netwerk_desktop.opening import WarningCode
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.recovery import DatabaseState, Recovery, diagnose
from netwerk_desktop.storage.backup import BackupInfo
from netwerk_desktop.storage.network_drive import is_network_path, mount_type
from netwerk_desktop.workspace import Workspace
from tests.mounts import fill_disk, read_only, tmpfs


def _with_a_backed_up_class(location: DataLocation) -> None:
    day = datetime(2026, 9, 1, 8, 0)
    with Workspace.open(location, now=lambda: day) as workspace:
        workspace.classes.create("2.g")
    later = day + timedelta(days=1)
    Workspace.open(location, now=lambda: later).close()  # the daily backup holds 2.g


def test_a_missing_database_with_backups_is_reported_not_replaced(location: DataLocation) -> None:
    _with_a_backed_up_class(location)
    location.database.unlink()
    with pytest.raises(DatabaseMissing) as refused:
        Workspace.open(location)
    assert refused.value.params["backups"] >= 1
    assert not location.database.exists()  # no empty database was made in its place
    # The way back: the newest good backup
    recovery = Recovery(location)
    newest = recovery.newest_with_data()
    assert newest is not None and newest.classes == 1
    recovery.restore(newest.path)
    with Workspace.open(location) as workspace:
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]


def test_a_zero_byte_database_with_backups_is_reported_and_kept(location: DataLocation) -> None:
    _with_a_backed_up_class(location)
    location.database.write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        Workspace.open(location)
    assert location.database.stat().st_size == 0
    # The empty file never becomes a daily backup
    later = datetime(2026, 9, 5, 8, 0)
    with pytest.raises(DatabaseEmpty):
        Workspace.open(location, now=lambda: later)
    assert all(b.made_at.date() != later.date() for b in _backups(location))
    outcome = Recovery(location).restore(Recovery(location).backups()[0].path)
    assert outcome.moved_aside and outcome.moved_aside[0].stat().st_size == 0
    with Workspace.open(location) as workspace:
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]


def _backups(location: DataLocation) -> list[BackupInfo]:
    from netwerk_desktop.storage.backup import list_backups

    return list_backups(location.backup_dir)


def test_a_first_start_and_an_empty_file_without_backups_open_as_new(
    location: DataLocation,
) -> None:
    location.ensure()
    location.database.write_bytes(b"")
    with Workspace.open(location) as workspace:
        assert workspace.classes.list_classes() == []


def test_a_damaged_database_is_moved_aside_never_deleted(location: DataLocation) -> None:
    _with_a_backed_up_class(location)
    data = bytearray(location.database.read_bytes())
    for offset in range(4096, len(data)):
        data[offset] = 0x5A
    location.database.write_bytes(bytes(data))
    damaged = bytes(data)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(location)
    recovery = Recovery(location)
    assert recovery.diagnose().state is DatabaseState.DAMAGED
    listed = recovery.backups()
    assert listed and all(b.schema_revision for b in listed)
    outcome = recovery.restore(listed[0].path)
    assert outcome.moved_aside[0].read_bytes() == damaged
    assert outcome.moved_aside[0].parent == location.data_dir
    with Workspace.open(location) as workspace:
        assert workspace.health().ok


def test_a_newer_database_can_be_set_aside_for_an_older_backup(location: DataLocation) -> None:
    _with_a_backed_up_class(location)
    with sqlite3.connect(location.database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseNewer):
        Workspace.open(location)
    recovery = Recovery(location)
    assert recovery.diagnose().state is DatabaseState.NEWER
    assert recovery.backups()


@pytest.mark.parametrize("shape", ["data-dir-is-a-file", "lock-is-a-folder"])
def test_an_unusable_data_folder_is_refused_with_the_reason(tmp_path: Path, shape: str) -> None:
    location = DataLocation(tmp_path / "data")
    if shape == "data-dir-is-a-file":
        location.data_dir.write_text("x")
    else:
        location.data_dir.mkdir()
        location.lock_file.mkdir()
    with pytest.raises(DataFolderUnusable) as refused:
        Workspace.open(location)
    assert "cannot be used as a data folder" in str(refused.value)


def test_a_nearly_full_disk_opens_read_only_and_skips_the_backup(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_backed_up_class(location)
    monkeypatch.setattr(opening, "free_bytes", lambda _folder: 56 * 1024)  # as the drill found
    later = datetime(2026, 9, 10, 8, 0)
    with Workspace.open(location, now=lambda: later) as workspace:
        assert workspace.read_only_reason is ReadOnlyReason.DISK_FULL
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
        with pytest.raises(ReadOnly) as refused:
            workspace.classes.create("3.h")
        assert refused.value.params["reason"] is ReadOnlyReason.DISK_FULL
        assert "disk is full" in str(refused.value)
        assert [w.code for w in workspace.warnings] == [WarningCode.DAILY_BACKUP_SKIPPED_DISK_FULL]
    assert all(b.made_at.date() != later.date() for b in _backups(location))


def test_a_really_full_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "2m") as mounted:
        location = DataLocation(mounted / "data")
        _with_a_backed_up_class(location)
        fill_disk(mounted, 56 * 1024)
        later = datetime(2026, 9, 10, 8, 0)
        with Workspace.open(location, now=lambda: later) as workspace:
            assert workspace.read_only_reason is ReadOnlyReason.DISK_FULL
            assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
        assert diagnose(location).state is DatabaseState.SOUND


def test_a_write_protected_data_folder_opens_read_only(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "stick")
    _with_a_backed_up_class(location)
    with read_only(location.data_dir):
        with Workspace.open(location) as workspace:
            assert workspace.read_only_reason is ReadOnlyReason.FOLDER_READ_ONLY
            assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
            assert workspace.list_backups()
            with pytest.raises(ReadOnly):
                workspace.classes.create("3.h")
            preview = workspace.preview_path()
            assert location.data_dir not in preview.parents
        assert sorted(p.name for p in location.data_dir.iterdir()) == [
            "backups",
            "logs",
            "netwerk.lock",
            "netwerk.sqlite3",
        ]


def test_a_network_drive_gets_a_rollback_journal_and_exclusive_locking(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "is_network_path", lambda _path: True)
    with Workspace.open(location) as workspace:
        assert WarningCode.NETWORK_FOLDER in [w.code for w in workspace.warnings]
        workspace.classes.create("2.g")
        with workspace._built().engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert connection.execute(text("PRAGMA locking_mode")).scalar() == "exclusive"
        # A backup while the data is open still works
        assert workspace.backup_now("manual").exists()
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
    header = location.database.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)


def test_network_mounts_are_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/share /mnt/school\\040share cifs rw 0 0\n"
        "server:/home /home nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert mount_type(Path("/mnt/school share/netwerk"), mounts) == "cifs"
    assert is_network_path(Path("/home/anna/netwerk"), mounts)
    assert not is_network_path(Path("/var/lib/netwerk"), mounts)
    assert is_network_path(Path("\\\\server\\share\\netwerk"), mounts)


def test_copying_a_damaged_folder_keeps_working_copies(location: DataLocation) -> None:
    # The recovery window lists only backups that pass the full check
    _with_a_backed_up_class(location)
    folder = location.backup_dir
    shutil.copy(_backups(location)[0].path, folder / "netwerk-20200101-080000-manual.sqlite3")
    (folder / "netwerk-20200102-080000-manual.sqlite3").write_bytes(b"SQLite format 3\x00" * 64)
    names = [b.path.name for b in Recovery(location).backups()]
    assert "netwerk-20200101-080000-manual.sqlite3" in names
    assert "netwerk-20200102-080000-manual.sqlite3" not in names


def test_a_folder_where_the_database_should_be_is_moved_aside(location: DataLocation) -> None:
    _with_a_backed_up_class(location)
    location.database.unlink()
    location.database.mkdir()
    (location.database / "note.txt").write_text("kept")
    with pytest.raises(DatabaseDamaged):
        Workspace.open(location)
    outcome = Recovery(location).restore(Recovery(location).backups()[0].path)
    assert (outcome.moved_aside[0] / "note.txt").read_text() == "kept"
    with Workspace.open(location) as workspace:
        assert workspace.health().ok


_KILLED_MID_TRANSACTION = """
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=DELETE")
db.execute("PRAGMA cache_size=5")  # spill changed pages into the file before the commit
db.execute("BEGIN")
for n in range(3000):
    db.execute("INSERT INTO school_class (name, school_year, content_language, archived,"
               " created_at) VALUES (?, '2026/27', 'da', 0, '2026-09-01')", (f"x{n}" * 20,))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_kill_that_leaves_a_hot_journal_is_rolled_back_on_open(location: DataLocation) -> None:
    # Given the live database killed in the middle of a rollback-journal transaction (the
    # switch to WAL after a restore is one), with a hot journal beside it
    import subprocess
    import sys

    _with_a_backed_up_class(location)
    subprocess.run([sys.executable, "-c", _KILLED_MID_TRANSACTION, str(location.database)])
    assert location.database.with_name("netwerk.sqlite3-journal").exists()
    # When it is opened, SQLite rolls the journal back; nothing is reported damaged
    assert diagnose(location).state is DatabaseState.SOUND
    with Workspace.open(location) as workspace:
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
