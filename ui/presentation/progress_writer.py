"""The lesson's progress, written in a thread of its own.

Every "next" into another step keeps the time spent and the new place: a synced commit
(synchronous=FULL), a few milliseconds on an SSD and far longer on a slow USB stick. On the
GUI thread that commit made the next "next" wait. The writer runs the saves one after the
other in the order they came (one thread, first in, first out); a save that fails is tried
again before anything after it, when the next save comes or at `flush()`; and `flush()`
waits until everything is on disk (leaving, finishing or quitting the lesson).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from netwerk_desktop.errors import NetwerkError

log = logging.getLogger(__name__)

FLUSH_TIMEOUT_S = 60.0  # a stick that slow is as good as gone: say so rather than hang


class ProgressWriter(QObject):
    failed = Signal(object)  # a NetwerkError; the teacher is told on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[Callable[[], None]] = deque()
        self._state = threading.Condition()
        self._busy = False
        self._stalled = False  # the first save failed; it waits for a reason to try again
        self._retry = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="lesson-progress", daemon=True)
        self._thread.start()

    def put(self, work: Callable[[], None]) -> None:
        with self._state:
            if self._closed:
                raise RuntimeError("the progress writer is closed")
            self._waiting.append(work)
            self._retry = self._stalled
            self._state.notify_all()

    @property
    def closed(self) -> bool:
        with self._state:
            return self._closed

    def pending(self) -> int:
        with self._state:
            return len(self._waiting)

    def flush(self, timeout_s: float = FLUSH_TIMEOUT_S) -> bool:
        """Wait until every save is on disk; False if one still fails (or it takes too long)."""
        with self._state:
            self._retry = self._stalled
            self._state.notify_all()
            settled = self._state.wait_for(self._settled, timeout_s)
            return settled and not self._waiting

    def _settled(self) -> bool:
        """Nothing is being written, and nothing waits or the first save failed again."""
        return not self._busy and (not self._waiting or (self._stalled and not self._retry))

    def close(self) -> bool:
        """Flush, then stop the thread. False if some progress could not be saved."""
        saved = self.flush()
        with self._state:
            self._closed = True
            lost = len(self._waiting)
            self._waiting.clear()
            self._state.notify_all()
        self._thread.join(timeout=5)
        if lost:
            log.warning("%d lesson progress saves could not be written", lost)
        return saved

    def _run(self) -> None:
        while True:
            with self._state:
                self._state.wait_for(
                    lambda: self._closed or (self._waiting and (not self._stalled or self._retry))
                )
                if self._closed:
                    return
                work = self._waiting[0]
                self._busy, self._retry = True, False
            done = True
            try:
                work()
            except NetwerkError as exc:
                log.warning("Lesson progress not saved yet: %s", exc)
                done = False
                self._tell(exc)
            except Exception:  # a bug, not the disk: trying again would fail the same way
                log.exception("Lesson progress save failed")
            with self._state:
                self._busy = False
                self._stalled = not done
                if done:
                    self._waiting.popleft()
                self._state.notify_all()

    def _tell(self, exc: NetwerkError) -> None:
        try:
            self.failed.emit(exc)
        except RuntimeError:  # the lesson was closed meanwhile
            log.info("A progress save failed after the lesson closed")
