"""One screen (a mirrored smartboard): the class sees whatever is on it. The teacher works from
the bar on the class view, which stays above it; the notes come forward only after the teacher
chose "Show my notes — the class will see them"; private notes never do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import StepKind, load_pack
from tests.ui.presentation.support import demo_class, plain, run_from_home, settle, shown_texts
from ui.presentation.run_mode import RunMode
from ui.shell.app import Launch

PRIVATE = "Mads Holm seemed low today; talk to him after class"


def seen_on_screen(widget: QWidget) -> str:
    """Every text a visible label, field or text view of the window shows."""
    found = [plain(label) for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    for view in widget.findChildren(QTextBrowser) + widget.findChildren(QPlainTextEdit):
        if view.isVisibleTo(widget):
            found.append(view.toPlainText())
    return " ".join(" ".join(found).split())


def first_sentence(text: str) -> str:
    return " ".join(text.split(".")[0].split())


def start_on_one_screen(qtbot: QtBot, launch: Launch) -> RunMode:
    assert launch.running is not None
    running = launch.running
    summary = demo_class(running)
    running.workspace.lessons.save_note(summary.id, "community", PRIVATE)
    mode = run_from_home(qtbot, running, summary.id)
    assert mode.placement is not None and mode.placement.single_screen
    return mode


def press_on_class_view(qtbot: QtBot, mode: RunMode, key: Qt.Key) -> None:
    qtbot.keyClick(mode.audience, key)
    settle()


def test_the_notes_stay_hidden_until_the_teacher_chooses_to_show_them(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given lesson 1 on a one-screen classroom PC, with a private note that names a student
    mode = start_on_one_screen(qtbot, launch)
    assert launch.running is not None
    window = launch.running.window
    teacher_notes = first_sentence(mode.controller.step.teacher_notes)
    # Then the class view fills the screen with the bar on it, a child that stays above it
    assert mode.audience.isVisible() and mode.audience.isFullScreen()
    assert mode.bar.parentWidget() is mode.audience and mode.bar.isVisible()
    # And behind it the presenter view shows nothing of the notes
    assert mode.presenter.covered
    for text in (teacher_notes, PRIVATE):
        assert text not in seen_on_screen(window)
        assert text not in seen_on_screen(mode.audience)
    # When the teacher moves on with the keys on the class view, nothing changes that
    press_on_class_view(qtbot, mode, Qt.Key.Key_Right)
    assert mode.controller.index == 1 and mode.presenter.covered
    # When the teacher asks for the notes, the bar first says what would happen
    qtbot.mouseClick(mode.bar.notes_button, Qt.MouseButton.LeftButton)
    assert mode.bar.warning.isVisible() and mode.presenter.covered
    assert mode.bar.confirm_button.text() == "Show my notes — the class will see them"
    qtbot.mouseClick(mode.bar.cancel_button, Qt.MouseButton.LeftButton)
    assert not mode.bar.warning.isVisible() and mode.presenter.covered
    # And only the explicit choice brings them forward, with a banner that says so
    qtbot.mouseClick(mode.bar.notes_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.bar.confirm_button, Qt.MouseButton.LeftButton)
    settle()
    assert not mode.presenter.covered and mode.presenter.banner.isVisible()
    assert not mode.audience.isVisible()
    on_screen = seen_on_screen(window)
    assert first_sentence(mode.controller.step.teacher_notes) in on_screen
    assert PRIVATE not in on_screen  # private notes never, on one screen
    # F5 goes back to the class view, and the notes behind the curtain
    qtbot.keyClick(mode.presenter, Qt.Key.Key_F5)
    settle()
    assert mode.audience.isVisible() and mode.presenter.covered


def test_tally_counts_are_typed_on_the_class_view_as_dots_with_a_running_total(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given lesson 1 on one screen, at its tally step (reached with the keys)
    mode = start_on_one_screen(qtbot, launch)
    while mode.controller.step.kind is not StepKind.TALLY:
        press_on_class_view(qtbot, mode, Qt.Key.Key_PageDown)
    # When the teacher opens the counts on the bar and types them
    assert mode.bar.tools_button.isVisible()
    qtbot.mouseClick(mode.bar.tools_button, Qt.MouseButton.LeftButton)
    fields = list(mode.bar.tally.fields.values())
    assert fields and all(field.isVisible() for field in fields)
    for field, count in zip(fields, ["12", "6", "3", "2", "1"], strict=False):
        qtbot.keyClicks(field, count)
    # Then the class sees dots, never a small count, and the teacher a running total
    assert all(field.echoMode() is QLineEdit.EchoMode.Password for field in fields)
    assert mode.bar.tally.total.text() == "Counted: 24 of 24 students"
    assert mode.controller.index == mode.controller.lesson.steps.index(mode.controller.step)
    # When the teacher shows the chart from the bar
    qtbot.mouseClick(mode.bar.tally.show_button, Qt.MouseButton.LeftButton)
    settle()
    # Then the chart is on the class view, small counts as "fewer than 3"
    texts = shown_texts(mode.audience.content)
    assert "12" in texts and "6" in texts and "3" in texts
    assert "2" not in texts and "1" not in texts
    assert mode.presenter.covered


def test_charter_rules_are_typed_on_the_class_view_and_shown_at_once(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given lesson 2 (the class charter) on one screen, at its first charter step
    assert launch.running is not None
    workspace = launch.running.workspace
    summary = demo_class(launch.running)
    workspace.lessons.mark_done(summary.id, load_pack("da").lessons[0])
    mode = run_from_home(qtbot, launch.running, summary.id)
    assert mode.controller.lesson.id == "class-charter"
    while mode.controller.step.kind is not StepKind.CHARTER:
        press_on_class_view(qtbot, mode, Qt.Key.Key_PageDown)
    # When the teacher types a rule on the bar and presses Enter
    qtbot.mouseClick(mode.bar.tools_button, Qt.MouseButton.LeftButton)
    assert mode.bar.charter.isVisible()
    qtbot.keyClicks(mode.bar.charter.rule, "Vi siger hej til alle om morgenen")
    qtbot.keyClick(mode.bar.charter.rule, Qt.Key.Key_Return)
    settle()
    # Then the class sees it at once, and the keys typed went to the field, not to the lesson
    assert any("Vi siger hej til alle om morgenen" in t for t in shown_texts(mode.audience))
    assert mode.controller.step.kind is StepKind.CHARTER
    assert mode.presenter.covered


def test_f1_shows_the_keys_on_the_class_view_and_esc_closes_them(
    qtbot: QtBot, launch: Launch
) -> None:
    # Given a lesson on one screen
    mode = start_on_one_screen(qtbot, launch)
    # When the teacher presses F1 on the class view
    press_on_class_view(qtbot, mode, Qt.Key.Key_F1)
    # Then the keys are shown there, and the presenter view stays behind its curtain
    assert mode.bar.help.isVisibleTo(mode.audience) and mode.bar.help.window() is mode.audience
    assert "This help" in seen_on_screen(mode.bar.help)
    assert not mode.presenter.help.isVisible() and mode.presenter.covered
    # And Esc closes the keys without leaving the lesson
    press_on_class_view(qtbot, mode, Qt.Key.Key_Escape)
    assert not mode.bar.help.isVisible()
    assert launch.running is not None
    assert launch.running.window.findChild(RunMode, "runMode") is mode
