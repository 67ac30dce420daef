"""Shared helpers for the presentation tests: a clock moved by hand, screens plugged in by
hand, run mode over the real main window, and what the audience view shows."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.storage.engine import make_engine
from netwerk_desktop.storage.partnership_models import Rotation, RotationMember
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import Setting
from ui.presentation.displays import Display, FixedDisplays
from ui.presentation.run_mode import RunMode
from ui.shell.app import RunningApp

PROJECTOR = Display("Projector", QRect(1920, 0, 1920, 1080))


class Clock:
    """Monotonic seconds, moved by hand: timers are tested without waiting."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


def own_display(running: RunningApp) -> Display:
    screen = running.window.screen()
    return Display(screen.name(), QRect(screen.geometry()), primary=True)


def two_screens(running: RunningApp) -> FixedDisplays:
    return FixedDisplays([own_display(running), PROJECTOR])


def open_run(
    running: RunningApp,
    lesson_id: str = "community",
    displays: FixedDisplays | None = None,
    clock: Clock | None = None,
    summary: ClassSummary | None = None,
) -> RunMode:
    """Run mode for a Danish class, the audience view on a second screen unless told."""
    if summary is None:
        summary = running.workspace.classes.create("2.g", content_language="da")
    running.settings.set_value(Setting.PRESENTATION_MUTED, True)
    mode = RunMode(
        running.window,
        running.workspace,
        running.settings,
        summary.id,
        lesson_id,
        displays or two_screens(running),
        clock or Clock(),
    )
    mode.start()
    return mode


def settle() -> None:
    """Let the event loop run once: the presenter view follows the projector a moment later."""
    QApplication.processEvents()


def plain(label: QLabel) -> str:
    """The text a label shows, rich text included, as plain text."""
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def shown_labels(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def shown_texts(widget: QWidget) -> list[str]:
    return [plain(label) for label in shown_labels(widget) if label.text()]


def add_rotation(workspace: Workspace, class_id: int, names: list[str]) -> None:
    """A saved rotation: groups of two pairs, in the order of the names."""
    students, _ = workspace.roster.add_students(class_id, names)
    engine = make_engine(workspace.location.database)
    with engine.begin() as connection:
        rotation = connection.execute(
            insert(Rotation.__table__).values(
                class_id=class_id,
                number=1,
                kind="full",
                status="saved",
                group_size=4,
                seed=0,
                created_at=datetime(2026, 9, 1, 8),
            )
        ).inserted_primary_key[0]
        for position, student in enumerate(students):
            connection.execute(
                insert(RotationMember.__table__).values(
                    rotation_id=rotation,
                    student_id=student.id,
                    group_number=position // 4 + 1,
                    pair_number=position % 4 // 2 + 1,
                )
            )
    engine.dispose()


def demo_class(running: RunningApp, language: str = "da") -> ClassSummary:
    """The demo class (24 students, partnerships, a charter), as `--demo` makes it."""
    from netwerk_desktop.demo import fill_demo

    fill_demo(running.workspace)
    summary = running.workspace.classes.list_classes()[0]
    if summary.content_language != language:
        summary = running.workspace.classes.update(summary.id, content_language=language)
    return summary


def projector_beside(monkeypatch: pytest.MonkeyPatch, running: RunningApp) -> None:
    """Run mode finds a projector beside the classroom PC (the offscreen platform has one
    screen and cannot plug one in)."""
    import ui.presentation.on_screen as on_screen
    import ui.presentation.run_mode as run_mode

    for module in (run_mode, on_screen):
        monkeypatch.setattr(module, "SystemDisplays", lambda _parent: two_screens(running))


def run_from_home(qtbot: QtBot, running: RunningApp, class_id: int) -> RunMode:
    """Start the class's next lesson as a teacher does: Home, the class card's button."""
    from ui.classes.class_card import ClassCard

    running.settings.set_value(Setting.PRESENTATION_MUTED, True)
    window = running.window
    window.show_screen("home")
    home = window.screen_for("home")
    card = next(
        c for c in home.grid.cards() if isinstance(c, ClassCard) and c.summary.id == class_id
    )
    qtbot.mouseClick(card.run_button, Qt.MouseButton.LeftButton)
    mode = window.findChild(RunMode, "runMode")
    assert isinstance(mode, RunMode), "no lesson started"
    settle()
    return mode


def lesson_on_projector(
    qtbot: QtBot, running: RunningApp, monkeypatch: pytest.MonkeyPatch, done: int = 0
) -> RunMode:
    """The demo class's next lesson (after `done` lessons marked done), started from Home,
    with a projector beside the classroom PC."""
    from netwerk_desktop.content import load_pack

    projector_beside(monkeypatch, running)
    summary = demo_class(running)
    for lesson in load_pack(summary.content_language).lessons[:done]:
        running.workspace.lessons.mark_done(summary.id, lesson)
    return run_from_home(qtbot, running, summary.id)
