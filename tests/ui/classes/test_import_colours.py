"""The import preview's status words read at 4.5:1 or better in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.common.test_focus import contrast
from tests.ui.helpers import when_dialog_opens
from ui.classes.classes_screen import ClassesScreen
from ui.classes.import_dialog import ImportDialog
from ui.common.app_settings import Setting
from ui.shell.app import Launch


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_every_status_colour_reads_at_4_5_to_1(qtbot: QtBot, launch: Launch, theme: str) -> None:
    # Given a class with one student, in a theme
    assert launch.running is not None
    running = launch.running
    running.settings.set_value(Setting.THEME, theme)
    summary = running.workspace.classes.create("2.g")
    running.workspace.roster.add_students(summary.id, ["Bo Berg"])
    running.window.show_screen("classes", summary.id)
    screen = running.window.screen_for("classes")
    assert isinstance(screen, ClassesScreen)
    seen: list[tuple[str, str, str]] = []

    def paste_and_look(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        paste = dialog.findChild(QPlainTextEdit, "pasteNames")
        assert paste is not None
        # Added, empty, twice in the list, already in the class
        paste.setPlainText("Åse Holm\n\nÅse Holm\nBo Berg\n")
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=3000)
        base = dialog.table.palette().color(QPalette.ColorRole.Base).name()
        model = dialog.model
        for row in range(model.rowCount()):
            index = model.index(row, 2)
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            assert isinstance(brush, QBrush)
            seen.append((str(index.data()), brush.color().name(), base))
        dialog.reject()

    # When the teacher pastes a list into the import
    problems = when_dialog_opens(paste_and_look)
    button = screen.findChild(QPushButton, "importStudents")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Then every status is written in a colour that reads on the table
    assert not problems and len(seen) == 4
    for status, colour, base in seen:
        assert contrast(colour, base) >= 4.5, (status, colour, base)
