"""The band above the screens says how the data opened: read-only and why, and what the teacher
should know (a backup skipped, a second copy not made)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.opening import OpenWarning, WarningCode
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from ui.shell.app import RunningApp, start


@pytest.fixture
def started(qapp: QApplication, location: DataLocation) -> Iterator[list[RunningApp]]:
    running: list[RunningApp] = []
    yield running
    for app in running:
        app.close()
        app.workspace.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_second_copy_shows_read_only_and_says_why(
    qtbot: QtBot, qapp: QApplication, location: DataLocation, started: list[RunningApp]
) -> None:
    first = Workspace.open(location)
    try:
        second = Workspace.open(location, read_only=True)
        started.append(start(qapp, second))
        notice = started[0].window.data_notice
        started[0].window.show()
        assert notice.isVisible()
        assert "read-only" in notice.text.text()
        assert not notice.close_button.isVisible()  # it stays while it is true
    finally:
        first.close()


def test_warnings_of_the_opening_can_be_read_and_closed(
    qtbot: QtBot, qapp: QApplication, location: DataLocation, started: list[RunningApp]
) -> None:
    workspace = Workspace.open(location)
    workspace.warnings.append(
        OpenWarning(WarningCode.SECOND_COPY_FAILED, "detail", (("folder", "/media/usb"),))
    )
    started.append(start(qapp, workspace))
    window = started[0].window
    window.show()
    notice = window.data_notice
    assert "/media/usb" in notice.text.text() and "USB stick" in notice.text.text()
    notice.close_button.click()
    assert not notice.isVisible()


def test_nothing_to_say_shows_no_band(
    qtbot: QtBot, qapp: QApplication, location: DataLocation, started: list[RunningApp]
) -> None:
    started.append(start(qapp, Workspace.open(location)))
    started[0].window.show()
    assert not started[0].window.data_notice.isVisible()
