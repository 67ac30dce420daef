"""A name is text, never markup: students and a class named with `<img>` and `<b>` go through
every screen and tab and the class view, and no label or tooltip lets Qt read them as rich text
(a name with `<img src=…>` once made Qt open a local file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.presentation.support import demo_class, projector_beside, settle
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.presentation.on_screen import FrameOnScreen
from ui.shell.app import Launch

HOSTILE_STUDENTS = ("<b>Bold</b> Holm", 'Ida <img src="/etc/hostname">')
HOSTILE_CLASS = "<i>2.g</i> <b>B</b>"


def read_as_markup(window: QWidget) -> list[str]:
    """Every shown label whose text holds the markup and would be drawn as rich text, and
    every tooltip that holds it (Qt draws a tooltip as rich text when it looks like it)."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        tip = widget.toolTip()
        hostile = any(name in tip for name in (HOSTILE_CLASS, *HOSTILE_STUDENTS))
        if hostile and QtGui.mightBeRichText(tip):
            found.append(f"tooltip of {type(widget).__name__} {widget.objectName()}: {tip!r}")
        if not isinstance(widget, QLabel):
            continue
        text = widget.text()
        if not any(name in text for name in (HOSTILE_CLASS, *HOSTILE_STUDENTS)):
            continue  # our own markup (an activity's facts table) is fine
        form = widget.textFormat()
        if form is Qt.TextFormat.RichText or (
            form is Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
        ):
            found.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    return found


def hostile_class(launch: Launch) -> int:
    assert launch.running is not None
    running = launch.running
    summary = demo_class(running, "en")
    workspace = running.workspace
    workspace.classes.update(summary.id, name=HOSTILE_CLASS)
    students = workspace.roster.list_students(summary.id)
    for student, name in zip(students, HOSTILE_STUDENTS, strict=False):
        workspace.roster.rename_student(student.id, name)
    return summary.id


def test_no_screen_reads_a_name_as_markup(launch: Launch) -> None:
    hostile_class(launch)
    assert launch.running is not None
    window = launch.running.window
    window.resize(1600, 1000)
    problems: list[str] = []
    seen_names = False
    for key in window.nav_buttons:
        window.show_screen(key)
        settle()
        screen = window.screen_for(key)
        tabs = [t for t in screen.findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tab_widget in tabs or [None]:
            for page in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(page)
                    settle()
                problems.extend(f"{key}: {problem}" for problem in read_as_markup(window))
                labels = window.findChildren(QLabel)
                seen_names |= any(HOSTILE_CLASS in label.text() for label in labels)
    assert seen_names  # the class's name reached a label: the check looked at something
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_class_view_shows_the_names_as_text(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile_class(launch)
    assert launch.running is not None
    running = launch.running
    projector_beside(monkeypatch, running)
    running.window.show_screen("partnerships")
    screen = running.window.screen_for("partnerships")
    assert isinstance(screen, PartnershipsScreen)
    settle()
    qtbot.mouseClick(screen.board.show_button, Qt.MouseButton.LeftButton)
    shown = screen.findChild(FrameOnScreen, "frameOnScreen")
    assert isinstance(shown, FrameOnScreen)
    audience = shown.audience
    assert audience.isVisible()
    texts = [label.text() for label in audience.findChildren(QLabel) if label.isVisible()]
    assert any("<b>Bold</b> Holm" in text for text in texts)
    assert not read_as_markup(audience)
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
