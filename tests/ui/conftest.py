"""UI fixtures: the real main window over a real data folder, as the app builds it."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.shell.app import Launch, RunningApp, launched, start


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, workspace: Workspace) -> Iterator[RunningApp]:
    # Start in English whatever the machine's locale, like a teacher who chose it.
    AppSettings(workspace.location.settings_file).set_value(Setting.LANGUAGE, "en")
    app = start(qapp, workspace)
    app.window.resize(1280, 800)
    app.window.show()
    app.window.activateWindow()
    qtbot.waitActive(app.window)  # keyboard shortcuts go to the active window only
    yield app
    app.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def launch(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Launch]:
    """The app as `main()` starts it (`ui.shell.app.launched`), over a data folder of its own,
    in English: the teacher's path, minus the event loop that qtbot runs."""
    data = tmp_path / "teacher-data"
    location = DataLocation(data)
    location.ensure()
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
    # pytest-qt reports exceptions in Qt code itself; the app's crash dialog would wait forever
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    hooks = sys.excepthook, threading.excepthook
    with launched(["--data-dir", str(data)]) as started:
        sys.excepthook, threading.excepthook = hooks
        assert started.running is not None
        window = started.running.window
        window.resize(1280, 800)
        window.activateWindow()
        qtbot.waitActive(window)
        yield started
        # Work still running in the background (a handout being made) reports to screens
        # that closing the app deletes: let it end first.
        QThreadPool.globalInstance().waitForDone(60_000)
        QCoreApplication.processEvents()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
