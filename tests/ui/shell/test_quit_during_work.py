"""Quitting while the Handouts screen is making a class set: the work stops at its next copy
and the workers finish before the data folder closes, so nothing writes to a closed database
and no preview naming a student is left behind."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.paths import DataLocation
from tests.ui.handouts.test_handouts_screen import (
    fill_help_contacts,
    open_handouts,
    wait_for_preview,
)
from ui.common.app_settings import AppSettings, Setting
from ui.shell.app import launched


def test_quitting_during_a_class_set_stops_the_work_before_the_data_closes(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = DataLocation(tmp_path / "teacher-data")
    location.ensure()
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    hooks = sys.excepthook, threading.excepthook
    with launched(["--data-dir", str(location.data_dir)]) as launch:
        sys.excepthook, threading.excepthook = hooks
        running = launch.running
        assert running is not None
        screen, _summary = open_handouts(running)
        fill_help_contacts(running)
        wait_for_preview(qtbot, screen)
        # When the teacher starts everything for lesson 1 and closes the app at once
        qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
        task = screen.task
        assert task is not None and task.running
    # Then the work was asked to stop and had stopped before the data folder closed
    assert task.cancel_requested.is_set()
    assert not list(location.previews_dir.rglob("*.pdf"))
