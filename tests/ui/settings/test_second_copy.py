"""A second copy of every backup in a folder the teacher chooses (a stick, a home drive)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.settings.settings_screen import SettingsScreen
from ui.shell.app import RunningApp


def settings_screen(running: RunningApp) -> SettingsScreen:
    running.window.show_screen("settings")
    screen = running.window.current_screen()
    assert isinstance(screen, SettingsScreen)
    return screen


def test_choose_a_folder_back_up_and_stop(
    qtbot: QtBot, running: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick" / "netwerk-kopi"
    screen = settings_screen(running)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    screen.second_copy.choose.click()
    assert str(stick) in screen.second_copy.state.text()
    screen.backup_now.click()
    newest = running.workspace.list_backups()[0].path.name
    assert (stick / newest).is_file(), "the second copy was not written"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    screen.second_copy.stop.click()
    assert running.workspace.second_backup_folder() is None
    assert (stick / newest).is_file()  # copies already made stay


def test_a_folder_inside_the_data_is_refused_in_words(
    qtbot: QtBot, running: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = settings_screen(running)
    inside = running.workspace.location.data_dir / "kopi"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(inside))
    said: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    screen.second_copy.choose.click()
    assert said and "does not write to" in said[0]
    assert running.workspace.second_backup_folder() is None
