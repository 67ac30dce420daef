"""Lesson runs: start, resume, step changes, finishing, marking done, reset and undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.content import Lesson, load_pack
from netwerk_desktop.errors import NotFound
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.lesson_records import LessonState, resume_step
from netwerk_desktop.workspace import Workspace


class Clock:
    """The wall clock the services see, moved by hand."""

    def __init__(self) -> None:
        self.value = datetime(2026, 9, 7, 8, 15)

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **delta: float) -> None:
        self.value += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def opened(location: DataLocation, clock: Clock) -> Iterator[Workspace]:
    workspace = Workspace.open(location, now=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def lessons() -> tuple[Lesson, ...]:
    return load_pack("da").lessons


def test_a_run_starts_at_the_first_step_and_keeps_every_step_change(
    opened: Workspace, lessons: tuple[Lesson, ...], clock: Clock
) -> None:
    c = opened.classes.create("2.g")
    seen: list[Change] = []
    opened.changes.subscribe(seen.append)
    lesson = lessons[0]
    first = opened.lessons.start(c.id, lesson)
    assert (first.step_id, first.step_seconds, first.resumed) == (lesson.steps[0].id, 0, False)
    clock.advance(minutes=4)
    opened.lessons.step_changed(first.run_id, lesson.steps[0].id, 240, lesson.steps[1].id)
    opened.lessons.step_changed(first.run_id, lesson.steps[1].id, 30, lesson.steps[0].id)
    opened.lessons.step_changed(first.run_id, lesson.steps[0].id, 20, lesson.steps[1].id)
    times = {t.step_id: t.seconds for t in opened.lessons.step_times(first.run_id)}
    assert times == {lesson.steps[0].id: 260, lesson.steps[1].id: 30}
    progress = opened.lessons.progress(c.id, lessons).lesson(lesson.id)
    assert progress is not None and progress.state is LessonState.IN_PROGRESS
    assert (progress.step_id, progress.step_number) == (lesson.steps[1].id, 2)
    assert all(change.touches(Topic.PROGRESS) and change.class_id == c.id for change in seen)
    assert len(seen) == 4  # the start and three step changes


def test_resume_after_reopening_the_data_folder(
    location: DataLocation, lessons: tuple[Lesson, ...], clock: Clock
) -> None:
    lesson = lessons[1]
    # Given a lesson left at its third step with 95 seconds spent there
    with Workspace.open(location, now=clock) as workspace:
        c = workspace.classes.create("2.g")
        run = workspace.lessons.start(c.id, lesson)
        workspace.lessons.step_changed(run.run_id, lesson.steps[0].id, 300, lesson.steps[1].id)
        workspace.lessons.step_changed(run.run_id, lesson.steps[1].id, 480, lesson.steps[2].id)
        workspace.lessons.save_position(run.run_id, lesson.steps[2].id, 95)
    # When the app opens the folder again and the teacher continues
    with Workspace.open(location, now=clock) as workspace:
        again = workspace.lessons.start(c.id, lesson)
        # Then it is the same run, at the same step, with the time kept
        assert again.run_id == run.run_id and again.resumed and not again.moved
        assert (again.step_id, again.step_seconds) == (lesson.steps[2].id, 95)
        assert again.seconds_in(lesson.steps[1].id) == 480
        following = workspace.lessons.progress(c.id, lessons).next
        assert following is not None and following.lesson_id == lesson.id
        assert following.state is LessonState.IN_PROGRESS


def test_a_step_that_no_longer_exists_resumes_after_the_last_step_still_there(
    opened: Workspace, lessons: tuple[Lesson, ...]
) -> None:
    c = opened.classes.create("2.g")
    lesson = lessons[0]
    steps = lesson.steps
    run = opened.lessons.start(c.id, lesson)
    opened.lessons.step_changed(run.run_id, steps[0].id, 60, steps[1].id)
    opened.lessons.step_changed(run.run_id, steps[1].id, 60, steps[2].id)
    opened.lessons.save_position(run.run_id, steps[2].id, 40)
    # A later version of the lesson drops the third step
    newer = replace(lesson, version=lesson.version + 1, steps=(*steps[:2], *steps[3:]))
    again = opened.lessons.start(c.id, newer)
    assert again.moved and again.step_id == steps[3].id and again.step_seconds == 0
    assert again.lesson_version == newer.version
    assert opened.lessons.runs(c.id)[-1].lesson_version == newer.version


def test_finish_mark_done_reset_and_undo(
    opened: Workspace, lessons: tuple[Lesson, ...], clock: Clock
) -> None:
    c = opened.classes.create("2.g")
    first, second, third = lessons[:3]
    run = opened.lessons.start(c.id, first)
    clock.advance(days=1)
    opened.lessons.finish(run.run_id, first.steps[-1].id, 200)
    opened.lessons.mark_done(c.id, second)
    progress = opened.lessons.progress(c.id, lessons)
    assert [p.state for p in progress.lessons[:3]] == [
        LessonState.DONE,
        LessonState.DONE,
        LessonState.NOT_STARTED,
    ]
    assert progress.lessons[0].done_on == clock.value.date()
    assert progress.next is not None and progress.next.lesson_id == third.id
    assert progress.next.number == 3 and progress.done_count == 2
    # Starting a done lesson again starts a new run at the first step
    rerun = opened.lessons.start(c.id, first)
    assert rerun.run_id != run.run_id and rerun.step_id == first.steps[0].id
    # Reset makes it "not started"; undo brings back exactly what was there
    receipt = opened.lessons.reset(c.id, first.id)
    assert opened.lessons.progress(c.id, lessons).lessons[0].state is LessonState.NOT_STARTED
    assert opened.lessons.progress(c.id, lessons).next.lesson_id == first.id  # type: ignore[union-attr]
    opened.lessons.undo_reset(receipt)
    restored = opened.lessons.progress(c.id, lessons).lessons[0]
    assert restored.state is LessonState.IN_PROGRESS and restored.step_number == 1


def test_everything_done_leaves_nothing_next_and_unknown_things_are_refused(
    opened: Workspace, lessons: tuple[Lesson, ...]
) -> None:
    c = opened.classes.create("2.g")
    for lesson in lessons:
        opened.lessons.mark_done(c.id, lesson)
    assert opened.lessons.progress(c.id, lessons).next is None
    with pytest.raises(NotFound):
        opened.lessons.start(c.id + 1, lessons[0])
    with pytest.raises(NotFound):
        opened.lessons.step_changed(9999, "a", 1, "b")
    # Deleting the class takes its runs along
    opened.classes.delete(c.id)
    assert opened.lessons.runs(c.id) == []


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=8, unique=True),
    saved=st.none() | st.sampled_from("abcdefghxyz"),
    visited=st.lists(st.sampled_from("abcdefghxyz"), max_size=10),
)
def test_resume_always_lands_on_a_step_of_the_lesson(
    steps: list[str], saved: str | None, visited: list[str]
) -> None:
    step_id, moved = resume_step(steps, saved, visited)
    assert step_id in steps
    if saved in steps:
        assert (step_id, moved) == (saved, False)
    elif not any(v in steps for v in visited):
        assert step_id == steps[0]
