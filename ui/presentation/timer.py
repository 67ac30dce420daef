"""The step timer: the planned time counting down, phase after phase.

A step without phases is one segment; a think-pair-share step has one segment per phase, and
when one runs out the next begins. The clock is injected, so tests move time by hand and call
`tick()` instead of waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ui.presentation.frames import TimerView

TICK_MS = 200


class StepTimer(QObject):
    changed = Signal()  # what the timer shows changed (at most once a second while running)
    # A segment ran out: (its index, whether it was the last one: the step's time is up)
    segment_ended = Signal(int, bool)

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._segments: list[int] = [0]
        self._index = 0
        self._left = 0.0  # seconds left in the segment when _since was taken (may be negative)
        self._since: float | None = None  # clock value when it last started; None when paused
        self._ended = False
        self._shown: TimerView | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # State ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def segment(self) -> int:
        return self._index

    @property
    def ended(self) -> bool:
        return self._ended

    def left(self) -> float:
        if self._since is None:
            return self._left
        return self._left - (self._clock() - self._since)

    def overtime(self) -> int:
        """Seconds past the end of the last segment."""
        return max(0, math.floor(-self.left())) if self._ended else 0

    def view(self) -> TimerView:
        left = self.left()
        return TimerView(
            remaining=max(0, math.ceil(left)),
            planned=self._segments[self._index],
            running=self.running,
            ended=self._ended,
        )

    # Control -------------------------------------------------------------------------------

    def load(self, segments: Sequence[int], spent: int = 0, running: bool = True) -> None:
        """Start a step: its segments in seconds, less what was spent before a resume."""
        self._segments = [max(0, s) for s in segments] or [0]
        index, left = 0, float(self._segments[0] - max(0, spent))
        while left <= 0 and index + 1 < len(self._segments):
            index += 1
            left += self._segments[index]
        self._index, self._left = index, left
        self._ended = left <= 0
        self._since = None
        if running:
            self.start()
        else:
            self._ticker.stop()
            self._notify()

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()
            self._ticker.start()
        self._notify()

    def pause(self) -> None:
        if self._since is not None:
            self._left = self.left()
            self._since = None
            self._ticker.stop()
        self._notify()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: int) -> None:
        """A minute more (or less) for the current phase or step; never below zero."""
        left = max(self.left(), 0.0) + seconds
        self._left = max(0.0, left)
        if self._since is not None:
            self._since = self._clock()
        self._ended = self._left <= 0 and self._index + 1 >= len(self._segments)
        self._notify()

    def go_to_segment(self, index: int) -> None:
        self._index = max(0, min(index, len(self._segments) - 1))
        self._left = float(self._segments[self._index])
        self._ended = self._left <= 0
        if self._since is not None:
            self._since = self._clock()
        self._notify()

    def stop(self) -> None:
        self.pause()

    def tick(self) -> None:
        left = self.left()
        if left <= 0 and not self._ended:
            if self._index + 1 < len(self._segments):
                # The next phase begins; time already past the end counts against it.
                ended = self._index
                self._index += 1
                self._left = self._segments[self._index] + left
                if self._since is not None:
                    self._since = self._clock()
                self.segment_ended.emit(ended, False)
            else:
                self._ended = True
                self.segment_ended.emit(self._index, True)
        self._notify()

    def _notify(self) -> None:
        shown = self.view()
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()
