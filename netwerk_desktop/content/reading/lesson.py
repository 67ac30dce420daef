"""Reading one lesson file, with the rules every lesson of the series keeps."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from netwerk_desktop.content.issues import IssueCode, IssueLog, Severity
from netwerk_desktop.content.lesson import (
    PART_MINUTES,
    Lesson,
    Material,
    Printed,
    Step,
    StepKind,
    planned_minutes,
)
from netwerk_desktop.content.reading.steps import read_step
from netwerk_desktop.content.reading.tables import TableReader, unique_ids

LESSON_MINUTES = (45, 90)
STEP_COUNT = (5, 10)
GOAL_COUNT = (2, 4)
STUDENT_GOAL_COUNT = (1, 4)
# Every lesson opens with the same calm ritual and ends with something to do before next time.
OPENING_KIND = StepKind.PARTNERSHIP_MEETING
CLOSING_KIND = StepKind.CLOSING
# A material the text says is printed from the app must say as what (in the words the three
# packs use for it).
PRINTED_FROM_APP = (
    "udskrives fra appen",
    "appen kan udskrive",
    "printed from the app",
    "the app can print",
    "vanuit het programma",
    "het programma kan",
)
# How a goal about students begins, in any of the languages: a student goal speaks to them.
TEACHER_GOAL_OPENINGS = ("eleverne", "klassen ", "students", "the class ", "leerlingen", "de klas ")
_PRINTED_NEEDS: dict[Printed, tuple[str, Callable[[Step], bool]]] = {
    Printed.WORKSHEET: ("a step with a handout part", lambda step: step.handout is not None),
    Printed.SORTING_CARDS: ("a sorting step", lambda step: step.kind is StepKind.SORTING),
}


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


def _materials(reader: TableReader) -> tuple[Material, ...]:
    """Texts, or `{ text = "…", print = "<handout kind>" }` for what the app prints."""
    allowed = ", ".join(kind.value for kind in Printed)
    materials: list[Material] = []
    for index, item in enumerate(reader.texts_or_tables("materials", 0, 15), start=1):
        if isinstance(item, str):
            if any(words in item.lower() for words in PRINTED_FROM_APP):
                reader.error(IssueCode.PRINT_KIND_MISSING, f"materials[{index}]", allowed=allowed)
            materials.append(Material(item))
            continue
        text = item.text("text")
        printed = item.choice("print", Printed)
        item.finish()
        materials.append(Material(text, printed))
    return tuple(materials)


def _student_goals(reader: TableReader) -> tuple[str, ...]:
    goals = reader.texts("student_goals", *STUDENT_GOAL_COUNT)
    for index, goal in enumerate(goals, start=1):
        if goal.lower().startswith(TEACHER_GOAL_OPENINGS):
            reader.log.warning(
                IssueCode.TEACHER_GOAL, reader.file, "", f"student_goals[{index}]", value=goal
            )
    return goals


def _check_markers(lesson: Lesson, file: str, log: IssueLog, complete: bool) -> None:
    """One step to split the lesson after, one to drop when late; neither the opening nor the
    closing (a split after the closing would leave nothing for the second part). A lesson still
    being written (in a draft pack) may lack them."""
    for key in ("split_after", "drop_if_late"):
        marked = [step for step in lesson.steps if getattr(step, key)]
        if len(marked) != 1:
            severity = Severity.ERROR if marked or complete else Severity.WARNING
            log.add(severity, IssueCode.MARKER_COUNT, file, "", "steps", key=key, count=len(marked))
        for step in marked:
            places = {lesson.steps[-1].id: "closing"}
            if key == "drop_if_late":
                places[lesson.steps[0].id] = "opening"
            if step.id in places:
                log.error(
                    IssueCode.MARKER_PLACE,
                    file,
                    f"steps[{step.id}]",
                    key,
                    key=key,
                    where=places[step.id],
                )


def _check_time(lesson: Lesson, file: str, log: IssueLog) -> None:
    if not lesson.steps or not lesson.minutes:
        return
    if lesson.step_minutes > lesson.minutes:
        log.error(
            IssueCode.LESSON_TIME,
            file,
            "",
            "steps",
            minutes=lesson.step_minutes,
            limit=lesson.minutes,
        )
    elif lesson.planned_minutes > lesson.minutes:
        log.warning(
            IssueCode.LESSON_OVERRUN,
            file,
            "",
            "minutes",
            steps=lesson.step_minutes,
            transitions=lesson.planned_minutes - lesson.step_minutes,
            planned=lesson.planned_minutes,
            minutes=lesson.minutes,
        )
    parts = lesson.parts
    if parts is None:
        return
    for number, part in enumerate(parts, start=1):
        # The second part starts after a break, so it begins with getting settled again.
        planned = planned_minutes(part) + (0 if number == 1 or not part else 1)
        if part and planned > PART_MINUTES:
            log.warning(
                IssueCode.PART_OVERRUN,
                file,
                f"steps[{part[0].id}]",
                "split_after",
                part=number,
                planned=planned,
                limit=PART_MINUTES,
            )


def _check_materials(lesson: Lesson, file: str, log: IssueLog) -> None:
    for index, material in enumerate(lesson.materials, start=1):
        needs = _PRINTED_NEEDS.get(material.printed_as) if material.printed_as else None
        if needs is not None and not any(needs[1](step) for step in lesson.steps):
            log.error(
                IssueCode.MATERIAL_NEEDS_STEP,
                file,
                "",
                f"materials[{index}]",
                kind=str(material.printed_as),
                what=needs[0],
            )


def read_lesson(
    data: Mapping[str, object], file: str, file_name: str, log: IssueLog, complete: bool = True
) -> Lesson:
    """`file` names the file in messages; `file_name` is its bare name, which must match.
    `complete` is false for a lesson in a draft pack, where some shortfalls are warnings."""
    reader = TableReader(data, file, "", log)
    lesson_id = reader.ident()
    number = reader.integer("number", 1, 99)
    version = reader.integer("version", 1, 999)
    minutes = reader.integer("minutes", *LESSON_MINUTES)
    title = reader.text("title")
    summary = reader.text("summary")
    goals = reader.texts("goals", *GOAL_COUNT)
    student_goals = _student_goals(reader)
    materials = _materials(reader)
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
        id=lesson_id,
        number=number,
        version=version,
        minutes=minutes,
        title=title,
        summary=summary,
        goals=goals,
        student_goals=student_goals,
        materials=materials,
        preparation=preparation,
        steps=tuple(steps),
    )
    _check_time(lesson, file, log)
    _check_ritual(lesson, file, log)
    if steps:
        _check_markers(lesson, file, log, complete)
    _check_materials(lesson, file, log)
    return lesson
