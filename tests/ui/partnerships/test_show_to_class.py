"""Outside a lesson the teacher can show the groups to the class: numbers and names, never the
absences, the rules or the warnings that the board shows the teacher."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import demo_class, plain, projector_beside, settle, shown_texts
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.presentation.on_screen import FrameOnScreen
from ui.shell.app import Launch


def open_board(launch: Launch, monkeypatch: pytest.MonkeyPatch) -> PartnershipsScreen:
    assert launch.running is not None
    running = launch.running
    projector_beside(monkeypatch, running)
    summary = demo_class(running)
    # A keep-apart rule the saved groups break: the board warns about it by name
    rotation = running.workspace.partnerships.current_rotation(summary.id)
    assert rotation is not None
    first, second = rotation.groups[0].students[:2]
    running.workspace.partnerships.add_rule(summary.id, "apart", first.id, second.id)
    running.window.show_screen("partnerships")
    screen = running.window.screen_for("partnerships")
    assert isinstance(screen, PartnershipsScreen)
    settle()
    return screen


def controls_texts(board: object) -> list[str]:
    """The words beside the board (absent today, rules), which the class never sees."""
    assert isinstance(board, QWidget)
    texts = [plain(label) for label in board.findChildren(QLabel)]
    return [text for text in texts if len(text) > 12]  # sentences, not the score's numbers


def test_show_to_the_class_projects_numbers_and_names_only(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the board of a class with a broken keep-apart rule and a student ticked as away
    screen = open_board(launch, monkeypatch)
    board = screen.board
    controls = board.controls
    away = controls.away
    away.setData(away.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle()
    model = board.check.model
    warnings = [str(model.index(row).data()) for row in range(model.rowCount())]
    assert any("apart" in text for text in warnings)
    teacher_only = [*warnings, *controls_texts(board)]
    # When the teacher presses "Show to the class"
    qtbot.mouseClick(board.show_button, Qt.MouseButton.LeftButton)
    shown = screen.findChild(FrameOnScreen, "frameOnScreen")
    assert isinstance(shown, FrameOnScreen)
    audience = shown.audience
    # Then the class view is on the projector with the groups: a title, numbers, names
    assert audience.isVisible() and audience.geometry().x() == 1920
    state = board.state
    assert state is not None
    names = set(state.data.names().values())
    texts = shown_texts(audience.content)
    assert texts[0] == "Vores makkergrupper"
    for text in texts[1:]:
        if text.startswith("Gruppe "):
            continue
        # each name isolated, so a right-to-left name never reorders the one after it
        lines = text.split("\n")
        assert all(line[0] == "\u2068" and line[-1] == "\u2069" for line in lines), text
        assert {line[1:-1] for line in lines} <= names, text
    # And nothing the board tells only the teacher
    for text in teacher_only:
        assert all(text not in shown for shown in texts), (text, texts)
    # Close (or Esc) ends it
    assert shown.close_button.isVisible() and shown.close_button.text() == "Close (Esc)"
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not audience.isVisible()


def test_a_student_left_out_by_mistake_is_named_before_anything_is_shown(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a student who joined after the partnerships were made (not ticked as away)
    screen = open_board(launch, monkeypatch)
    assert launch.running is not None
    summary = launch.running.workspace.classes.list_classes()[0]
    launch.running.workspace.roster.add_students(summary.id, ["Sara Nyborg"])
    settle()
    # When the teacher presses "Show to the class" and answers No
    asked: list[str] = []

    def read_and_refuse(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    problems = when_dialog_opens(read_and_refuse)
    qtbot.mouseClick(screen.board.show_button, Qt.MouseButton.LeftButton)
    # Then the question named her, and nothing reached the class
    assert not problems and "Sara Nyborg" in asked[0]
    assert screen.findChild(FrameOnScreen, "frameOnScreen") is None
