"""The class's content and data as the handout engine's inputs: a lesson's handout parts as a
worksheet, its steps as a teacher guide, a rotation as partnership groups, the school's help
template as contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netwerk_desktop.content import (
    Charter,
    Closing,
    Discussion,
    EitherOr,
    HelpFieldKey,
    HelpTemplate,
    Lesson,
    PartnershipMeeting,
    PhaseMode,
    Reflection,
    Step,
    StepKind,
    Tally,
    plain_text,
)
from netwerk_desktop.handouts import (
    Exercise,
    GuideStep,
    HelpContact,
    Partnership,
    PartnershipGroup,
    TeacherGuideInput,
    WorksheetInput,
)

if TYPE_CHECKING:
    from netwerk_desktop.services.partnership_records import RotationView


def _print_text(text: str) -> str:
    """Content text as the engine prints it: markup gone, one paragraph per line."""
    return plain_text(text).replace("\n\n", "\n")


def worksheet_input(lesson: Lesson, students: tuple[str, ...] = ()) -> WorksheetInput:
    """The steps' handout parts as exercises; questions with room to write go under the
    reflection heading (the engine writes lines there only, the same number under each: the
    parts' average, so one long part does not push every sheet on to a second page)."""
    exercises: list[Exercise] = []
    questions: list[str] = []
    lines: list[int] = []  # per question
    for step in lesson.steps:
        part = step.handout
        if part is None:
            continue
        text = [_print_text(step.case)] if step.case else []
        text.append(_print_text(part.instructions))
        if part.lines:
            asked = part.questions or (step.audience.title,)
            questions.extend(plain_text(question) for question in asked)
            lines.extend(part.lines for _ in asked)
        else:
            text.extend(f"– {plain_text(question)}" for question in part.questions)
        exercises.append(Exercise(step.audience.title, "\n".join(text)))
    return WorksheetInput(
        lesson_title=lesson.title,
        goals=tuple(plain_text(goal) for goal in lesson.goals),
        exercises=tuple(exercises),
        reflection_questions=tuple(questions),
        lesson_number=lesson.number,
        students=students,
        writing_lines=round(sum(lines) / len(lines)) if lines else WorksheetInput.writing_lines,
    )


def teacher_guide_input(lesson: Lesson) -> TeacherGuideInput:
    steps = tuple(_guide_step(step, opening=index == 0) for index, step in enumerate(lesson.steps))
    return TeacherGuideInput(
        lesson_title=lesson.title,
        steps=steps,
        summary=plain_text(lesson.summary),
        goals=tuple(plain_text(goal) for goal in lesson.goals),
        materials=tuple(plain_text(item) for item in lesson.materials),
        preparation=tuple(plain_text(lesson.preparation).split("\n\n")),
        lesson_number=lesson.number,
    )


def _guide_step(step: Step, *, opening: bool) -> GuideStep:
    content = step.content
    for_class = [_print_text(step.audience.text)]
    if step.case:
        for_class.append(_print_text(step.case))
    if isinstance(content, Closing):
        for_class.append(_print_text(content.task))
    return GuideStep(
        title=step.audience.title,
        minutes=step.minutes,
        kind="welcome" if opening else _guide_kind(step),
        audience_text="\n".join(for_class),
        teacher_notes=_print_text(step.teacher_notes),
        prompts=tuple(plain_text(prompt) for prompt in _prompts(step)),
    )


_MODE_KINDS = {
    PhaseMode.ALONE: "writing",
    PhaseMode.PARTNER: "partner_talk",
    PhaseMode.GROUP: "group_talk",
    PhaseMode.CLASS: "class_talk",
}
_STEP_KINDS = {
    StepKind.TALK: "input",
    StepKind.DISCUSSION: "class_talk",
    StepKind.EITHER_OR: "movement",
    StepKind.SORTING: "activity",
    StepKind.REFLECTION: "reflection",
    StepKind.PARTNERSHIP_MEETING: "partner_talk",
    StepKind.CHARTER: "group_talk",
    StepKind.TALLY: "class_talk",
    StepKind.CLOSING: "closing",
}


def _guide_kind(step: Step) -> str:
    """The teacher guide's kind of a step: how the class works in it (its widest phase)."""
    if step.phases:
        return _MODE_KINDS[step.phases[-1].mode]
    return _STEP_KINDS[step.kind]


def _prompts(step: Step) -> tuple[str, ...]:
    content = step.content
    if isinstance(content, Discussion):
        return (content.prompt,) + ((content.follow_up,) if content.follow_up else ())
    if isinstance(content, EitherOr):
        return tuple(f"{s.text} ({s.left} / {s.right})" for s in content.statements)
    if isinstance(content, Reflection | PartnershipMeeting | Charter):
        return content.questions
    if isinstance(content, Tally):
        return (content.question,)
    return ()  # a talk's case and a closing's task are for the class; sorting cards are cards


def partnership_groups(rotation: RotationView) -> tuple[PartnershipGroup, ...]:
    """The rotation's groups with the students still in the class; emptied pairs drop out."""
    groups: list[PartnershipGroup] = []
    for group in rotation.groups:
        pairs = tuple(
            Partnership(names)
            for pair in group.pairs
            if (names := tuple(s.display_name for s in pair.students if s.active))
        )
        if pairs:
            groups.append(PartnershipGroup(group.number, pairs))
    return tuple(groups)


def help_contacts(template: HelpTemplate) -> tuple[HelpContact, ...]:
    """The school's entries (112 and 116 111 are printed by the engine itself)."""
    contacts: list[HelpContact] = []
    for entry in template.entries:
        if entry.is_builtin:
            continue
        values = {field.key: field.value for field in entry.fields}
        contacts.append(
            HelpContact(
                entry.title,
                name=values.get(HelpFieldKey.NAME, ""),
                room=values.get(HelpFieldKey.ROOM, ""),
                hours=values.get(HelpFieldKey.HOURS, ""),
                contact=values.get(HelpFieldKey.CONTACT, ""),
                fields=tuple(field.key.value for field in entry.fields),
            )
        )
    return tuple(contacts)
