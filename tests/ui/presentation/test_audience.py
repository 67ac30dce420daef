"""What the class sees: nothing private, large type at 1920x1080, long text in pages, the
tally without small counts, the partnerships, and the audience view following the screens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import Reflection, Step, load_pack, plain_text
from tests.ui.presentation.support import (
    PROJECTOR,
    Clock,
    add_rotation,
    open_run,
    own_display,
    settle,
    shown_labels,
    shown_texts,
)
from ui.common.app_settings import Setting
from ui.presentation.audience_style import FLOOR_PX, TITLE_MIN_PX
from ui.presentation.audience_window import AudienceWindow
from ui.presentation.controller import PresentationController
from ui.presentation.displays import Display, FixedDisplays
from ui.presentation.frames import Layout
from ui.presentation.words import AudienceWords
from ui.shell.app import RunningApp


def fits(label: QLabel) -> bool:
    """Nothing is cut off: the text, wrapped as the label paints it, fits its room."""
    room = label.contentsRect()
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        document.setTextWidth(room.width())
        return document.size().height() <= room.height() + 2
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, room.width(), 1 << 20), flags, label.text()
    )
    return needed.height() <= room.height() + 2 and needed.width() <= room.width() + 2


def walk_lesson(controller: PresentationController, seen: Callable[[], None]) -> None:
    """Every place in the lesson, as the next key reaches it."""
    seen()
    while not controller.done:
        controller.next()
        if not controller.done:
            seen()


def public_text(steps: tuple[Step, ...]) -> str:
    """Everything the lesson means the class to see: audience texts and step content."""
    parts: list[str] = []
    for step in steps:
        parts += [step.audience.title, plain_text(step.audience.text)]
        content = step.content
        for name in ("prompt", "question", "task"):
            parts.append(str(getattr(content, name, "")))
        for name in ("questions", "cards", "categories"):
            parts.extend(getattr(content, name, ()))
        for statement in getattr(content, "statements", ()):
            parts += [statement.text, statement.left, statement.right]
        parts.extend(option.text for option in getattr(content, "options", ()))
    return "\n".join(parts)


def private_passages(steps: tuple[Step, ...]) -> list[str]:
    """Sentences of the teacher notes and cases that are not also meant for the class, long
    enough to recognise anywhere."""
    public = public_text(steps)
    passages = []
    for step in steps:
        for text in (step.teacher_notes, step.case or ""):
            for paragraph in plain_text(text).split("\n\n"):
                for sentence in paragraph.replace("**", "").split(". "):
                    sentence = sentence.strip()
                    if len(sentence) > 24 and sentence not in public:
                        passages.append(sentence)
    return passages


@pytest.mark.parametrize("lesson_id", ["community", "class-charter", "worried-friend"])
def test_the_audience_view_never_shows_teacher_notes(
    qtbot: QtBot, running: RunningApp, lesson_id: str
) -> None:
    mode = open_run(running, lesson_id)
    controller = mode.controller
    running.workspace.lessons.save_note(controller.summary.id, lesson_id, "PRIVATE-NOTE-7731")
    mode.presenter.private_notes.editor.setPlainText("PRIVATE-NOTE-7731 Sofie")
    secrets = [*private_passages(controller.lesson.steps), "PRIVATE-NOTE-7731"]
    seen_any: list[str] = []

    def check() -> None:
        texts = shown_texts(mode.audience) + controller.frame().texts()
        seen_any.extend(texts)
        everything = "\n".join(texts)
        leaked = [secret for secret in secrets if secret in everything]
        assert not leaked, f"teacher text on the projector at {controller.step.id}: {leaked[:2]}"

    walk_lesson(controller, check)
    settle()
    # The walk really looked at the audience text (and the notes really were on the presenter)
    assert any(step.audience.title in seen_any for step in controller.lesson.steps)
    assert "PRIVATE-NOTE-7731" in mode.presenter.private_notes.editor.toPlainText()
    last_notes = plain_text(controller.lesson.steps[-1].teacher_notes)
    assert last_notes[:40] in mode.presenter.notes.toPlainText()


def test_no_text_below_40_px_and_titles_at_least_72_px_at_1920x1080(
    qtbot: QtBot, running: RunningApp
) -> None:
    mode = open_run(running, "class-charter")
    audience, controller = mode.audience, mode.controller
    assert (audience.width(), audience.height()) == (1920, 1080)
    controller.set_charter_rules(["Vi siger hej til hinanden om morgenen."] * 3)
    layouts: set[Layout] = set()

    def check() -> None:
        layouts.add(controller.frame().layout)
        labels = shown_labels(audience)
        assert labels
        for label in labels:
            assert label.font().pixelSize() >= FLOOR_PX, (controller.step.id, label.text())
            if label.wordWrap():
                assert fits(label), (controller.step.id, label.text())
        assert audience.title.font().pixelSize() >= TITLE_MIN_PX

    walk_lesson(controller, check)
    assert {Layout.FLOW, Layout.EITHER_OR, Layout.TALLY} <= layouts


def test_long_text_shrinks_to_the_floor_then_pages(qtbot: QtBot, running: RunningApp) -> None:
    pack = load_pack("da")
    lesson = pack.lessons[0]
    reflection = next(s for s in lesson.steps if isinstance(s.content, Reflection))
    long_questions = tuple(
        f"Spørgsmål {n}: " + " ".join(["Hvad tænker du om fællesskabet i klassen i dag"] * 4)
        for n in range(1, 9)
    )
    long_step = replace(reflection, content=Reflection(long_questions))
    short = replace(lesson, steps=(long_step, lesson.steps[-1]))
    summary = running.workspace.classes.create("3.x", content_language="da")
    controller = PresentationController(running.workspace, summary, short, pack, Clock())
    audience = AudienceWindow()
    qtbot.addWidget(audience)
    controller.frame_changed.connect(audience.show_frame)
    audience.pages_counted.connect(controller.set_page_count)
    audience.show()
    controller.begin()
    assert controller.page_count > 1
    sizes = {label.font().pixelSize() for label in shown_labels(audience.content)}
    assert min(sizes) == FLOOR_PX
    assert audience.page_label.isVisible() and audience.page_label.text() == (
        f"1 / {controller.page_count}"
    )
    first_page = shown_texts(audience.bodies[Layout.FLOW])
    controller.next()
    assert controller.cursor.page == 1 and controller.index == 0
    assert shown_texts(audience.bodies[Layout.FLOW]) != first_page
    for _ in range(controller.page_count):
        controller.next()
    assert controller.index == 1


def test_tally_counts_below_three_read_fewer_than_three(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "community")
    controller = mode.controller
    tally_index = next(i for i, s in enumerate(controller.lesson.steps) if s.kind == "tally")
    controller.go_to(tally_index)
    settle()
    entry = mode.presenter.tally
    assert entry.isVisible() and not controller.frame().tally.shown  # type: ignore[union-attr]
    counts = [12, 2, 7, 0, 5]
    for spin, count in zip(entry.spins.values(), counts, strict=True):
        spin.setValue(count)
    qtbot.mouseClick(entry.show_button, Qt.MouseButton.LeftButton)
    body = mode.audience.bodies[Layout.TALLY]
    texts = shown_texts(body)
    fewer = AudienceWords("da")("fewer than 3")
    assert texts.count(fewer) == 2 and {"12", "7", "5"} <= set(texts)
    assert "2" not in texts and "0" not in texts
    assert controller.run is not None
    saved = running.workspace.lessons.tally(controller.run.run_id, controller.step.id)
    assert saved is not None and dict(saved.counts) == dict(zip(entry.spins, counts, strict=True))


def test_32_students_in_partnership_groups_fit_one_screen(
    qtbot: QtBot, running: RunningApp
) -> None:
    summary = running.workspace.classes.create("2.g", content_language="da")
    first = ["Amalie", "Ahmad", "Freja", "Mads", "Zeynep", "Emil", "Ida", "Jonas"]
    last = ["Østergaard", "Rahimi", "Mortensen", "Aagaard-Holm"]
    names = [f"{f} {n}" for f in first for n in last]  # up to "Zeynep Aagaard-Holm"
    add_rotation(running.workspace, summary.id, names)
    mode = open_run(running, "partnerships", summary=summary)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_P)
    audience = mode.audience
    assert mode.controller.showing_groups and audience.pages == 1
    texts = "\n".join(shown_texts(audience))
    assert all(name in texts for name in names)
    assert all(label.font().pixelSize() >= FLOOR_PX for label in shown_labels(audience))
    assert len([v for v in audience.bodies[Layout.GROUPS].children() if v.isVisible()]) == 8
    # P again, or next, goes back to the lesson without moving on
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Right)
    assert not mode.controller.showing_groups and mode.controller.index == 0


def test_screens_plugged_in_and_out_move_the_audience_view(
    qtbot: QtBot, running: RunningApp
) -> None:
    # One screen (a mirrored smartboard): the audience view fills it, the bar is on it
    displays = FixedDisplays([own_display(running)])
    mode = open_run(running, displays=displays)
    own = own_display(running).geometry
    assert mode.placement is not None and mode.placement.single_screen
    assert mode.audience.geometry() == own and mode.bar.isVisible()
    assert mode.presenter.covered  # notes only when the teacher asks
    # A projector is plugged in: the audience view moves there, the bar goes away
    displays.plug_in(PROJECTOR)
    assert mode.audience.geometry() == PROJECTOR.geometry and not mode.placement.single_screen
    assert not mode.bar.isVisible() and not mode.presenter.covered
    combo = mode.presenter.findChild(QComboBox, "audienceScreen")
    assert combo.count() == 3  # automatic, and the two screens
    # The teacher chooses the own screen on purpose; the choice is kept
    combo.setCurrentIndex(combo.findData(own_display(running).name))
    combo.activated.emit(combo.currentIndex())
    assert mode.audience.geometry() == own and mode.placement.single_screen
    assert running.settings.value(Setting.PRESENTATION_SCREEN) == own_display(running).name
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert mode.audience.geometry() == PROJECTOR.geometry
    # Unplugged during the lesson: back on the own screen, the lesson goes on
    displays.unplug(PROJECTOR.name)
    assert mode.audience.geometry() == own and mode.placement.single_screen
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Right)
    assert mode.controller.index == 1
    # Even with no screen at all nothing breaks, and a screen coming back is used
    displays.unplug(own_display(running).name)
    assert not mode.audience.isVisible() and mode.placement is None
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Left)
    displays.plug_in(Display("Smartboard", QRect(0, 0, 1280, 800)))
    assert mode.audience.isVisible() and mode.audience.geometry() == QRect(0, 0, 1280, 800)
    assert all(isinstance(label, QLabel) for label in shown_labels(mode.audience))


def test_touch_taps_on_the_edges_move_on_and_back(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "community")
    audience = mode.audience
    audience.setGeometry(0, 0, 1920, 1080)
    qtbot.mouseClick(audience, Qt.MouseButton.LeftButton, pos=audience.rect().center())
    assert mode.controller.index == 0
    qtbot.mouseClick(audience, Qt.MouseButton.LeftButton, pos=QPoint(1880, 540))
    assert mode.controller.index == 1
    qtbot.mouseClick(audience, Qt.MouseButton.LeftButton, pos=QPoint(40, 540))
    assert mode.controller.index == 0
    # A swipe to the left is "next"
    qtbot.mousePress(audience, Qt.MouseButton.LeftButton, pos=QPoint(1200, 540))
    qtbot.mouseRelease(audience, Qt.MouseButton.LeftButton, pos=QPoint(700, 540))
    assert mode.controller.index == 1
