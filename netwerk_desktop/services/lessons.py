"""Lesson progress of a class: runs step by step, tallies, and the teacher's private notes.

A run is saved at every step change, so closing the app, a crash or a power cut mid-lesson
loses at most the time spent in the current step. Runs refer to content by lesson id, version
and step id; a resumed run is placed against the lesson as the content has it now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from netwerk_desktop.content import Lesson, Module, StepContent, Tally
from netwerk_desktop.errors import Field, InvalidValue, NotFound, Problem
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.lesson_records import (
    ClassProgress,
    LessonNoteView,
    LessonProgress,
    LessonState,
    ResetReceipt,
    RunRecord,
    RunStart,
    RunStatus,
    StepTime,
    TallyResult,
    newest_runs,
    next_lesson,
    resume_step,
    state_of,
)
from netwerk_desktop.storage.lesson_models import LessonNote, LessonRun, StepVisit, TallyCount
from netwerk_desktop.storage.models import SchoolClass

MAX_TALLY_COUNT = 999
NOTE_LENGTH = 20_000


class LessonsService(Service):
    # Running a lesson ---------------------------------------------------------------------

    def start(self, class_id: int, lesson: Lesson) -> RunStart:
        """Resume the lesson's run in progress at its saved step, or start a new run.

        A lesson that is done (or was never run) gets a new run at its first step.
        """
        if not lesson.steps:
            raise InvalidValue(Field.LESSON, lesson.id, "it has no steps", Problem.NOTHING_TO_RUN)
        step_ids = lesson.step_ids
        with self._writing() as session:
            if session.get(SchoolClass, class_id) is None:
                raise NotFound("class", str(class_id))
            runs = _runs(session, class_id, lesson.id)
            current = newest_runs([_record(run) for run in runs]).get(lesson.id)
            now = self._context.now()
            run = next((r for r in runs if current and r.id == current.id), None)
            resumed = run is not None and run.status == RunStatus.RUNNING
            if run is None or not resumed:
                run = LessonRun(
                    class_id=class_id,
                    lesson_id=lesson.id,
                    lesson_version=lesson.version,
                    status=RunStatus.RUNNING.value,
                    started_at=now,
                    current_step_id=step_ids[0],
                    current_step_seconds=0,
                    updated_at=now,
                )
                session.add(run)
                session.flush()
            visits = _visits(session, run.id)
            step_id, moved = resume_step(
                step_ids, run.current_step_id, [visit.step_id for visit in visits]
            )
            if moved:
                run.current_step_seconds = 0
            run.current_step_id = step_id
            run.lesson_version = lesson.version
            run.updated_at = now
            result = RunStart(
                run_id=run.id,
                class_id=class_id,
                lesson_id=lesson.id,
                lesson_version=lesson.version,
                step_id=step_id,
                step_seconds=run.current_step_seconds,
                resumed=resumed,
                moved=moved,
                times=_times(visits),
            )
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))
        return result

    def step_changed(
        self, run_id: int, left_step_id: str, seconds: int, entered_step_id: str
    ) -> None:
        """The class moved from one step to another: keep the time spent and the new place."""
        with self._writing() as session:
            run = _run(session, run_id)
            self._visit(session, run, left_step_id, seconds)
            run.current_step_id = entered_step_id
            run.current_step_seconds = 0
            run.updated_at = self._context.now()
            class_id = run.class_id
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))

    def save_position(self, run_id: int, step_id: str, seconds: int) -> None:
        """Keep the time spent in the current step (on pause, or when leaving run mode)."""
        with self._writing() as session:
            run = _run(session, run_id)
            run.current_step_id = step_id
            run.current_step_seconds = max(0, seconds)
            run.updated_at = self._context.now()

    def finish(self, run_id: int, step_id: str, seconds: int) -> None:
        """The lesson was run to its end."""
        with self._writing() as session:
            run = _run(session, run_id)
            self._visit(session, run, step_id, seconds)
            now = self._context.now()
            run.current_step_id = step_id
            run.current_step_seconds = 0
            run.status = RunStatus.DONE.value
            run.finished_at = now
            run.updated_at = now
            class_id = run.class_id
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))

    def mark_done(self, class_id: int, lesson: Lesson) -> None:
        """Done without running it here (taught on another PC, or on paper)."""
        with self._writing() as session:
            if session.get(SchoolClass, class_id) is None:
                raise NotFound("class", str(class_id))
            now = self._context.now()
            current = newest_runs([_record(r) for r in _runs(session, class_id, lesson.id)])
            held = current.get(lesson.id)
            if held is not None and held.status is RunStatus.DONE:
                return
            run = session.get(LessonRun, held.id) if held is not None else None
            if run is None:
                run = LessonRun(
                    class_id=class_id,
                    lesson_id=lesson.id,
                    lesson_version=lesson.version,
                    started_at=now,
                    current_step_seconds=0,
                )
                session.add(run)
            run.status = RunStatus.DONE.value
            run.finished_at = now
            run.updated_at = now
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))

    def reset(self, class_id: int, lesson_id: str) -> ResetReceipt:
        """Back to "not started". The runs are kept, so `undo_reset` can bring them back."""
        with self._writing() as session:
            runs = [r for r in _runs(session, class_id, lesson_id) if r.status != RunStatus.RESET]
            previous = tuple((run.id, RunStatus(run.status)) for run in runs)
            for run in runs:
                run.status = RunStatus.RESET.value
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))
        return ResetReceipt(class_id, lesson_id, previous)

    def undo_reset(self, receipt: ResetReceipt) -> None:
        with self._writing() as session:
            for run_id, status in receipt.previous:
                run = session.get(LessonRun, run_id)
                if run is not None:
                    run.status = status.value
        self._publish(Change.of(Topic.PROGRESS, class_id=receipt.class_id))

    # Reading progress ---------------------------------------------------------------------

    def runs(self, class_id: int) -> list[RunRecord]:
        """Every run of a class, oldest first (reset runs included)."""
        with self._reading() as session:
            rows = session.scalars(
                select(LessonRun).where(LessonRun.class_id == class_id).order_by(LessonRun.id)
            ).all()
            return [_record(run) for run in rows]

    def runs_of_classes(self, class_ids: Sequence[int]) -> list[RunRecord]:
        """Every run of these classes, oldest first, in one statement (Home's cards)."""
        with self._reading() as session:
            rows = session.scalars(
                select(LessonRun).where(LessonRun.class_id.in_(class_ids)).order_by(LessonRun.id)
            ).all()
            return [_record(run) for run in rows]

    def progress(
        self, class_id: int, lessons: Sequence[Lesson], modules: Sequence[Module] = ()
    ) -> ClassProgress:
        """Each lesson of the series, then of each module: not started, in progress at a step,
        or done on a date; and what comes next for the class."""
        runs = self.runs(class_id)
        newest = newest_runs(runs)
        items = []
        every = [*lessons, *(lesson for module in modules for lesson in module.lessons)]
        for lesson in every:
            run = newest.get(lesson.id)
            state = state_of(run)
            step_id = run.current_step_id if state is LessonState.IN_PROGRESS and run else None
            position = lesson.step_ids.index(step_id) + 1 if step_id in lesson.step_ids else None
            finished = run.finished_at if run is not None else None
            items.append(
                LessonProgress(
                    lesson_id=lesson.id,
                    number=lesson.number,
                    title=lesson.title,
                    state=state,
                    step_id=step_id,
                    step_number=position,
                    step_count=len(lesson.steps),
                    done_on=finished.date() if finished is not None else None,
                    updated_at=run.updated_at if run is not None else None,
                    module=lesson.module,
                )
            )
        series = [lesson.id for lesson in lessons]
        tracks = [(m.id, [lesson.id for lesson in m.lessons]) for m in modules]
        return ClassProgress(class_id, tuple(items), next_lesson(series, runs, tracks))

    def step_times(self, run_id: int) -> tuple[StepTime, ...]:
        with self._reading() as session:
            return _times(_visits(session, run_id))

    # Tallies -------------------------------------------------------------------------------

    def save_tally(self, run_id: int, step_id: str, counts: Mapping[str, int]) -> TallyResult:
        """The counts per option of a tally step in this run (replacing earlier counts)."""
        check_tally_counts(counts)
        with self._writing() as session:
            run = _run(session, run_id)
            now = self._context.now()
            stored = {
                row.option_id: row
                for row in session.scalars(
                    select(TallyCount).where(
                        TallyCount.run_id == run_id, TallyCount.step_id == step_id
                    )
                )
            }
            for option_id, count in counts.items():
                row = stored.get(option_id)
                if row is None:
                    row = TallyCount(run_id=run_id, step_id=step_id, option_id=option_id)
                    session.add(row)
                row.count = count
                row.recorded_at = now
            class_id, lesson_id = run.class_id, run.lesson_id
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))
        result = self.tally(run_id, step_id)
        return result or TallyResult(run_id, lesson_id, step_id, (), now)

    def tally(self, run_id: int, step_id: str) -> TallyResult | None:
        with self._reading() as session:
            run = _run(session, run_id)
            return _tally(session, run, step_id)

    def latest_tally(self, class_id: int, lesson_id: str, step_id: str) -> TallyResult | None:
        """The newest counts for a tally step of a class, from any run that was not reset; e.g.
        lesson 1's "room" tally, to set beside the same question in the follow-up lesson."""
        with self._reading() as session:
            for run in reversed(_runs(session, class_id, lesson_id)):
                if run.status == RunStatus.RESET:
                    continue
                found = _tally(session, run, step_id)
                if found is not None:
                    return found
        return None

    def earlier_tally(
        self, class_id: int, lessons: Sequence[Lesson], lesson_id: str, step_id: str
    ) -> TallyResult | None:
        """The newest result of the same tally asked in an earlier lesson (same option ids)."""
        position = next((i for i, item in enumerate(lessons) if item.id == lesson_id), None)
        step = lessons[position].step(step_id) if position is not None else None
        options = _option_ids(step.content) if step is not None else frozenset()
        if position is None or not options:
            return None
        for earlier in reversed(lessons[:position]):
            for candidate in earlier.steps:
                if _option_ids(candidate.content) == options:
                    found = self.latest_tally(class_id, earlier.id, candidate.id)
                    if found is not None:
                        return found
        return None

    # Private lesson notes ------------------------------------------------------------------

    def note(self, class_id: int, lesson_id: str) -> LessonNoteView | None:
        with self._reading() as session:
            row = _note(session, class_id, lesson_id)
            return None if row is None else _note_view(row)

    def save_note(self, class_id: int, lesson_id: str, text: str) -> LessonNoteView | None:
        """Keep the note; an empty text erases it."""
        if len(text) > NOTE_LENGTH:
            raise InvalidValue(
                Field.LESSON_NOTE,
                text[:40],
                f"it is longer than {NOTE_LENGTH}",
                Problem.TOO_LONG,
                NOTE_LENGTH,
            )
        if not text.strip():
            self.erase_note(class_id, lesson_id)
            return None
        with self._writing() as session:
            if session.get(SchoolClass, class_id) is None:
                raise NotFound("class", str(class_id))
            row = _note(session, class_id, lesson_id)
            if row is None:
                row = LessonNote(class_id=class_id, lesson_id=lesson_id)
                session.add(row)
            row.text = text
            row.updated_at = self._context.now()
            session.flush()
            view = _note_view(row)
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))
        return view

    def erase_note(self, class_id: int, lesson_id: str) -> None:
        with self._writing() as session:
            row = _note(session, class_id, lesson_id)
            if row is not None:
                session.delete(row)
        self._publish(Change.of(Topic.PROGRESS, class_id=class_id))

    # ---------------------------------------------------------------------------------------

    def _visit(self, session: Session, run: LessonRun, step_id: str, seconds: int) -> None:
        spent = max(0, seconds)
        entered = self._context.now() - timedelta(seconds=spent)
        session.add(StepVisit(run_id=run.id, step_id=step_id, entered_at=entered, seconds=spent))


def check_tally_counts(counts: Mapping[str, int]) -> None:
    for option_id, count in counts.items():
        if not 0 <= count <= MAX_TALLY_COUNT:
            raise InvalidValue(
                Field.TALLY_COUNT,
                count,
                f"use 0 to {MAX_TALLY_COUNT} for {option_id}",
                Problem.OUT_OF_RANGE,
                MAX_TALLY_COUNT,
            )


def _run(session: Session, run_id: int) -> LessonRun:
    run = session.get(LessonRun, run_id)
    if run is None:
        raise NotFound("lesson run", str(run_id))
    return run


def _runs(session: Session, class_id: int, lesson_id: str) -> list[LessonRun]:
    return list(
        session.scalars(
            select(LessonRun)
            .where(LessonRun.class_id == class_id, LessonRun.lesson_id == lesson_id)
            .order_by(LessonRun.id)
        )
    )


def _visits(session: Session, run_id: int) -> list[StepVisit]:
    return list(
        session.scalars(select(StepVisit).where(StepVisit.run_id == run_id).order_by(StepVisit.id))
    )


def _times(visits: Sequence[StepVisit]) -> tuple[StepTime, ...]:
    totals: dict[str, int] = {}
    for visit in visits:
        totals[visit.step_id] = totals.get(visit.step_id, 0) + visit.seconds
    return tuple(StepTime(step_id, seconds) for step_id, seconds in totals.items())


def _tally(session: Session, run: LessonRun, step_id: str) -> TallyResult | None:
    rows = list(
        session.scalars(
            select(TallyCount)
            .where(TallyCount.run_id == run.id, TallyCount.step_id == step_id)
            .order_by(TallyCount.id)
        )
    )
    if not rows:
        return None
    return TallyResult(
        run_id=run.id,
        lesson_id=run.lesson_id,
        step_id=step_id,
        counts=tuple((row.option_id, row.count) for row in rows),
        recorded_at=max(row.recorded_at for row in rows),
    )


def _option_ids(content: StepContent) -> frozenset[str]:
    if isinstance(content, Tally):
        return frozenset(option.id for option in content.options)
    return frozenset()


def _note(session: Session, class_id: int, lesson_id: str) -> LessonNote | None:
    return session.scalars(
        select(LessonNote).where(LessonNote.class_id == class_id, LessonNote.lesson_id == lesson_id)
    ).first()


def _note_view(row: LessonNote) -> LessonNoteView:
    return LessonNoteView(row.class_id, row.lesson_id, row.text, row.updated_at)


def _record(run: LessonRun) -> RunRecord:
    return RunRecord(
        id=run.id,
        class_id=run.class_id,
        lesson_id=run.lesson_id,
        lesson_version=run.lesson_version,
        status=RunStatus(run.status),
        current_step_id=run.current_step_id,
        current_step_seconds=run.current_step_seconds,
        started_at=run.started_at,
        finished_at=run.finished_at,
        updated_at=run.updated_at,
    )
