"""An activity from the catalogue can be shown to the class and printed (or saved as PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import plain_text
from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import projector_beside, settle, shown_texts
from ui.common import printable
from ui.lessons.activities_screen import ActivitiesScreen
from ui.presentation.on_screen import FrameOnScreen
from ui.shell.app import Launch


def open_activities(qtbot: QtBot, launch: Launch) -> ActivitiesScreen:
    assert launch.running is not None
    window = launch.running.window
    qtbot.mouseClick(window.nav_buttons["activities"], Qt.MouseButton.LeftButton)
    screen = window.screen_for("activities")
    assert isinstance(screen, ActivitiesScreen)
    qtbot.waitUntil(lambda: screen.detail.activity is not None, timeout=10000)
    settle()
    return screen


def test_an_activity_is_shown_to_the_class_on_the_projector(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert launch.running is not None
    projector_beside(monkeypatch, launch.running)
    screen = open_activities(qtbot, launch)
    activity = screen.detail.activity
    assert activity is not None
    # When the teacher presses "Show to the class"
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    shown = screen.findChild(FrameOnScreen, "frameOnScreen")
    assert isinstance(shown, FrameOnScreen)
    # Then the class view on the projector has its title and steps, and Esc ends it
    assert shown.audience.isVisible() and shown.audience.geometry().x() == 1920
    texts = " ".join(shown_texts(shown.audience.content))
    assert plain_text(activity.title) in texts
    assert plain_text(activity.steps[0]).split()[0] in texts
    qtbot.keyClick(shown.audience, Qt.Key.Key_Escape)
    assert not shown.audience.isVisible()


def test_an_activity_is_saved_as_pdf_and_printing_says_when_there_is_no_printer(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    screen = open_activities(qtbot, launch)
    activity = screen.detail.activity
    assert activity is not None
    target = tmp_path / "aktivitet.pdf"
    monkeypatch.setattr(
        printable.QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "")
    )
    # When the teacher saves it as PDF
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    # Then the PDF holds the activity, steps included
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert plain_text(activity.title) in text
    assert plain_text(activity.steps[-1]).split()[-1].strip(".") in text
    # And printing on a PC without a printer says what to do instead
    monkeypatch.setattr(printable.QPrinterInfo, "availablePrinters", lambda: [])
    said: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        dialog.accept()

    problems = when_dialog_opens(read)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert not problems and "PDF" in said[0]
