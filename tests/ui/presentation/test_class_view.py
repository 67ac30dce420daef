"""What the class sees, through the teacher's path (Home, the class card, the keys), as pixels
and labels of the class view: black is black in every theme; a paused timer says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.pixels import share_near
from tests.ui.presentation.support import lesson_on_projector, settle
from ui.presentation.run_mode import RunMode
from ui.shell.app import Launch


def choose_theme(mode: RunMode, key: str) -> None:
    """The teacher picks the class view's look in the presenter view."""
    choice = mode.presenter.theme_choice
    row = choice.findData(key)
    choice.setCurrentIndex(row)
    choice.activated.emit(row)
    settle()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_black_is_black_in_every_theme(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    # Given a lesson on the projector in one of the class view's themes
    assert launch.running is not None
    mode = lesson_on_projector(qtbot, launch.running, monkeypatch)
    choose_theme(mode, theme)
    # When the teacher presses B
    qtbot.keyClick(mode.presenter, Qt.Key.Key_B)
    settle()
    # Then the whole class view is black
    assert share_near(mode.audience.grab().toImage(), "#000000", tolerance=6) > 0.999
    # And B again brings the lesson back
    qtbot.keyClick(mode.presenter, Qt.Key.Key_B)
    settle()
    assert share_near(mode.audience.grab().toImage(), "#000000", tolerance=6) < 0.5


def test_a_paused_timer_says_so_on_the_class_view(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a lesson of a Danish class on the projector, its timer running
    assert launch.running is not None
    mode = lesson_on_projector(qtbot, launch.running, monkeypatch)
    label = mode.audience.timer_label
    running_text = label.text()
    assert label.isVisible() and "Pause" not in running_text
    # When the teacher pauses it (T)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_T)
    settle()
    # Then the class reads that it is paused, in Danish, next to the time, uncut
    assert label.isVisible()
    assert label.text() == f"Pause {mode.controller.timer.view().text}"
    needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
    assert label.contentsRect().width() >= needed
    assert mode.audience.title.geometry().right() < label.geometry().left()
    # And T again takes the word away
    qtbot.keyClick(mode.presenter, Qt.Key.Key_T)
    settle()
    assert "Pause" not in label.text()
