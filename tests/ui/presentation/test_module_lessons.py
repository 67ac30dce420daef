"""The module "Our networks" where a teacher meets lessons: the Lessons screen, a class's
Lessons tab and its Home card after the series (or with the module run on its own), the
runner on both screens, and "Everything for lesson N" on the Handouts screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import load_pack
from netwerk_desktop.handouts import HandoutKind
from tests.ui.presentation.support import open_run, shown_texts
from ui.classes.class_card import ClassCard
from ui.classes.classes_screen import ClassesScreen
from ui.common.app_settings import Setting
from ui.handouts.handouts_screen import HandoutsScreen
from ui.home.home_screen import HomeScreen
from ui.lessons.lessons_screen import LessonsScreen
from ui.presentation.progress_panel import LessonProgressPanel
from ui.presentation.run_mode import RunMode
from ui.shell.app import RunningApp

MODULE = "our-networks"


def lessons_tab(running: RunningApp, class_id: int) -> LessonProgressPanel:
    running.window.show_screen("classes", class_id)
    screen = running.window.screen_for("classes")
    assert isinstance(screen, ClassesScreen)
    screen.page.tabs.setCurrentWidget(screen.page.lessons)
    QApplication.processEvents()
    return screen.page.lessons


def test_the_lessons_screen_lists_the_module_beside_the_series(
    qtbot: QtBot, running: RunningApp
) -> None:
    running.window.show_screen("lessons")
    screen = running.window.screen_for("lessons")
    assert isinstance(screen, LessonsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 8)
    chooser = screen.series_choice
    assert chooser.isVisible() and chooser.count() == 2
    chooser.choose(MODULE)
    assert screen.model.rowCount() == 3
    assert screen.model.index(0).data().startswith("1. ")
    assert screen.current_lesson_id() == "my-network"
    # Opening a module's lesson by id switches to the module
    chooser.choose(None)
    screen.show_lesson("needs-and-offers")
    assert chooser.module() == MODULE and screen.current_lesson_id() == "needs-and-offers"


def test_after_the_series_the_class_goes_on_with_the_module(
    qtbot: QtBot, running: RunningApp
) -> None:
    summary = running.workspace.classes.create("2.g", content_language="en")
    pack = load_pack("en")
    for lesson in pack.lessons:
        running.workspace.lessons.mark_done(summary.id, lesson)
    running.settings.set_value(Setting.PRESENTATION_MUTED, True)
    tab = lessons_tab(running, summary.id)
    # The tab shows the module, where the class is now, numbered on its own
    assert tab.series_choice.module() == MODULE
    assert tab.model.rowCount() == 3
    assert tab.continue_button.text() == "Start Our networks, lesson 1  (F5)"
    assert tab.summary_label.text() == "0 of 3 lessons done"
    # The Home card says the same
    running.window.show_screen("home")
    home = running.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    (card,) = home.grid.cards()
    assert isinstance(card, ClassCard)
    assert card.next_label.text() == "Next: Our networks, lesson 1"
    qtbot.mouseClick(card.run_button, Qt.MouseButton.LeftButton)
    mode = running.window.findChild(RunMode, "runMode")
    assert isinstance(mode, RunMode)
    assert mode.controller.lesson.id == "my-network"
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    running.window.show_screen("home")
    (card,) = home.grid.cards()
    assert isinstance(card, ClassCard)
    assert card.run_button.text() == "Continue Our networks, lesson 1"


def test_a_module_run_on_its_own_continues_in_the_module(running: RunningApp) -> None:
    summary = running.workspace.classes.create("H4b", content_language="nl")
    module = load_pack("nl").module(MODULE)
    assert module is not None
    running.workspace.lessons.mark_done(summary.id, module.lessons[0])
    following = running.workspace.next_lessons([summary.id])[summary.id]
    assert following is not None
    assert (following.lesson_id, following.number, following.module) == (
        "needs-and-offers",
        2,
        MODULE,
    )
    tab = lessons_tab(running, summary.id)
    assert tab.series_choice.module() == MODULE
    tab.series_choice.choose(None)
    assert tab.model.rowCount() == 8  # the series is there too, not started


def test_a_module_lesson_runs_on_both_screens(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "needs-and-offers")
    texts = shown_texts(mode.audience)
    assert any("Say hi" in text or "Hils" in text for text in texts)
    for _ in range(20):  # through the statements and phases, as the clicker goes
        if mode.controller.step.id == "write-slips":
            break
        mode.controller.next()
    assert mode.controller.step.id == "write-slips"
    assert any("Skriv" in text for text in shown_texts(mode.audience))
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)


def test_everything_for_a_module_lesson_prints_its_materials(
    qtbot: QtBot, running: RunningApp
) -> None:
    summary = running.workspace.classes.create("2.g", content_language="da")
    running.workspace.roster.add_students(summary.id, ["Anna Holm", "Bo Berg"])
    running.window.show_screen("handouts", (summary.id, "my-network"))
    screen = running.window.screen_for("handouts")
    assert isinstance(screen, HandoutsScreen)
    choices = screen.choices
    assert choices.lesson_id() == "my-network"
    assert choices.lesson.currentText().startswith("Vores netværk · 1. ")
    assert choices.lesson_set_button.text() == "Everything for lesson 1"
    kinds = [r.kind for r in running.workspace.handouts.lesson_set(summary.id, "my-network")]
    assert HandoutKind.NETWORK_MAP in kinds and HandoutKind.HELP_CARDS in kinds
