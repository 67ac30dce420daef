"""UI fixtures: the real main window over a real data folder, as the app builds it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.shell.app import RunningApp, start


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
