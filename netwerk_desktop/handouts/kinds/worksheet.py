"""1. Student worksheet: what the lesson is about, the exercises with their questions and lines,
and the private writing on a part of its own that carries no name and nobody collects."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import LEADING
from netwerk_desktop.handouts.flow import BODY, Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import Exercise, WorksheetInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, TINT, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

LINE_SPACING = 8 * MM


def title(content: WorksheetInput, context: HandoutContext) -> str:
    return context.labels.text("worksheet.document_title", lesson=content.lesson_title)


def copy_count(content: WorksheetInput) -> int:
    return max(1, len(content.students))


def layout(content: WorksheetInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    for student in content.students or ("",):
        yield _copy(content, context, sheet, student)


def _kicker(content: WorksheetInput, labels: HandoutLabels) -> str:
    kicker = labels.text("worksheet.title")
    if content.lesson_number is not None:
        lesson = labels.text("worksheet.lesson", number=content.lesson_number)
        kicker = f"{lesson} · {kicker}"
    return kicker


def _copy(
    content: WorksheetInput, context: HandoutContext, sheet: Sheet, student: str
) -> list[Page]:
    labels = context.labels
    flow = Flow(sheet)
    flow.field(labels.text("worksheet.name"), student)
    flow.gap(2 * MM)
    flow.rule(ACCENT, 1.2)
    flow.gap(4 * MM)
    flow.text(_kicker(content, labels), 9.5, color=MUTED)
    flow.text(content.lesson_title, 20, style=Style.BOLD)
    if content.goals:
        flow.heading(labels.text("worksheet.goals"), color=ACCENT)
        flow.bullets(content.goals)
    if content.exercises:
        flow.heading(labels.text("worksheet.exercises"), color=ACCENT)
        for number, exercise in enumerate(content.exercises, start=1):
            _exercise(flow, f"{number}. {exercise.title}", exercise)
    if content.private:
        _private_part(flow, content, labels)
    return flow.pages


def _exercise(flow: Flow, heading: str, exercise: Exercise) -> None:
    flow.gap(1 * MM)
    flow.text(heading, BODY + 0.5, style=Style.BOLD, keep_with_next=2 * BODY * LEADING)
    flow.text(exercise.instructions)
    if not exercise.questions:
        flow.writing_lines(exercise.lines, LINE_SPACING)
        return
    for question in exercise.questions:
        # A question stays on the page with (the start of) its lines.
        flow.need(2 * BODY * LEADING + LINE_SPACING * min(exercise.lines, 3))
        flow.gap(1 * MM)
        flow.text(question, BODY, style=Style.BOLD)
        flow.writing_lines(exercise.lines, LINE_SPACING)


def _private_part(flow: Flow, content: WorksheetInput, labels: HandoutLabels) -> None:
    """On a page of its own, so it can be kept apart from the sheet with the name: a heading
    that says it is the student's own, and no name line."""
    flow.new_page()
    sheet = flow.sheet
    top = flow.y
    flow.y = top - 3 * MM
    flow.text(labels.text("worksheet.private"), 15, style=Style.BOLD, color=ACCENT, indent=3 * MM)
    flow.text(labels.text("worksheet.private_note"), 10.5, indent=3 * MM)
    band = top - flow.y + 3 * MM
    # The tint goes under the heading: drawn first, behind the text.
    flow.page.marks.insert(
        0, RectMark(sheet.left, top - band, sheet.content_width, band, None, TINT, radius=2 * MM)
    )
    flow.y = top - band - 4 * MM
    flow.text(f"{_kicker(content, labels)} · {content.lesson_title}", 9.5, color=MUTED)
    for exercise in content.private:
        _exercise(flow, exercise.title, exercise)
