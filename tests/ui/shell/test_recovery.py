"""When the data cannot be opened, the app offers the way back through its backups, at start,
through the same start-up as `main()`; the damaged file is kept, never deleted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QListWidget, QMessageBox, QPushButton, QWidget

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.ui.helpers import when_dialog_opens
from ui.shell.app import launched
from ui.shell.recovery_dialog import RecoveryDialog


def data_with_a_backup(tmp_path: Path) -> DataLocation:
    location = DataLocation(tmp_path / "data")
    workspace = Workspace.open(location)
    workspace.classes.create("2.g")
    workspace.roster.add_students(workspace.classes.list_classes()[0].id, ["Anna Holm", "Bo Berg"])
    workspace.backup_now("manual")
    workspace.close()
    return location


def scribble(location: DataLocation) -> None:
    with location.database.open("r+b") as database:
        database.seek(4096)
        database.write(b"\x00\xff" * 8192)


def remove(location: DataLocation) -> None:
    location.database.unlink()


def empty(location: DataLocation) -> None:
    location.database.write_bytes(b"")


@pytest.mark.parametrize("damage", [scribble, remove, empty], ids=["damaged", "missing", "empty"])
def test_a_broken_database_is_put_back_from_the_newest_backup(
    tmp_path: Path, damage: Callable[[DataLocation], None]
) -> None:
    location = data_with_a_backup(tmp_path)
    damage(location)
    seen: dict[str, object] = {}

    def choose_and_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        backups = dialog.findChild(QListWidget, "recoveryBackups")
        seen["backups"] = [backups.item(row).text() for row in range(backups.count())]
        seen["chosen"] = backups.currentItem().text()

        def confirm(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["done"] = box.text()
            box.accept()

        when_dialog_opens(confirm, kind=QMessageBox)
        dialog.findChild(QPushButton, "recoveryRestore").click()

    problems = when_dialog_opens(choose_and_restore, kind=RecoveryDialog)
    with launched(["--data-dir", str(location.data_dir)]) as launch:
        assert not problems
        assert launch.running is not None, "the app did not open after the backup was put back"
        assert [c.name for c in launch.running.workspace.classes.list_classes()] == ["2.g"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert str(seen["chosen"]).endswith("1 class · 2 students")
    assert str(seen["done"]).startswith("The backup is back.")
    if damage is not remove:  # the file that could not be opened is kept beside the data
        kept = list(location.data_dir.glob("netwerk-damaged-*"))
        assert kept, "the damaged file was not kept"
        assert any(name.name in str(seen["done"]) for name in kept)


def test_quitting_the_recovery_changes_nothing(tmp_path: Path) -> None:
    location = data_with_a_backup(tmp_path)
    scribble(location)
    before = location.database.read_bytes()
    backups_before = sorted(p.name for p in location.backup_dir.iterdir())

    def quit_(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        dialog.reject()

    when_dialog_opens(quit_, kind=RecoveryDialog)
    with launched(["--data-dir", str(location.data_dir)]) as launch:
        assert launch.running is None
    assert location.database.read_bytes() == before
    assert sorted(p.name for p in location.backup_dir.iterdir()) == backups_before
