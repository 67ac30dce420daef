"""Getting to a lesson: the class's Lessons tab and its Home card; the charter typed live; and
pictures of both views for a step of each kind, in Danish."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import load_pack
from netwerk_desktop.services.lesson_records import LessonState
from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import open_run, settle, shown_texts
from ui.classes.class_card import ClassCard
from ui.classes.classes_screen import ClassesScreen
from ui.common.app_settings import Setting
from ui.home.home_screen import HomeScreen
from ui.presentation.frames import Layout
from ui.presentation.presenter_view import PresenterView
from ui.presentation.progress_panel import LessonProgressPanel
from ui.presentation.run_mode import PREVIEW_DELAY_MS, RunMode
from ui.shell.app import RunningApp


def lessons_tab(running: RunningApp, class_id: int) -> LessonProgressPanel:
    running.window.show_screen("classes", class_id)
    screen = running.window.screen_for("classes")
    assert isinstance(screen, ClassesScreen)
    screen.page.tabs.setCurrentWidget(screen.page.lessons)
    QApplication.processEvents()  # lay the tab out, so its buttons can be clicked
    return screen.page.lessons


def run_mode(running: RunningApp) -> RunMode:
    mode = running.window.findChild(RunMode, "runMode")
    assert isinstance(mode, RunMode)
    return mode


def test_the_lessons_tab_continues_marks_done_resets_and_undoes(
    qtbot: QtBot, running: RunningApp
) -> None:
    summary = running.workspace.classes.create("2.g", content_language="da")
    running.settings.set_value(Setting.PRESENTATION_MUTED, True)
    tab = lessons_tab(running, summary.id)
    assert tab.model.rowCount() == 8
    assert tab.continue_button.text() == "Start lesson 1  (F5)"
    assert tab.summary_label.text() == "0 of 8 lessons done"
    # Start lesson 1, move on two steps, leave with Esc
    qtbot.mouseClick(tab.continue_button, Qt.MouseButton.LeftButton)
    mode = run_mode(running)
    assert isinstance(running.window.centralWidget(), PresenterView)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Right)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Right)
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    assert not isinstance(running.window.centralWidget(), PresenterView)
    # The tab shows where lesson 1 stands and offers to continue it
    assert tab.isVisible()
    first = tab.model.index(0).data()
    assert "In progress: step 3 of 8" in first and "next" in first
    assert tab.continue_button.text() == "Continue lesson 1  (F5)"
    # Mark lesson 2 done from the list
    tab.list.setCurrentIndex(tab.model.index(1))
    assert tab.run_button.text() == "Start lesson 2"
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert "Done on" in tab.model.index(1).data()
    assert tab.summary_label.text() == "1 of 8 lessons done"
    # Reset lesson 1, confirmed; then undo
    tab.list.setCurrentIndex(tab.model.index(0))

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    problems = when_dialog_opens(confirm)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert not problems
    assert "Not started" in tab.model.index(0).data() and tab.undo_bar.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert "In progress: step 3 of 8" in tab.model.index(0).data()
    assert not tab.undo_bar.isVisible()
    # F5 on the tab continues the next lesson
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_F5)
    assert run_mode(running).controller.index == 2
    run_mode(running).leave()


def test_the_home_card_shows_the_next_lesson_and_starts_it(
    qtbot: QtBot, running: RunningApp
) -> None:
    summary = running.workspace.classes.create("2.g", content_language="da")
    running.workspace.lessons.mark_done(summary.id, load_pack("da").lessons[0])
    running.settings.set_value(Setting.PRESENTATION_MUTED, True)
    running.window.show_screen("home")
    home = running.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    (card,) = home.grid.cards()
    assert isinstance(card, ClassCard)
    assert card.next_label.text() == "Next: lesson 2"
    assert card.run_button.text() == "Start lesson 2"
    qtbot.mouseClick(card.run_button, Qt.MouseButton.LeftButton)
    mode = run_mode(running)
    assert mode.controller.lesson.number == 2
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    # Back on Home, the card says the lesson is in progress
    running.window.show_screen("home")
    (card,) = home.grid.cards()
    assert isinstance(card, ClassCard)
    assert card.next_label.text() == "Lesson 2 is in progress"
    assert card.run_button.text() == "Continue lesson 2"


def test_the_charter_grows_on_the_screen_as_it_is_typed(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "class-charter")
    controller = mode.controller
    controller.go_to(4)  # the class agrees its rules
    settle()
    editor = mode.presenter.charter
    assert editor.isVisible()
    for rule in ("Vi siger hej om morgenen.", "Vi lader folk tale færdig."):
        qtbot.keyClicks(editor.new_rule, rule)
        qtbot.keyClick(editor.new_rule, Qt.Key.Key_Return)
    texts = shown_texts(mode.audience.bodies[Layout.FLOW])
    assert "1.  Vi siger hej om morgenen." in texts and "2.  Vi lader folk tale færdig." in texts
    # Keys typed in the field stay in the field: Space and B did not move or blank the lesson
    assert controller.index == 4 and controller.blank.value == "none"
    # Leaving the step keeps the charter as a new version, with the lesson it came from
    assert running.workspace.charter.current(controller.summary.id) is None
    qtbot.keyClick(editor.new_rule, Qt.Key.Key_Escape)  # leaves the field, not the lesson
    assert isinstance(running.window.centralWidget(), PresenterView)
    while controller.index == 4:  # through the step's phases (the walk, the class), then on
        qtbot.keyClick(mode.presenter, Qt.Key.Key_Right)
    controller.flush_saves()
    charter = running.workspace.charter.current(controller.summary.id)
    assert charter is not None and charter.lesson_id == "class-charter"
    assert charter.rules == ("Vi siger hej om morgenen.", "Vi lader folk tale færdig.")
    progress = running.workspace.lessons.progress(controller.summary.id, [controller.lesson])
    assert progress.lessons[0].state is LessonState.IN_PROGRESS


def test_pictures_of_each_step_kind_in_danish(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    """Saves PNGs to look at (to $NETWERK_SHOTS if set): audience and presenter, one step of
    each kind, Danish; checks each picture shows something."""
    out = Path(os.environ.get("NETWERK_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    running.settings.set_value(Setting.LANGUAGE, "da")
    qtbot.wait(10)  # the language change reaches every widget
    pack = load_pack("da")
    summary = running.workspace.classes.create("2.g", content_language="da")
    running.window.resize(1440, 900)
    done: set[str] = set()
    for lesson in pack.lessons:
        kinds = {step.kind for step in lesson.steps} - done
        if not kinds:
            continue
        mode = open_run(running, lesson.id, summary=summary)
        for index, step in enumerate(lesson.steps):
            if step.kind not in kinds or step.kind in done:
                continue
            done.add(step.kind)
            mode.controller.go_to(index)
            if step.kind == "charter":
                mode.controller.set_charter_rules(["Vi siger hej om morgenen.", "Vi lytter."])
            if step.kind == "tally":
                mode.controller.save_tally(
                    {o.id: 2 + 3 * n for n, o in enumerate(step.content.options)}
                )  # type: ignore[union-attr]
            qtbot.wait(PREVIEW_DELAY_MS + 50)  # the presenter's picture of the audience view
            for name, widget in (("audience", mode.audience), ("presenter", running.window)):
                path = out / f"{step.kind}-{name}.png"
                widget.grab().save(str(path))
                image = QImage(str(path))
                colours = {
                    image.pixel(x, y)
                    for x in range(0, image.width(), 37)
                    for y in range(0, image.height(), 23)
                }
                assert len(colours) > 3, f"{path} looks empty"
        mode.leave()
    assert len(done) == 9
