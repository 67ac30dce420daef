from __future__ import annotations

import subprocess
import sys

import pytest

from netwerk_desktop.errors import DataDirInUse
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.sqlite_file import integrity_problems
from netwerk_desktop.workspace import Workspace


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
