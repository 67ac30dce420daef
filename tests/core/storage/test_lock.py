from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from netwerk_desktop.errors import DataDirInUse
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.sqlite_file import integrity_problems
from netwerk_desktop.workspace import Workspace
from tests.mounts import as_nobody


def test_a_second_workspace_on_the_same_folder_is_refused(workspace: Workspace) -> None:
    with pytest.raises(DataDirInUse) as refused:
        Workspace.open(workspace.location)
    assert "already open" in str(refused.value)
    assert "pid" in str(refused.value.params["holder"])


def test_the_lock_is_released_on_close(location: DataLocation) -> None:
    Workspace.open(location).close()
    Workspace.open(location).close()


def test_a_second_process_is_refused_and_corrupts_nothing(workspace: Workspace) -> None:
    # Given the data open in this process with a class in it
    workspace.classes.create("2.g")
    # When another process tries to change the same data
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netwerk_desktop",
            "--data-dir",
            str(workspace.location.data_dir),
            "classes",
            "add",
            "3.h",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Then it says why and exits with a failure, and the data is intact
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert integrity_problems(workspace.location.database) == []
    assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
    # Reading still works while the app holds the lock
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "netwerk_desktop",
            "--data-dir",
            str(workspace.location.data_dir),
            "classes",
            "list",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0
    assert listing.stdout.startswith("2.g\t")


def test_after_close_the_database_file_alone_holds_everything(
    location: DataLocation, tmp_path
) -> None:
    # A teacher copies only netwerk.sqlite3 to a USB stick after closing the app.
    import shutil
    import sqlite3

    with Workspace.open(location) as workspace:
        workspace.classes.create("2.g")
        workspace.class_overview()  # a read-only connection is the last one used
    assert not location.database.with_name("netwerk.sqlite3-wal").exists()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(location.database, copy)
    with sqlite3.connect(copy) as db:
        assert [r[0] for r in db.execute("SELECT name FROM school_class")] == ["2.g"]


def _shared_folder(tmp_path: Path) -> DataLocation:
    """A data folder another account (nobody) may write, as on a shared PC."""
    import os

    base = Path(tempfile.mkdtemp(prefix="netwerk-shared-"))
    os.chmod(base, 0o777)
    location = DataLocation(base / "data")
    with Workspace.open(location) as workspace:
        workspace.classes.create("2.g")
        workspace.backup_now("manual")
    for path in (location.data_dir, *location.data_dir.rglob("*")):
        os.chmod(path, 0o777 if path.is_dir() else 0o666)
    return location


def test_a_lock_file_left_by_another_account_is_reclaimed(tmp_path: Path) -> None:
    import os

    location = _shared_folder(tmp_path)
    try:
        # Given the lock file another account made, which this account cannot write
        os.chmod(location.lock_file, 0o644)
        # When this account changes data, nobody holding the lock
        result = as_nobody("--data-dir", str(location.data_dir), "classes", "add", "3.h")
        # Then it takes the lock over and works
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        # A lock file this account cannot even read: the message says exactly what to do
        os.chmod(location.lock_file, 0o600)
        os.chown(location.lock_file, 0, 0)
        result = as_nobody("--data-dir", str(location.data_dir), "classes", "add", "4.i")
        assert result.returncode == 1
        assert "delete that file" in result.stderr and str(location.lock_file) in result.stderr
    finally:
        shutil.rmtree(location.data_dir.parent, ignore_errors=True)


def test_a_held_lock_of_another_account_says_so(tmp_path: Path) -> None:
    location = _shared_folder(tmp_path)
    try:
        import os

        os.chmod(location.lock_file, 0o644)
        with Workspace.open(location):
            result = as_nobody("--data-dir", str(location.data_dir), "classes", "add", "3.h")
        assert result.returncode == 1
        assert "already open" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        shutil.rmtree(location.data_dir.parent, ignore_errors=True)


def test_a_data_folder_without_write_rights_reads_and_refuses_changes_clearly(
    tmp_path: Path,
) -> None:
    location = _shared_folder(tmp_path)
    try:
        import os

        for path in (location.data_dir, *location.data_dir.rglob("*")):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        listing = as_nobody("--data-dir", str(location.data_dir), "classes", "list")
        assert listing.returncode == 0, listing.stderr
        assert listing.stdout.startswith("2.g\t")
        change = as_nobody("--data-dir", str(location.data_dir), "classes", "add", "3.h")
        assert change.returncode == 1
        assert "read-only" in change.stderr
        assert "Traceback" not in change.stderr + listing.stderr
    finally:
        shutil.rmtree(location.data_dir.parent, ignore_errors=True)


def test_an_unreadable_database_is_named_and_backups_still_restore(tmp_path: Path) -> None:
    location = _shared_folder(tmp_path)
    try:
        import os

        os.chmod(location.database, 0o600)  # owned by root: nobody cannot read it
        opened = as_nobody("--data-dir", str(location.data_dir), "classes", "list")
        assert opened.returncode == 1
        assert "cannot be read" in opened.stderr
        listed = as_nobody("--data-dir", str(location.data_dir), "backups")
        assert listed.returncode == 0, listed.stderr
        assert "1 classes" in listed.stdout
        restored = as_nobody("--data-dir", str(location.data_dir), "restore", "--newest")
        assert restored.returncode == 0, restored.stderr
        again = as_nobody("--data-dir", str(location.data_dir), "classes", "list")
        assert again.stdout.startswith("2.g\t"), again.stderr
        assert any(p.name.startswith("netwerk-damaged-") for p in location.data_dir.iterdir())
    finally:
        shutil.rmtree(location.data_dir.parent, ignore_errors=True)
