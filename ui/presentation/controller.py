"""The run of one lesson with one class: step, place inside the step, timer, blank screen.

The controller owns the run state and says what changed by signal; the audience window and the
presenter view only follow. Every step change goes through LessonsService, so the core keeps
the progress. The saves wait until the new step is on screen (a few milliseconds) and are then
written in order by a thread of their own (ProgressWriter), so a slow disk never delays the
projector; leaving or finishing the lesson waits until they are all on disk.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from netwerk_desktop.content import ContentPack, Lesson, Step, StepKind, step_index
from netwerk_desktop.content.navigation import (
    Cursor,
    Move,
    Position,
    backward,
    forward,
    statement_count,
)
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.server_errors import EditConflict
from netwerk_desktop.services.lesson_records import RunStart
from netwerk_desktop.services.records import ClassSummary
from ui.presentation import words as w
from ui.presentation.frames import AudienceFrame, Blank, TimerView
from ui.presentation.framing import StepExtras, groups_frame, step_frame
from ui.presentation.progress_writer import ProgressWriter
from ui.presentation.timer import StepTimer
from ui.presentation.words import AudienceWords

if TYPE_CHECKING:
    from netwerk_desktop.workspace import Workspace

log = logging.getLogger(__name__)

CHARTER_SAVE_MS = 30_000
# A step change is handed to the writer once the projector shows the new step (a frame or
# two): the writer's thread would otherwise compete with the paint for the interpreter.
SAVE_DELAY_MS = 40


class PresentationController(QObject):
    frame_changed = Signal(object)  # AudienceFrame
    timer_changed = Signal(object)  # TimerView
    position_changed = Signal()  # step or place inside it (the presenter view redraws)
    time_up = Signal(bool)  # a phase ran out (False) or the step's time (True)
    finished = Signal()
    no_partnerships = Signal()  # asked to show them, but the class has none yet
    save_failed = Signal(object)  # a NetwerkError while saving; the lesson goes on

    def __init__(
        self,
        workspace: Workspace,
        summary: ClassSummary,
        lesson: Lesson,
        pack: ContentPack,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.summary = summary
        self.lesson = lesson
        self.pack = pack
        self.words = AudienceWords(summary.content_language)
        self._clock = clock
        self.run: RunStart | None = None
        self.index = 0
        self.cursor = Cursor()
        self.page_count = 1
        self.blank = Blank.NONE
        self.showing_groups = False
        self.done = False
        self._entered = clock()
        self._carried = 0  # seconds spent in the current step before a resume
        self._times: dict[str, int] = {}
        self._charter: tuple[str, ...] = ()
        self._charter_dirty = False
        self._charter_seen: int | None = None  # the class's edit version the charter was read at
        self._charter_saver = QTimer(self)
        self._charter_saver.setSingleShot(True)
        self._charter_saver.setInterval(CHARTER_SAVE_MS)
        self._charter_saver.timeout.connect(self.save_charter)
        self._tallies: dict[str, dict[str, int]] = {}
        self._tally_shown: set[str] = set()
        self._earlier: dict[str, tuple[dict[str, int], int] | None] = {}
        self._groups: AudienceFrame | None = None
        self._pending: list[Callable[[], None]] = []
        self.writer = ProgressWriter(self)
        self.writer.failed.connect(self.save_failed)
        self.timer = StepTimer(clock, self)
        self.timer.changed.connect(lambda: self.timer_changed.emit(self.timer_view()))
        self.timer.segment_ended.connect(self._segment_ended)

    # Starting and leaving ----------------------------------------------------------------------

    def begin(self) -> RunStart:
        """Start the run, or resume it at the saved step with the time already spent there."""
        run = self.workspace.lessons.start(self.summary.id, self.lesson)
        self.run = run
        self._times = {t.step_id: t.seconds for t in run.times}
        self._load_charter()
        self._enter(step_index(self.lesson, run.step_id) or 0, spent=run.step_seconds)
        return run

    def leave(self) -> None:
        """Keep the place and the time in the current step; the run can be resumed. Returns
        once every save of the lesson is on disk."""
        self.flush_saves()
        self.save_charter()
        self.timer.stop()
        if self.run is not None and not self.done:
            self._save(self._position_saver())
        self.flush_saves()
        self.writer.close()

    def finish(self) -> None:
        if self.run is None or self.done:
            return
        run_id, step_id, seconds = self.run.run_id, self.step.id, self.seconds_in_step()
        if self._charter_dirty:
            self._save(self._charter_saver_now())
        # In order after the step changes; leaving the lesson waits until it is on disk.
        self._save(lambda: self.workspace.lessons.finish(run_id, step_id, seconds))
        self._times[step_id] = self._times.get(step_id, 0) + seconds
        self._carried, self._entered = 0, self._clock()
        self.done = True
        self.timer.stop()
        self.blank = Blank.CALM
        self._emit_frame()
        self.finished.emit()

    # Where we are ----------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def next_step(self) -> Step | None:
        following = self.index + 1
        return self.lesson.steps[following] if following < len(self.lesson.steps) else None

    def seconds_in_step(self) -> int:
        return self._carried + int(self._clock() - self._entered)

    def step_seconds(self, step_id: str) -> int:
        """Time spent in a step during this run, including now."""
        spent = self._times.get(step_id, 0)
        return spent + (self.seconds_in_step() if step_id == self.step.id and not self.done else 0)

    def lesson_seconds(self) -> int:
        return sum(self._times.values()) + (0 if self.done else self.seconds_in_step())

    def statement_count(self) -> int:
        return statement_count(self.lesson, self.index)

    # Moving ----------------------------------------------------------------------------------

    def next(self) -> None:
        if self.done or self._unblank():
            return
        self._follow(*forward(self.lesson, self.position))

    def previous(self) -> None:
        if self.done or self._unblank():
            return
        self._follow(*backward(self.lesson, self.position))

    @property
    def position(self) -> Position:
        return Position(self.index, self.cursor, self.page_count)

    def _follow(self, to: Position, move: Move) -> None:
        if move is Move.INSIDE:
            self._move_inside(to.cursor)
        elif move is Move.PHASE:
            self.timer.go_to_segment(to.cursor.phase)
            self._move_inside(to.cursor)
        elif move is Move.STEP:
            self.go_to(to.step)
        elif move is Move.FINISH:
            self.finish()

    def go_to(self, index: int) -> None:
        """Another step (the step list, or next and previous); the step change is saved."""
        if self.run is None or self.done or not 0 <= index < len(self.lesson.steps):
            return
        if index == self.index:
            return
        left, spent = self.step.id, self.seconds_in_step()
        if self._charter_dirty:
            self._save(self._charter_saver_now())
        self._times[left] = self._times.get(left, 0) + spent
        self._enter(index)
        run_id, entered = self.run.run_id, self.step.id
        self._save(lambda: self.workspace.lessons.step_changed(run_id, left, spent, entered))

    def set_page_count(self, pages: int) -> None:
        self.page_count = max(1, pages)

    # Screen, timer ---------------------------------------------------------------------------

    def show_lesson(self) -> None:
        """F5: the lesson on the screen again, whatever was shown instead."""
        if not self.done:
            self._unblank()

    def toggle_black(self) -> None:
        self._set_blank(Blank.NONE if self.blank is Blank.BLACK else Blank.BLACK)

    def toggle_calm(self) -> None:
        self._set_blank(Blank.NONE if self.blank is Blank.CALM else Blank.CALM)

    def show_partnerships(self, shown: bool) -> None:
        if shown:
            try:
                rotation = self.workspace.partnerships.current_rotation(self.summary.id)
            except NetwerkError as exc:  # the school server is away: the lesson goes on
                self.save_failed.emit(exc)
                return
            if rotation is None:
                self.no_partnerships.emit()
                return
            self._groups = groups_frame(rotation, self.words)
        self.showing_groups = shown
        self._emit_frame()

    def toggle_timer(self) -> None:
        self.timer.toggle()
        self._save(self._position_saver())

    def add_minutes(self, minutes: int) -> None:
        self.timer.add(60 * minutes)

    # What the class makes ----------------------------------------------------------------------

    @property
    def charter_rules(self) -> tuple[str, ...]:
        return self._charter

    def set_charter_rules(self, rules: list[str]) -> None:
        """The rules as agreed so far: shown at once as they grow, saved within half a minute
        (each save is a version of the charter, so not one per keystroke)."""
        cleaned = tuple(" ".join(rule.split()) for rule in rules if rule.strip())
        if cleaned == self._charter:
            return
        self._charter = cleaned
        self._charter_dirty = True
        if not self._charter_saver.isActive():
            self._charter_saver.start()
        if self.step.kind is StepKind.CHARTER:
            self._emit_frame()

    def save_charter(self) -> None:
        """Keep the charter now, if it changed (leaving the step, leaving the lesson)."""
        self._charter_saver.stop()
        if not self._charter_dirty:
            return
        try:
            view = self.workspace.charter.save(
                self.summary.id,
                list(self._charter),
                self.lesson.id,
                expected_version=self._charter_seen,
            )
        except EditConflict as exc:
            # A co-teacher saved the charter meanwhile: show theirs (the message says so).
            self._charter_dirty = False
            self._load_charter()
            self._emit_frame()
            self.save_failed.emit(exc)
            return
        except NetwerkError as exc:
            self.save_failed.emit(exc)
            return
        self._charter_dirty = False
        self._charter = view.rules
        self._charter_seen = self._edit_version()

    def _load_charter(self) -> None:
        self._charter_seen = self._edit_version()  # first: a change after it is caught
        current = self.workspace.charter.current(self.summary.id)
        self._charter = current.rules if current is not None else ()

    def _edit_version(self) -> int | None:
        """The class's edit version now; None (no check) while the server is away."""
        try:
            return self.workspace.classes.edit_version(self.summary.id)
        except NetwerkError:
            return None

    def _charter_saver_now(self) -> Callable[[], None]:
        """The charter as it is now, for the writer (leaving its step)."""
        self._charter_saver.stop()
        self._charter_dirty = False
        class_id, rules, lesson_id = self.summary.id, list(self._charter), self.lesson.id
        return lambda: self._keep_charter(class_id, rules, lesson_id)

    def _keep_charter(self, class_id: int, rules: list[str], lesson_id: str) -> None:
        self.workspace.charter.save(class_id, rules, lesson_id)

    def tally_counts(self, step_id: str) -> dict[str, int]:
        return dict(self._tallies.get(step_id, {}))

    def tally_shown(self, step_id: str) -> bool:
        return step_id in self._tally_shown

    def save_tally(self, counts: dict[str, int], show: bool = True) -> None:
        if self.run is None or self.step.kind is not StepKind.TALLY:
            return
        step_id = self.step.id
        try:
            self.workspace.lessons.save_tally(self.run.run_id, step_id, counts)
        except NetwerkError as exc:
            self.save_failed.emit(exc)
            return
        self._tallies[step_id] = dict(counts)
        if show:
            self._tally_shown.add(step_id)
        else:
            self._tally_shown.discard(step_id)
        self._emit_frame()

    def earlier_tally(self, step_id: str) -> tuple[dict[str, int], int] | None:
        """The same tally in an earlier lesson: its counts and that lesson's number."""
        if step_id not in self._earlier:
            try:
                found = self.workspace.lessons.earlier_tally(
                    self.summary.id, self.pack.lessons, self.lesson.id, step_id
                )
            except NetwerkError:
                return None  # the school server is away: asked again on the next frame

            lesson = self.pack.lesson(found.lesson_id) if found is not None else None
            self._earlier[step_id] = (
                (dict(found.counts), lesson.number) if found and lesson else None
            )
        return self._earlier[step_id]

    # Frames ----------------------------------------------------------------------------------

    def frame(self) -> AudienceFrame:
        if self.showing_groups and self._groups is not None:
            frame = self._groups
        else:
            frame = step_frame(self.step, self.cursor, self.words, self._extras(self.step))
        return replace(frame, blank=self.blank, calm_title="Netwerk")

    def upcoming_frame(self) -> AudienceFrame | None:
        """What "next" will show, so it can be prepared while the class is busy (the text
        measured, its glyphs drawn once); None when next ends the lesson or uncovers."""
        if self.done or self.blank is not Blank.NONE or self.showing_groups:
            return None
        to, move = forward(self.lesson, self.position)
        if move is Move.FINISH:
            return None
        step = self.lesson.steps[to.step]
        cursor = Cursor() if move is Move.STEP else to.cursor
        return step_frame(step, cursor, self.words, self._extras(step))

    def _extras(self, step: Step) -> StepExtras:
        if step.kind is StepKind.TALLY:
            earlier = self.earlier_tally(step.id)
            counts = self._tallies.get(step.id, {})
            return StepExtras(
                tally_counts=counts,
                tally_shown=step.id in self._tally_shown,
                earlier_counts=earlier[0] if earlier and counts else None,
                earlier_lesson_number=earlier[1] if earlier and counts else None,
            )
        if step.kind is StepKind.CHARTER:
            return StepExtras(charter_rules=self._charter)
        return StepExtras()

    def _emit_frame(self) -> None:
        self.frame_changed.emit(self.frame())
        self.position_changed.emit()

    # Inside ------------------------------------------------------------------------------------

    def _enter(self, index: int, spent: int = 0) -> None:
        self.index = index
        self.cursor = Cursor()
        self._carried, self._entered = spent, self._clock()
        self.showing_groups = False
        step = self.step
        if step.kind is StepKind.TALLY and step.id not in self._tallies and self.run:
            saved = self.workspace.lessons.tally(self.run.run_id, step.id)
            if saved is not None:
                self._tallies[step.id] = dict(saved.counts)
                self._tally_shown.add(step.id)
        segments = [p.minutes * 60 for p in step.phases] or [step.minutes * 60]
        self.timer.load(segments, spent=spent)
        if step.phases:
            self.cursor = Cursor(phase=self.timer.segment)
        self._emit_frame()

    def _move_inside(self, cursor: Cursor) -> None:
        self.cursor = cursor
        self._emit_frame()

    def _unblank(self) -> bool:
        """Next or previous on a blank screen brings the lesson back without moving on."""
        if self.blank is Blank.NONE and not self.showing_groups:
            return False
        self.blank = Blank.NONE
        self.showing_groups = False
        self._emit_frame()
        return True

    def _set_blank(self, blank: Blank) -> None:
        self.blank = blank
        self._emit_frame()

    def _segment_ended(self, index: int, last: bool) -> None:
        if not last:
            self.cursor = Cursor(statement=self.cursor.statement, phase=index + 1)
            self._emit_frame()
        self.time_up.emit(last)

    def timer_view(self) -> TimerView:
        view = self.timer.view()
        return replace(view, paused_text=self.words(w.TIMER_PAUSED, view.text))

    # Saving ------------------------------------------------------------------------------------

    def _position_saver(self) -> Callable[[], None]:
        """Keep where the class is now (the values now, not when the writer gets to it)."""
        if self.run is None or self.done:
            return lambda: None
        run_id, step_id, seconds = self.run.run_id, self.step.id, self.seconds_in_step()
        return lambda: self.workspace.lessons.save_position(run_id, step_id, seconds)

    def _save(self, work: Callable[[], None]) -> None:
        self._pending.append(work)
        if len(self._pending) == 1:
            QTimer.singleShot(SAVE_DELAY_MS, self, self._hand_over)

    def _hand_over(self) -> None:
        pending, self._pending = self._pending, []
        for work in pending:
            if self.writer.closed:  # after leaving: rare, and nothing waits on the projector
                self._save_now(work)
            else:
                self.writer.put(work)

    def _save_now(self, work: Callable[[], None]) -> None:
        try:
            work()
        except NetwerkError as exc:
            log.warning("Lesson progress not saved: %s", exc)
            self.save_failed.emit(exc)

    def flush_saves(self) -> None:
        """Every save so far on disk now (leaving, finishing, tests)."""
        self._hand_over()
        if not self.writer.closed and not self.writer.flush():
            log.warning("Lesson progress waits to be saved: %d saves", self.writer.pending())
