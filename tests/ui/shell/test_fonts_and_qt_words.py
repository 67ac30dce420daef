"""The teacher's screens keep the system's font after a lesson has loaded the class view's
Noto Sans, and Qt's own dialogs speak the app's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot

from tests.ui.presentation.support import lesson_on_projector, settle
from ui.shell.app import Launch


def test_the_ui_font_stays_the_same_after_a_lesson(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert launch.running is not None
    running = launch.running
    before = QFontInfo(running.window.font()).family()
    # When a lesson has run (the class view loads Noto Sans) and the teacher left it
    mode = lesson_on_projector(qtbot, running, monkeypatch)
    assert QFontInfo(mode.audience.title.font()).family() == "Noto Sans"
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    settle()
    # Then Home is in the font it had before
    assert QFontInfo(running.window.font()).family() == before
    home = running.window.screen_for("home")
    assert QFontInfo(home.font()).family() == before


def test_qt_s_own_file_dialog_words_follow_the_app_language(launch: Launch) -> None:
    assert launch.running is not None
    launch.running.languages.apply("da")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    finally:
        launch.running.languages.apply("en")
