"""Each "next" into another step is saved off the GUI thread, in order, and never lost: a slow
USB stick does not hold up the projector, and leaving the lesson waits for the last save."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netwerk_desktop.errors import DiskFull
from tests.ui.presentation.support import demo_class, projector_beside, run_from_home
from ui.shell.app import Launch


def slow_step_changes(
    monkeypatch: pytest.MonkeyPatch, launch: Launch, delay_s: float, fail_first: bool = False
) -> list[tuple[str, str, bool]]:
    """Every step change takes `delay_s` (a slow stick); returns (left, entered, on the GUI
    thread) per save that reached the disk."""
    assert launch.running is not None
    lessons = launch.running.workspace.lessons
    original = lessons.step_changed
    saved: list[tuple[str, str, bool]] = []
    failures = [fail_first]

    def step_changed(run_id: int, left: str, seconds: int, entered: str) -> Any:
        time.sleep(delay_s)
        if failures[0]:
            failures[0] = False
            raise DiskFull()
        result = original(run_id, left, seconds, entered)
        saved.append((left, entered, threading.current_thread() is threading.main_thread()))
        return result

    monkeypatch.setattr(lessons, "step_changed", step_changed)
    return saved


def test_step_changes_are_saved_off_the_gui_thread_in_order_and_kept_when_leaving(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given lesson 1 of the demo class, started from Home, on a data folder that is slow
    assert launch.running is not None
    running = launch.running
    projector_beside(monkeypatch, running)
    summary = demo_class(running)
    saved = slow_step_changes(monkeypatch, launch, delay_s=0.15)
    mode = run_from_home(qtbot, running, summary.id)
    lesson = mode.controller.lesson
    # When the teacher moves on step by step (the step list: one press, one step)
    entered = []
    for index in range(1, 5):
        mode.controller.go_to(index)
        entered.append(lesson.steps[index].id)
    qtbot.wait(60)  # the saves are handed over once the step is on the projector
    # Then the presses did not wait for the disk: the saves are still being written
    assert len(saved) < 4
    # And leaving (Esc) waits until every one is on disk, in the order of the steps
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    assert [step for _, step, _ in saved] == entered
    assert not any(on_gui_thread for *_, on_gui_thread in saved)
    run = running.workspace.lessons.start(summary.id, lesson)
    assert run.step_id == entered[-1]  # the lesson continues where the class was


def test_a_save_that_fails_is_tried_again_and_the_teacher_is_told(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a data folder whose first write fails (a stick pulled out and put back)
    assert launch.running is not None
    running = launch.running
    projector_beside(monkeypatch, running)
    summary = demo_class(running)
    saved = slow_step_changes(monkeypatch, launch, delay_s=0.01, fail_first=True)
    mode = run_from_home(qtbot, running, summary.id)
    lesson = mode.controller.lesson
    # When two steps are entered
    mode.controller.go_to(1)
    qtbot.waitUntil(lambda: bool(running.window.statusBar().currentMessage()), timeout=3000)
    mode.controller.go_to(2)
    # Then the teacher read that it was not saved, and nothing was lost: both saves arrive,
    # the failed one first
    assert running.window.statusBar().currentMessage()
    qtbot.keyClick(mode.presenter, Qt.Key.Key_Escape)
    assert [step for _, step, _ in saved] == [lesson.steps[1].id, lesson.steps[2].id]
