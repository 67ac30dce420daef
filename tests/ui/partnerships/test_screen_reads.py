"""The Partnerships screen reads a class once: its History tab, the who-met-whom matrix and a
student's partners come from what it holds, and coming back to the screen reads nothing.
Home likewise keeps its cards and rebuilds them only after a change. (Counts, not times:
bench/partnerships_screen.py prints the times.)"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import StatementCounter
from tests.core.services.test_partnerships_statements import _class_with_history
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.shell.app import RunningApp


def test_history_and_coming_back_read_nothing(
    qtbot: QtBot, running: RunningApp, statements: StatementCounter
) -> None:
    random.seed(1)
    class_id = _class_with_history(running.workspace, "3.x", 6)
    running.window.show_screen("partnerships", class_id)
    screen = running.window.current_screen()
    assert isinstance(screen, PartnershipsScreen)
    assert statements.of(lambda: screen.tabs.setCurrentWidget(screen.history)) == 0
    matrix = screen.history.matrix
    assert matrix.matrix is not None and matrix.matrix.rotations == 6
    matrix.setFocus()

    def click_around() -> None:
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
            qtbot.keyClick(matrix, key)
        screen.history.student.setCurrentIndex(3)

    assert statements.of(click_around) == 0
    assert screen.history.partners.rowCount() == 6  # one row per rotation
    running.window.show_screen("home")
    assert statements.of(lambda: running.window.show_screen("partnerships")) == 0
    assert statements.of(lambda: running.window.show_screen("home")) == 0
