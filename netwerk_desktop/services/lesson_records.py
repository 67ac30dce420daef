"""Plain results about lesson progress, tallies and private notes, without SQLAlchemy.

The Home screen reads run rows with the standard library (startup_reads) and the services read
them with SQLAlchemy; both turn them into the same answers through the functions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RunStatus(StrEnum):
    RUNNING = "running"
    DONE = "done"
    # Kept (not deleted) so "reset" can be undone; progress ignores these runs.
    RESET = "reset"


class LessonState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class RunRecord:
    """One lesson run as stored; the newest counted run of a lesson is the lesson's state."""

    id: int
    class_id: int
    lesson_id: str
    lesson_version: int
    status: RunStatus
    current_step_id: str | None
    current_step_seconds: int
    started_at: datetime
    finished_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class StepTime:
    step_id: str
    seconds: int


@dataclass(frozen=True)
class RunStart:
    """Where a started or resumed run begins, resolved against the lesson as it is now."""

    run_id: int
    class_id: int
    lesson_id: str
    lesson_version: int
    step_id: str
    step_seconds: int  # already spent in that step before the last save
    resumed: bool
    # The saved step is gone from this version of the lesson; the run begins near it instead.
    moved: bool
    times: tuple[StepTime, ...]  # seconds per step so far in this run

    def seconds_in(self, step_id: str) -> int:
        return sum(t.seconds for t in self.times if t.step_id == step_id)


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    number: int
    title: str
    state: LessonState
    step_id: str | None  # where a lesson in progress stands
    step_number: int | None  # 1-based position of that step; None when it no longer exists
    step_count: int
    done_on: date | None
    updated_at: datetime | None
    module: str | None = None  # the module the lesson belongs to; None for the main series


@dataclass(frozen=True)
class NextLesson:
    """What comes next for a class: continue the lesson in progress, or start the next one."""

    lesson_id: str
    number: int  # position in its series (the main series or its module), 1-based
    state: LessonState  # IN_PROGRESS (continue) or NOT_STARTED (start)
    module: str | None = None  # the module the lesson belongs to; None for the main series


@dataclass(frozen=True)
class ClassProgress:
    class_id: int
    lessons: tuple[LessonProgress, ...]
    next: NextLesson | None  # None when every lesson is done

    def lesson(self, lesson_id: str) -> LessonProgress | None:
        return next((p for p in self.lessons if p.lesson_id == lesson_id), None)

    @property
    def done_count(self) -> int:
        return sum(1 for p in self.lessons if p.state is LessonState.DONE)

    def of_series(self, module: str | None) -> ClassProgress:
        """The lessons of the main series (None) or of one module; `next` stays the class's."""
        shown = tuple(p for p in self.lessons if p.module == module)
        return ClassProgress(self.class_id, shown, self.next)


@dataclass(frozen=True)
class TallyResult:
    run_id: int
    lesson_id: str
    step_id: str
    counts: tuple[tuple[str, int], ...]  # (option id, count) in the order saved
    recorded_at: datetime

    def count(self, option_id: str) -> int:
        return next((c for o, c in self.counts if o == option_id), 0)

    @property
    def total(self) -> int:
        return sum(c for _, c in self.counts)


@dataclass(frozen=True)
class LessonNoteView:
    class_id: int
    lesson_id: str
    text: str
    updated_at: datetime


@dataclass(frozen=True)
class ResetReceipt:
    """What a reset changed, so it can be undone: each run with the status it had."""

    class_id: int
    lesson_id: str
    previous: tuple[tuple[int, RunStatus], ...]


def newest_runs(runs: Sequence[RunRecord]) -> dict[str, RunRecord]:
    """The run that decides each lesson's state: the newest one that was not reset."""
    newest: dict[str, RunRecord] = {}
    for run in runs:
        if run.status is RunStatus.RESET:
            continue
        held = newest.get(run.lesson_id)
        if held is None or (run.started_at, run.id) > (held.started_at, held.id):
            newest[run.lesson_id] = run
    return newest


def state_of(run: RunRecord | None) -> LessonState:
    if run is None:
        return LessonState.NOT_STARTED
    return LessonState.DONE if run.status is RunStatus.DONE else LessonState.IN_PROGRESS


Track = tuple[str | None, Sequence[str]]
"""A run of lessons numbered together: (None, the series' ids) or (module id, its ids)."""


def next_lesson(
    series: Sequence[str], runs: Sequence[RunRecord], modules: Sequence[Track] = ()
) -> NextLesson | None:
    """The lesson in progress that was touched last; otherwise the first lesson not started in
    the series or module the class worked in last (a class may run a module on its own);
    otherwise the first lesson not started, the main series first.

    `series` holds the lesson ids in series order, `modules` each module's. Runs of lessons no
    longer in the content are ignored.
    """
    tracks: list[Track] = [(None, series), *modules]
    place = {
        lesson_id: (module, number)
        for module, ids in tracks
        for number, lesson_id in enumerate(ids, start=1)
    }
    newest = {k: run for k, run in newest_runs(runs).items() if k in place}
    in_progress = [run for run in newest.values() if state_of(run) is LessonState.IN_PROGRESS]
    if in_progress:
        latest = max(in_progress, key=lambda run: (run.updated_at, run.id))
        module, number = place[latest.lesson_id]
        return NextLesson(latest.lesson_id, number, LessonState.IN_PROGRESS, module)
    if newest:
        last = max(newest.values(), key=lambda run: (run.updated_at, run.id))
        last_module = place[last.lesson_id][0]
        tracks.sort(key=lambda track: track[0] != last_module)  # stable: the rest keep order
    for module, ids in tracks:
        for number, lesson_id in enumerate(ids, start=1):
            if lesson_id not in newest:
                return NextLesson(lesson_id, number, LessonState.NOT_STARTED, module)
    return None


def resume_step(
    step_ids: Sequence[str], saved_step_id: str | None, visited: Sequence[str]
) -> tuple[str, bool]:
    """The step to resume at, and whether it differs from the saved one.

    The saved step if the lesson still has it; otherwise the step after the last visited step
    that still exists (the saved step came after that one); otherwise the first step.
    """
    if saved_step_id is not None and saved_step_id in step_ids:
        return saved_step_id, False
    for step_id in reversed(visited):
        if step_id in step_ids:
            position = step_ids.index(step_id)
            return step_ids[min(position + 1, len(step_ids) - 1)], True
    return step_ids[0], saved_step_id is not None
