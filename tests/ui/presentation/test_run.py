"""Running a lesson with the keys: steps, statements, phases, blank screens, the timer, and
resuming after the data folder was closed and opened again."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import PhaseMode, load_pack
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.services.lesson_records import LessonState
from netwerk_desktop.workspace import Workspace
from tests.ui.presentation.support import Clock, open_run, settle, two_screens
from ui.common.app_settings import AppSettings, Setting
from ui.presentation.chime import Chime
from ui.presentation.frames import Blank
from ui.presentation.presenter_view import PresenterView
from ui.presentation.run_mode import RunMode
from ui.presentation.words import AudienceWords
from ui.shell.app import RunningApp, start


def press(qtbot: QtBot, mode: RunMode, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(mode.presenter, key)
    settle()


def test_a_whole_lesson_with_the_keys(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "class-charter")
    controller = mode.controller
    lesson = controller.lesson
    # The presenter view took the main window; the audience view is on the projector
    assert isinstance(running.window.centralWidget(), PresenterView)
    assert mode.audience.geometry().x() == 1920 and not mode.bar.isVisible()
    visited = [controller.step.id]
    controller.position_changed.connect(
        lambda: visited.append(controller.step.id) if controller.step.id != visited[-1] else None
    )
    # Left on the first step stays there
    press(qtbot, mode, Qt.Key.Key_Left)
    assert controller.index == 0
    presses = 0
    keys = [Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down]
    while not controller.done and presses < 200:
        press(qtbot, mode, keys[presses % len(keys)])
        presses += 1
    # Every step was shown in order; the six either/or statements and the phases took
    # presses of their own
    assert visited == list(lesson.step_ids)
    assert presses > len(lesson.steps) + 5
    controller.flush_saves()
    progress = running.workspace.lessons.progress(controller.summary.id, [lesson])
    assert progress.lessons[0].state is LessonState.DONE
    # The class sees the calm screen at the end
    assert mode.audience.calm.isVisible() and not mode.audience.content.isVisible()
    # Esc leaves run mode and gives the main window back
    press(qtbot, mode, Qt.Key.Key_Escape)
    assert not isinstance(running.window.centralWidget(), PresenterView)
    assert running.window.centralWidget().isVisible()


def test_statements_move_one_at_a_time_and_back(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running, "class-charter")
    controller = mode.controller
    controller.go_to(2)  # the either/or statements
    assert mode.audience.bodies[mode.controller.frame().layout].isVisible()
    first = controller.frame().statement
    press(qtbot, mode, Qt.Key.Key_Right)
    second = controller.frame().statement
    assert first is not None and second is not None and first.text != second.text
    assert second.counter == AudienceWords("da")("Statement %1 of %2", 2, 6)
    press(qtbot, mode, Qt.Key.Key_Up)
    assert controller.frame().statement == first
    press(qtbot, mode, Qt.Key.Key_PageUp)
    assert controller.index == 1


def test_black_and_calm_screens_and_back(qtbot: QtBot, running: RunningApp) -> None:
    mode = open_run(running)
    audience, controller = mode.audience, mode.controller
    press(qtbot, mode, Qt.Key.Key_B)
    assert audience.black.isVisible() and not audience.content.isVisible()
    assert mode.presenter.black_button.isChecked()
    press(qtbot, mode, Qt.Key.Key_B)
    assert audience.content.isVisible() and not audience.black.isVisible()
    press(qtbot, mode, Qt.Key.Key_Period)
    assert controller.blank is Blank.BLACK
    press(qtbot, mode, Qt.Key.Key_W)
    assert audience.calm.isVisible() and not audience.black.isVisible()
    # Next on a blank screen brings the lesson back without moving on
    press(qtbot, mode, Qt.Key.Key_Right)
    assert controller.blank is Blank.NONE and controller.index == 0
    assert audience.content.isVisible()
    # F5 also brings it back
    qtbot.mouseClick(mode.presenter.calm_button, Qt.MouseButton.LeftButton)
    assert audience.calm.isVisible()
    press(qtbot, mode, Qt.Key.Key_F5)
    assert audience.content.isVisible()


def test_timer_pause_a_minute_more_and_phases_in_sequence(
    qtbot: QtBot, running: RunningApp
) -> None:
    clock = Clock()
    mode = open_run(running, "class-charter", clock=clock)
    controller, audience = mode.controller, mode.audience
    mode.chime.muted = False
    controller.go_to(3)  # charter ideas: alone 5, partner 6, group 9 minutes
    assert audience.timer_label.text() == "5:00"
    assert [chip.text() for chip in audience.chips if chip.isVisible()] == [
        AudienceWords("da").phase(mode)
        for mode in (PhaseMode.ALONE, PhaseMode.PARTNER, PhaseMode.GROUP)
    ]
    # Paused, time does not run, and the class reads that it waits
    press(qtbot, mode, Qt.Key.Key_T)
    clock.advance(30)
    controller.timer.tick()
    assert audience.timer_label.text() == "Pause 5:00"
    assert mode.presenter.timer_panel.toggle_button.text() == "Start (T)"
    # Running again
    press(qtbot, mode, Qt.Key.Key_T)
    clock.advance(60)
    controller.timer.tick()
    assert audience.timer_label.text() == "4:00"
    press(qtbot, mode, Qt.Key.Key_Plus)
    assert audience.timer_label.text() == "5:00"
    press(qtbot, mode, Qt.Key.Key_Minus, 2)
    assert audience.timer_label.text() == "3:00"
    # When the phase runs out, the next one begins with its own time, with a chime
    clock.advance(181)
    controller.timer.tick()
    assert controller.cursor.phase == 1 and audience.timer_label.text() == "5:59"
    current = [chip for chip in audience.chips if chip.property("chip") == "current"]
    assert [chip.text() for chip in current] == [AudienceWords("da").phase(PhaseMode.PARTNER)]
    assert mode.chime.played == 1
    # Next goes through the text's pages, then on to the last phase; when that runs out the
    # class sees the gentle cue
    for _ in range(controller.page_count):
        press(qtbot, mode, Qt.Key.Key_Right)
    assert controller.cursor.phase == 2 and audience.timer_label.text() == "9:00"
    clock.advance(9 * 60 + 1)
    controller.timer.tick()
    assert controller.timer.ended and audience.timer_label.property("tone") == "cue"
    assert mode.chime.played == 2
    assert mode.presenter.timer_panel.time.text().startswith("+")
    # Muted: no chime
    mode.presenter.mute.setChecked(True)
    assert running.settings.value(Setting.PRESENTATION_MUTED) is True
    press(qtbot, mode, Qt.Key.Key_Right)
    clock.advance(21 * 60)
    controller.timer.tick()
    assert mode.chime.played == 2


def test_resume_after_reopening_the_data_folder(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    location = DataLocation(tmp_path / "data")
    clock = Clock()
    lesson = load_pack("da").lesson("class-charter")
    assert lesson is not None
    # Given a lesson left at its fourth step after 42 seconds there
    with Workspace.open(location) as workspace:
        AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
        running = start(qapp, workspace)
        running.window.show()
        mode = open_run(running, "class-charter", clock=clock)
        summary = mode.controller.summary
        press(qtbot, mode, Qt.Key.Key_Right)
        press(qtbot, mode, Qt.Key.Key_Right)
        mode.controller.go_to(3)
        clock.advance(42)
        press(qtbot, mode, Qt.Key.Key_Escape)
        running.close()
    # When the app opens the data folder again and the teacher continues
    with Workspace.open(location) as workspace:
        running = start(qapp, workspace)
        running.window.show()
        mode = RunMode(
            running.window,
            workspace,
            running.settings,
            summary.id,
            lesson.id,
            two_screens(running),
            clock,
        )
        mode.start()
        settle()
        # Then it goes on at that step, with the time spent there kept
        assert mode.controller.step.id == lesson.steps[3].id
        assert mode.controller.seconds_in_step() == 42
        assert mode.audience.title.text() == lesson.steps[3].audience.title
        assert "4 of 9" in mode.presenter.now_title.text()
        mode.leave()
        running.close()


def test_without_qtmultimedia_the_chime_stays_silent_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a machine where QtMultimedia cannot load (no libpulse0)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    chime = Chime()
    # When a timer runs out, twice
    with caplog.at_level(logging.WARNING, logger="ui.presentation.chime"):
        chime.play()
        chime.play()
    # Then nothing breaks, the log says why once, and muting stops asking
    assert chime.played == 2 and chime.silent_because is not None
    assert "QtMultimedia" in chime.silent_because
    assert len([r for r in caplog.records if "silent" in r.getMessage()]) == 1
    chime.muted = True
    chime.play()
    assert chime.played == 2


def test_the_teacher_sees_where_the_lesson_splits_and_what_to_leave_out(
    running: RunningApp,
) -> None:
    mode = open_run(running, "class-charter")
    lesson = mode.controller.lesson
    model = mode.presenter.steps.model()
    rows = [str(model.index(row).data()) for row in range(model.rowCount())]
    drop = "Running late? Leave this step out."
    split = "Two shorter lessons? The first part ends after this step."
    # The planning marks stand on the steps the lesson names, and nowhere else
    for step, row in zip(lesson.steps, rows, strict=True):
        assert (drop in row) == step.drop_if_late, row
        assert (split in row) == (step.split_after and step is not lesson.steps[-1]), row
    assert any(drop in row for row in rows) and any(split in row for row in rows)
    # And they never reach the class
    for index in range(len(lesson.steps)):
        mode.controller.go_to(index)
        settle()
        shown = " ".join(label.text() for label in mode.audience.findChildren(QLabel))
        assert drop not in shown and split not in shown
