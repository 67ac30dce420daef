"""At the start of a lesson the teacher hears who has no place in the partnerships, and "P"
never projects groups that leave a present student out unless the teacher chose it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import (
    demo_class,
    projector_beside,
    run_from_home,
    settle,
    shown_texts,
)
from ui.classes.class_card import ClassCard
from ui.presentation.lesson_start import NoPlaceDialog
from ui.presentation.run_mode import RunMode
from ui.shell.app import Launch

NEW = "Sara Nyborg"  # joined the class after the partnerships were made


def answer(button: str, said: list[str]) -> list[str]:
    """Read the question at the lesson start, then press one of its buttons."""

    def act(dialog: QWidget) -> None:
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        said.extend(box.text() for box in dialog.findChildren(QCheckBox))
        found = dialog.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    return when_dialog_opens(act, kind=NoPlaceDialog)


def class_with_a_new_student(launch: Launch, monkeypatch: pytest.MonkeyPatch) -> int:
    assert launch.running is not None
    projector_beside(monkeypatch, launch.running)
    summary = demo_class(launch.running)
    launch.running.workspace.roster.add_students(summary.id, [NEW])
    return summary.id


def test_back_today_at_the_start_gives_the_student_a_place_in_the_partnerships(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a class with a student who has no place in its partnerships
    class_id = class_with_a_new_student(launch, monkeypatch)
    assert launch.running is not None
    # When the teacher starts the next lesson from Home, and gives them a place
    said: list[str] = []
    problems = answer("givePlaces", said)
    mode = run_from_home(qtbot, launch.running, class_id)
    # Then the question named the student, and P shows them in a group
    assert not problems and NEW in said
    assert any("1 student has no place" in text for text in said)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_P)
    settle()
    assert mode.controller.showing_groups
    assert any(NEW in text for text in shown_texts(mode.audience))
    rotation = launch.running.workspace.partnerships.current_rotation(class_id)
    assert rotation is not None and len(rotation.student_ids) == 25


def test_without_them_is_the_teachers_choice_and_cancel_starts_nothing(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    class_id = class_with_a_new_student(launch, monkeypatch)
    assert launch.running is not None
    running = launch.running
    # When the teacher cancels (Esc), no lesson starts
    cancel = when_dialog_opens(
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape), kind=NoPlaceDialog
    )
    running.window.show_screen("home")
    cards = running.window.screen_for("home").grid.cards()
    card = next(c for c in cards if isinstance(c, ClassCard))
    qtbot.mouseClick(card.run_button, Qt.MouseButton.LeftButton)
    assert not cancel and running.window.findChild(RunMode, "runMode") is None
    # When the teacher chooses to show the partnerships without the student
    problems = answer("withoutThem", [])
    mode = run_from_home(qtbot, running, class_id)
    assert not problems
    qtbot.keyClick(mode.presenter, Qt.Key.Key_P)
    settle()
    # Then P shows the groups as they are, and nothing was changed
    assert not any(NEW in text for text in shown_texts(mode.audience))
    rotation = running.workspace.partnerships.current_rotation(class_id)
    assert rotation is not None and len(rotation.student_ids) == 24
