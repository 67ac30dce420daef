"""Restoring a backup the way a teacher does it: File, Restore from a backup, pick the moment,
confirm; or pick a file; and what is said when the file is not a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QListView, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import when_dialog_opens
from ui.settings.restore_dialog import RestoreDialog
from ui.shell.app import RunningApp


def class_names(running: RunningApp) -> list[str]:
    return [c.name for c in running.workspace.classes.list_classes()]


def answer(button: QMessageBox.StandardButton, said: list[str]) -> None:
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(button).click()

    when_dialog_opens(press, kind=QMessageBox)


def test_restore_the_moment_before_a_class_was_deleted(qtbot: QtBot, running: RunningApp) -> None:
    running.workspace.classes.create("2.g")
    running.window.backup_action.trigger()  # File, Back up now
    running.workspace.classes.create("3.b")
    assert class_names(running) == ["2.g", "3.b"]
    said: list[str] = []
    listed: list[str] = []

    def pick_the_newest(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        backups = dialog.findChild(QListView, "backupList")
        listed.extend(
            str(backups.model().index(row, 0).data()) for row in range(backups.model().rowCount())
        )
        # First the teacher has second thoughts at the question, then goes ahead
        answer(QMessageBox.StandardButton.No, said)
        dialog.accept()
        assert dialog.isVisible() and dialog.chosen is None
        answer(QMessageBox.StandardButton.Yes, said)
        dialog.accept()

    problems = when_dialog_opens(pick_the_newest)
    running.window.restore_action.trigger()  # File, Restore from a backup…
    assert not problems
    assert any(line.endswith("Made by hand") for line in listed)
    assert said == ["The current data is replaced by the backup. A copy of it is kept first."] * 2
    assert class_names(running) == ["2.g"]
    # The data as it was before the restore is kept as a backup of its own
    reasons = [b.reason for b in running.workspace.list_backups()]
    assert "before-restore" in reasons


def test_restore_from_a_file_and_a_file_that_is_not_a_backup(
    qtbot: QtBot, running: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running.workspace.classes.create("2.g")
    copy = running.workspace.backup_now("manual")
    outside = tmp_path / "kopi.sqlite3"
    outside.write_bytes(copy.read_bytes())
    running.workspace.classes.create("3.b")
    not_a_backup = tmp_path / "noter.sqlite3"
    not_a_backup.write_text("Mine noter til 2.g", encoding="utf-8")
    said: list[str] = []
    warned: list[str] = []

    def choose_file(path: Path) -> None:
        def in_restore_dialog(dialog: QWidget) -> None:
            def in_file_dialog(files: QWidget) -> None:
                assert isinstance(files, QFileDialog)
                files.selectFile(str(path))
                # The same question as for an automatic backup comes next
                answer(QMessageBox.StandardButton.Yes, said)
                files.accept()

            when_dialog_opens(in_file_dialog, kind=QFileDialog)
            from_file = [b for b in dialog.findChildren(QPushButton) if b.text() == "From a file…"]
            from_file[0].click()

        when_dialog_opens(in_restore_dialog, kind=RestoreDialog)
        running.window.restore_action.trigger()

    # A file that is not a backup: refused in words, nothing changed
    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    choose_file(not_a_backup)
    assert warned and "is not a Netwerk Desktop backup, so nothing was changed" in warned[0]
    assert class_names(running) == ["2.g", "3.b"]
    # The copy on the teacher's drive brings back the data it holds
    choose_file(outside)
    assert class_names(running) == ["2.g"]
    assert said == ["The current data is replaced by the backup. A copy of it is kept first."] * 2
