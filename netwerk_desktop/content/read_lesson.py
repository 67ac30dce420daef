"""Reading one lesson file, with the rules every lesson of the series keeps."""

from __future__ import annotations

from collections.abc import Mapping

from netwerk_desktop.content.issues import IssueCode, IssueLog
from netwerk_desktop.content.lesson import Lesson, Step, StepKind
from netwerk_desktop.content.read_steps import read_step
from netwerk_desktop.content.reader import TableReader, unique_ids

LESSON_MINUTES = (45, 90)
STEP_COUNT = (5, 10)
GOAL_COUNT = (2, 4)
# Every lesson opens with the same calm ritual and ends with something to do before next time.
OPENING_KIND = StepKind.PARTNERSHIP_MEETING
CLOSING_KIND = StepKind.CLOSING


def lesson_file_name(number: int, lesson_id: str) -> str:
    return f"{number:02d}-{lesson_id}.toml"


def _check_ritual(lesson: Lesson, file: str, log: IssueLog) -> None:
    if not lesson.steps:
        return
    first, last = lesson.steps[0], lesson.steps[-1]
    if first.kind is not OPENING_KIND:
        log.error(IssueCode.OPENING_STEP, file, f"steps[{first.id}]", "kind", kind=first.kind)
    if last.kind is not CLOSING_KIND:
        log.error(IssueCode.CLOSING_STEP, file, f"steps[{last.id}]", "kind", kind=last.kind)


def read_lesson(data: Mapping[str, object], file: str, file_name: str, log: IssueLog) -> Lesson:
    """`file` names the file in messages; `file_name` is its bare name, which must match."""
    reader = TableReader(data, file, "", log)
    lesson_id = reader.ident()
    number = reader.integer("number", 1, 99)
    version = reader.integer("version", 1, 999)
    title = reader.text("title")
    summary = reader.text("summary")
    goals = reader.texts("goals", *GOAL_COUNT)
    materials = reader.texts("materials", 0, 15)
    preparation = reader.text("preparation")
    steps: list[Step] = []
    ids: list[tuple[TableReader, str]] = []
    for table in reader.tables("steps", *STEP_COUNT):
        step = read_step(table)
        if step is not None:
            steps.append(step)
            ids.append((table, step.id))
    unique_ids(ids, log)
    reader.finish()

    if lesson_id and number and file_name != lesson_file_name(number, lesson_id):
        log.error(IssueCode.FILE_NAME, file, "", "", expected=lesson_file_name(number, lesson_id))
    lesson = Lesson(
        lesson_id, number, version, title, summary, goals, materials, preparation, tuple(steps)
    )
    low, high = LESSON_MINUTES
    if steps and not low <= lesson.minutes <= high:
        log.error(
            IssueCode.LESSON_TIME, file, "", "steps", minutes=lesson.minutes, low=low, high=high
        )
    _check_ritual(lesson, file, log)
    return lesson
