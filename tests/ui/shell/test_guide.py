"""The built-in guide: read in the app's language, printed as PDF, shown on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import projector_beside, shown_texts
from ui.common import printable
from ui.presentation.on_screen import FrameOnScreen
from ui.shell.app import Launch
from ui.shell.guide import GuideDialog


def open_guide(launch: Launch, act: object) -> list[str]:
    assert launch.running is not None
    problems = when_dialog_opens(act, kind=GuideDialog)  # type: ignore[arg-type]
    launch.running.window.guide_action.trigger()
    return problems


def test_the_guide_says_how_it_works_in_danish_and_saves_as_pdf(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert launch.running is not None
    launch.running.languages.apply("da")
    target = tmp_path / "guide.pdf"
    monkeypatch.setattr(
        printable.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    read: list[str] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, GuideDialog)
        read.append(dialog.view.toPlainText())
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    try:
        assert not open_guide(launch, act)
    finally:
        launch.running.languages.apply("en")
    # The guide reads in Danish: one or two screens, and the keys
    assert "Én skærm" in read[0] and "To skærme" in read[0]
    assert "Sort skærm" in read[0]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "To skærme" in text and "Sort skærm" in text


def test_the_guide_goes_on_the_projector(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert launch.running is not None
    projector_beside(monkeypatch, launch.running)

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, GuideDialog)
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)

    assert not open_guide(launch, act)
    shown = launch.running.window.findChild(FrameOnScreen, "frameOnScreen")
    assert isinstance(shown, FrameOnScreen)
    assert shown.audience.isVisible() and shown.audience.geometry().x() == 1920
    assert "How Netwerk Desktop works" in shown_texts(shown.audience.content)
    assert shown.pages >= 2  # the whole guide, page by page
    qtbot.keyClick(shown.audience, Qt.Key.Key_Escape)
