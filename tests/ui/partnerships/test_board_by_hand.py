"""Changes by hand on the Partnerships board can be taken back with Ctrl+Z, and after saving
the start-date field says what the heading says."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from netwerk_desktop.demo import fill_demo
from tests.ui.presentation.support import settle
from ui.partnerships.board_page import BoardPage
from ui.partnerships.board_state import Showing
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.shell.app import Launch


def open_board(qtbot: QtBot, launch: Launch) -> BoardPage:
    assert launch.running is not None
    fill_demo(launch.running.workspace)
    window = launch.running.window
    qtbot.mouseClick(window.nav_buttons["partnerships"], Qt.MouseButton.LeftButton)
    screen = window.screen_for("partnerships")
    assert isinstance(screen, PartnershipsScreen)
    settle()
    return screen.board


def test_ctrl_z_takes_back_a_swap_and_a_pin(qtbot: QtBot, launch: Launch) -> None:
    # Given the class's saved partnerships on the board, with the keyboard on it
    board = open_board(qtbot, launch)
    state = board.state
    assert state is not None and state.showing is Showing.SAVED
    saved = state.rotation
    board.board.setFocus()
    view = board.board
    # When the teacher marks two names in different groups and swaps them (Space, S)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert state.showing is Showing.CHANGED and state.rotation != saved
    # And pins a name (P)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert state.pins
    # Then Ctrl+Z takes back the pin, and Ctrl+Z again the swap
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not state.pins and state.showing is Showing.CHANGED
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.showing is Showing.SAVED and state.rotation == saved
    assert "undone" in board.window().statusBar().currentMessage()  # type: ignore[attr-defined]


def test_after_saving_the_start_date_field_shows_the_saved_date(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given a proposal on the board, to start on 1 March 2027
    board = open_board(qtbot, launch)
    board.time_budget_s = 0.3
    qtbot.mouseClick(board.controls.full_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.save_button.isEnabled(), timeout=10000)
    board.starts_on.setDate(QDate(2027, 3, 1))
    # When the teacher saves it
    qtbot.mouseClick(board.save_button, Qt.MouseButton.LeftButton)
    settle()
    # Then the heading and the field agree on the date, not today's
    assert "since 01/03/2027" in board.showing.text()
    assert board.starts_on.date() == QDate(2027, 3, 1)


def test_the_figures_are_explained_and_no_warning_line_is_cut(qtbot: QtBot, launch: Launch) -> None:
    # Given partnerships saved a second time as they were: everyone meets a former partner
    assert launch.running is not None
    workspace = launch.running.workspace
    fill_demo(workspace)
    summary = workspace.classes.list_classes()[0]
    current = workspace.partnerships.current_rotation(summary.id)
    assert current is not None
    workspace.partnerships.save_rotation(
        summary.id,
        tuple(tuple(tuple(s.id for s in p.students) for p in g.pairs) for g in current.groups),
    )
    # When the teacher opens the board
    board = open_board(qtbot, launch)
    check = board.check
    # Then one line under the figures says what they count
    assert check.explanation.isVisible() and "Fewest new faces" in check.explanation.text()
    # And the warnings in view are whole lines: the list is as tall as its rows (five at most)
    rows = check.model.rowCount()
    assert rows >= 3
    view = check.warnings
    shown = min(rows, 5)
    needed = sum(view.sizeHintForRow(row) for row in range(shown))
    assert view.viewport().height() >= needed, (view.viewport().height(), needed)
