"""1. Student worksheet: goals, exercises, reflection questions with lines to write on."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.flow import BODY, Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import WorksheetInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: WorksheetInput, context: HandoutContext) -> str:
    return context.labels.text("worksheet.document_title", lesson=content.lesson_title)


def copy_count(content: WorksheetInput) -> int:
    return max(1, len(content.students))


def layout(content: WorksheetInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    for student in content.students or ("",):
        yield _copy(content, context, sheet, student)


def _copy(
    content: WorksheetInput, context: HandoutContext, sheet: Sheet, student: str
) -> list[Page]:
    labels = context.labels
    flow = Flow(sheet)
    flow.field(labels.text("worksheet.name"), student)
    flow.gap(2 * MM)
    flow.rule(ACCENT, 1.2)
    flow.gap(4 * MM)
    kicker = labels.text("worksheet.title")
    if content.lesson_number is not None:
        lesson = labels.text("worksheet.lesson", number=content.lesson_number)
        kicker = f"{lesson} · {kicker}"
    flow.text(kicker, 9.5, color=MUTED)
    flow.text(content.lesson_title, 20, style=Style.BOLD)
    if content.goals:
        flow.heading(labels.text("worksheet.goals"), color=ACCENT)
        flow.bullets(content.goals)
    if content.exercises:
        flow.heading(labels.text("worksheet.exercises"), color=ACCENT)
        for number, exercise in enumerate(content.exercises, start=1):
            flow.gap(1 * MM)
            flow.text(f"{number}. {exercise.title}", BODY + 0.5, style=Style.BOLD)
            flow.text(exercise.instructions)
    if content.reflection_questions:
        flow.heading(labels.text("worksheet.reflection"), color=ACCENT)
        lines = max(1, content.writing_lines)
        for question in content.reflection_questions:
            flow.need(2 * BODY + 8 * MM * min(lines, 3))  # keep a question with its lines
            flow.gap(1 * MM)
            flow.text(question, BODY, style=Style.BOLD)
            flow.writing_lines(lines)
    return flow.pages
