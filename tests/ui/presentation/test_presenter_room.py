"""The presenter view gives what the teacher types its room: the whole charter in view, tally
fields tall enough to tap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import StepKind
from tests.ui.presentation.support import lesson_on_projector, settle
from ui.common.theme import TOUCH_TARGET_PX
from ui.shell.app import Launch


def test_six_charter_rules_are_all_in_view_and_tally_fields_can_be_tapped(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given lesson 2 (the class charter) with a projector, on a 1280x800 window
    assert launch.running is not None
    mode = lesson_on_projector(qtbot, launch.running, monkeypatch, done=1)
    while mode.controller.step.kind is not StepKind.CHARTER:
        qtbot.keyClick(mode.presenter, Qt.Key.Key_PageDown)
    settle()
    # When the class has agreed six rules
    editor = mode.presenter.charter
    for number in range(1, 7):
        qtbot.keyClicks(editor.new_rule, f"Regel nummer {number} som klassen er enig om")
        qtbot.keyClick(editor.new_rule, Qt.Key.Key_Return)
    settle()
    # Then all six are in view without scrolling
    view = editor.list
    last = view.visualRect(editor.model.index(5))
    assert last.isValid() and last.bottom() <= view.viewport().height(), (last, view.height())
    # And at a tally step each count field is a touch target
    while mode.controller.step.kind is not StepKind.TALLY:
        qtbot.keyClick(mode.presenter, Qt.Key.Key_PageDown)
    settle()
    spins = list(mode.presenter.tally.spins.values())
    assert spins and all(spin.height() >= TOUCH_TARGET_PX for spin in spins)
