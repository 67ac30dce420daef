"""Long work (PDF batches, imports, solver runs) off the GUI thread, with progress and cancel.

The work function gets a TaskControl to report progress and to ask whether the teacher
pressed Cancel; its result or exception comes back by signal on the GUI thread. Worker code
never touches widgets.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 10_000  # a class set of PDFs stops at its next copy; a save finishes its commit

_running: weakref.WeakSet[Task] = weakref.WeakSet()


class TaskControl:
    def __init__(self, task: Task) -> None:
        self._task = task

    def report(self, done: int, total: int) -> None:
        self._task.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._task.cancel_requested.is_set()


class Task(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self.running = True
        self.done.connect(self._mark_done)

    def cancel(self) -> None:
        self.cancel_requested.set()

    def _mark_done(self) -> None:
        self.running = False


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        control = TaskControl(self._task)
        try:
            result = self._work(control)
        except Exception as exc:  # reported to the screen, which shows it in words
            log.exception("Background task failed")
            self._report(self._task.failed, exc)
        else:
            if control.cancelled():
                self._report(self._task.cancelled)
            else:
                self._report(self._task.succeeded, result)
        self._report(self._task.done)

    @staticmethod
    def _report(signal: Any, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            # The screen that asked was closed meanwhile; nobody is left to tell.
            log.info("A background task finished after its screen was closed")


def run_in_background(
    work: Callable[[TaskControl], Any],
    parent: QObject | None = None,
    *,
    succeeded: Callable[[Any], None] | None = None,
    failed: Callable[[Any], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], None] | None = None,
) -> Task:
    """Start `work` in the thread pool. The callbacks are connected before it starts: a quick
    task could otherwise finish before anyone listens, and its result would be lost."""
    task = Task(parent)
    _running.add(task)
    for signal, slot in (
        (task.succeeded, succeeded),
        (task.failed, failed),
        (task.progress, progress),
        (task.cancelled, cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    QThreadPool.globalInstance().start(_Runner(task, work))
    return task


def finish_background_work(wait_ms: int = QUIT_WAIT_MS) -> bool:
    """Before the data folder closes at quit: ask every running task to stop and wait for the
    workers, so none writes to a closed database or a removed preview folder. False if one
    was still busy after `wait_ms` (logged; the app quits anyway)."""
    for task in list(_running):
        if task.running:
            task.cancel()
    finished = QThreadPool.globalInstance().waitForDone(wait_ms)
    if not finished:
        log.warning("Background work still running after %d ms at quit", wait_ms)
    return bool(finished)
