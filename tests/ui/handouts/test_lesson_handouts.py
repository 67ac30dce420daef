"""Handouts open at the class's next lesson, and "Everything for lesson N" asks before it
prints help cards with blank lines where the school's contacts belong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import load_pack
from tests.ui.handouts.test_handouts_screen import wait_for_preview
from tests.ui.helpers import when_dialog_opens
from ui.handouts.handouts_screen import HandoutsScreen
from ui.handouts.help_contacts_dialog import HelpContactsDialog
from ui.shell.app import Launch


def open_handouts(qtbot: QtBot, launch: Launch) -> HandoutsScreen:
    """Through the navigation, as a teacher opens it."""
    assert launch.running is not None
    window = launch.running.window
    qtbot.mouseClick(window.nav_buttons["handouts"], Qt.MouseButton.LeftButton)
    screen = window.screen_for("handouts")
    assert isinstance(screen, HandoutsScreen)
    return screen


def test_handouts_open_at_each_classs_next_lesson(qtbot: QtBot, launch: Launch) -> None:
    # Given a class that has done lessons 1 and 2, and a new class
    assert launch.running is not None
    workspace = launch.running.workspace
    lessons = load_pack("en").lessons
    further = workspace.classes.create("3.b", content_language="en")
    workspace.roster.add_students(further.id, ["Ann Berg", "Bo Holm"])
    for lesson in lessons[:2]:
        workspace.lessons.mark_done(further.id, lesson)
    fresh = workspace.classes.create("1.a", content_language="en")
    # When the teacher opens Handouts with the first class chosen
    screen = open_handouts(qtbot, launch)
    choices = screen.choices
    choices.class_box.setCurrentIndex(choices.class_box.findData(further.id))
    # Then its next lesson, lesson 3, is chosen
    assert choices.lesson_id() == lessons[2].id
    assert choices.lesson_set_button.text() == "Everything for lesson 3"
    # And another class opens at its own next lesson
    choices.class_box.setCurrentIndex(choices.class_box.findData(fresh.id))
    assert choices.lesson_id() == lessons[0].id
    wait_for_preview(qtbot, screen)


def test_everything_for_a_lesson_asks_about_the_help_contacts_first(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given a class whose school has not typed its help contacts
    assert launch.running is not None
    workspace = launch.running.workspace
    summary = workspace.classes.create("2.g", content_language="en")
    workspace.roster.add_students(summary.id, ["Ann Berg", "Bo Holm"])
    screen = open_handouts(qtbot, launch)
    wait_for_preview(qtbot, screen)
    shown = screen.task

    # When the teacher asks for everything for the lesson and cancels the question
    said: list[str] = []

    def read_then(button: str) -> object:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            said.append(dialog.text())
            chosen = next(b for b in dialog.buttons() if b.text() == button)
            chosen.click()

        return act

    problems = when_dialog_opens(read_then("Cancel"))
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    # Then it said why, and nothing was made
    assert not problems and "not filled in yet" in said[0]
    assert screen.task is shown

    # When the teacher chooses to fill them in now, and saves them
    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, HelpContactsDialog)
        for field in dialog.findChildren(QLineEdit):
            field.setText("Room 12, Mondays")
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert isinstance(save, QPushButton)
        save.click()

    problems = when_dialog_opens(read_then("Fill them in now…"))
    problems += when_dialog_opens(fill_in, kind=HelpContactsDialog)
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    # Then the set is made with the contacts, and the next time nothing is asked
    assert not problems and screen.task is not shown
    wait_for_preview(qtbot, screen)
    template = workspace.handouts.help_template("en")
    assert template is not None and not template.has_placeholders
    made = screen.task
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    assert screen.task is not made  # started at once: no question this time


def test_print_with_blank_lines_is_the_teachers_choice(qtbot: QtBot, launch: Launch) -> None:
    assert launch.running is not None
    summary = launch.running.workspace.classes.create("2.g", content_language="en")
    screen = open_handouts(qtbot, launch)
    wait_for_preview(qtbot, screen)
    shown = screen.task

    def print_anyway(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if b.text() == "Print with blank lines").click()

    problems = when_dialog_opens(print_anyway)
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    # Then the set is made as the teacher chose
    assert not problems and screen.task is not shown
    assert summary.id == screen.choices.class_id()
    wait_for_preview(qtbot, screen)
