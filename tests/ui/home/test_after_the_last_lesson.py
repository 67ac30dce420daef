"""After the last lesson the class card offers what comes next: the next rotation, the year's
tallies side by side, archiving the class. No gap where the lesson button was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import Tally, load_pack
from netwerk_desktop.demo import fill_demo
from tests.ui.helpers import when_dialog_opens
from tests.ui.presentation.support import settle
from ui.classes.class_card import ClassCard
from ui.classes.year_tallies import YearTalliesDialog
from ui.shell.app import Launch


def all_done(launch: Launch, *, modules: bool = True) -> ClassCard:
    """The demo class with every lesson done, lesson 1's tally counted, on Home (with
    `modules=False`: the main series done, the module "Our networks" not started)."""
    assert launch.running is not None
    running = launch.running
    workspace = running.workspace
    fill_demo(workspace)
    summary = workspace.classes.list_classes()[0]
    pack = load_pack("da")
    lessons = pack.all_lessons if modules else pack.lessons
    first = lessons[0]
    run = workspace.lessons.start(summary.id, first)
    tally = next(s for s in first.steps if isinstance(s.content, Tally))
    assert isinstance(tally.content, Tally)
    counts = {option.id: 3 + n for n, option in enumerate(tally.content.options)}
    workspace.lessons.save_tally(run.run_id, tally.id, counts)
    workspace.lessons.finish(run.run_id, first.steps[-1].id, 60)
    for lesson in lessons[1:]:
        workspace.lessons.mark_done(summary.id, lesson)
    running.window.show_screen("home")
    settle()
    cards = [c for c in running.window.screen_for("home").grid.cards() if isinstance(c, ClassCard)]
    return cards[0]


def choose(qtbot: QtBot, card: ClassCard, step: str, button: QWidget | None = None) -> None:
    """Open the card's next steps and pick one, as with the mouse."""

    def pick() -> None:
        menu = card.next_steps
        assert menu.isVisible()
        for action in menu.actions():
            if action.text() == step:
                action.trigger()
                menu.close()
                return
        raise AssertionError(step)

    QTimer.singleShot(50, pick)
    qtbot.mouseClick(button or card.run_button, Qt.MouseButton.LeftButton)
    qtbot.wait(120)


def test_the_card_offers_the_next_steps_once_every_lesson_is_done(
    qtbot: QtBot, launch: Launch
) -> None:
    card = all_done(launch)
    assert launch.running is not None
    # Then the card says so and offers the next steps where the lesson button was
    assert card.next_label.text() == "All lessons done"
    assert card.run_button.isVisible() and card.run_button.text() == "Next steps…"
    # The year's tallies, side by side
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, YearTalliesDialog)
        seen.append(dialog.view.toPlainText())
        dialog.reject()

    problems = when_dialog_opens(read, kind=YearTalliesDialog)
    choose(qtbot, card, "The year's tallies side by side")
    assert not problems and "Lesson 1:" in seen[0] and "Meget let: 3" in seen[0]
    # The next rotation
    choose(qtbot, card, "New partnerships")
    assert launch.running.window.current_screen().key == "partnerships"


def test_after_the_main_series_the_card_offers_the_module_and_the_next_steps(
    qtbot: QtBot, launch: Launch
) -> None:
    card = all_done(launch, modules=False)
    assert launch.running is not None
    # The optional module follows the series: the card offers its first lesson
    module = load_pack("da").modules[0]
    assert card.next_lesson is not None
    assert card.next_lesson.lesson_id == module.lessons[0].id
    assert card.run_button.isVisible() and card.run_button.objectName() == "classCardRun"
    # and, for a teacher who skips the module, what comes next for the class
    assert card.steps_button.isVisible() and card.steps_button.text() == "Next steps…"
    choose(qtbot, card, "New partnerships", card.steps_button)
    assert launch.running.window.current_screen().key == "partnerships"


def test_the_next_steps_stay_hidden_while_the_series_runs(launch: Launch) -> None:
    assert launch.running is not None
    running = launch.running
    fill_demo(running.workspace)
    running.window.show_screen("home")
    settle()
    home = running.window.screen_for("home")
    card = next(c for c in home.grid.cards() if isinstance(c, ClassCard))
    assert card.run_button.isVisible() and not card.steps_button.isVisible()


def test_archiving_from_the_card_asks_first_and_keeps_the_data(
    qtbot: QtBot, launch: Launch
) -> None:
    card = all_done(launch)
    assert launch.running is not None
    workspace = launch.running.workspace
    class_id = card.summary.id
    problems = when_dialog_opens(
        lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    )
    choose(qtbot, card, "Archive the class…")
    assert not problems
    settle()
    assert workspace.classes.get(class_id).archived
    assert workspace.partnerships.current_rotation(class_id) is not None
    home = launch.running.window.screen_for("home")
    assert not [c for c in home.grid.cards() if isinstance(c, ClassCard)]
    assert QApplication.activeModalWidget() is None and not isinstance(
        QApplication.activePopupWidget(), QMenu
    )
