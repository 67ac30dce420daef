"""2. Teacher guide: summary, goals, materials, preparation, and every step with its notes."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.flow import BODY, Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import GuideStep, TeacherGuideInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, TINT, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext
from netwerk_desktop.handouts.text import LEADING, Align, fit, place


def title(content: TeacherGuideInput, context: HandoutContext) -> str:
    return context.labels.text("teacher_guide.document_title", lesson=content.lesson_title)


def layout(
    content: TeacherGuideInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    if not content.steps:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="steps"
        )
    labels = context.labels
    flow = Flow(sheet)
    kicker = labels.text("teacher_guide.title")
    if content.lesson_number is not None:
        lesson = labels.text("teacher_guide.lesson", number=content.lesson_number)
        kicker = f"{lesson} · {kicker}"
    flow.text(kicker, 9.5, color=MUTED)
    flow.text(content.lesson_title, 20, style=Style.BOLD)
    total = sum(step.minutes for step in content.steps)
    flow.text(labels.text("teacher_guide.total", minutes=total), BODY, color=MUTED)
    if content.summary:
        flow.heading(labels.text("teacher_guide.summary"), color=ACCENT)
        flow.text(content.summary)
    for key, items in (
        ("teacher_guide.goals", content.goals),
        ("teacher_guide.materials", content.materials),
        ("teacher_guide.preparation", content.preparation),
    ):
        if items:
            flow.heading(labels.text(key), color=ACCENT)
            flow.bullets(items)
    flow.heading(labels.text("teacher_guide.steps"), color=ACCENT)
    for number, step in enumerate(content.steps, start=1):
        _step(flow, labels, number, step)
    yield flow.pages


def _step(flow: Flow, labels: HandoutLabels, number: int, step: GuideStep) -> None:
    sheet = flow.sheet
    size = BODY + 1
    band = size * LEADING + 3 * MM
    flow.need(band + 4 * BODY * LEADING)
    flow.gap(2 * MM)
    top = flow.y
    flow.page.add(
        RectMark(sheet.left, top - band, sheet.content_width, band, None, TINT, radius=1.5 * MM)
    )
    kind = labels.optional(f"teacher_guide.step_kinds.{step.kind}") or step.kind
    meta = f"{labels.text('teacher_guide.minutes', minutes=step.minutes)} · {kind}"
    meta_width = sheet.content_width * 0.38
    meta_fit = fit(meta, meta_width, BODY, 7, 1)
    meta_marks, _ = place(
        meta_fit, sheet.right - meta_width - 2 * MM, top - 1.5 * MM - 1, meta_width, Align.RIGHT
    )
    title_width = sheet.content_width - meta_width - 6 * MM
    title_fit = fit(f"{number}. {step.title}", title_width, size, 8, 1, Style.BOLD)
    title_marks, _ = place(title_fit, sheet.left + 2 * MM, top - 1.5 * MM, title_width)
    flow.page.extend([*title_marks, *meta_marks])
    flow.y = top - band - 1.5 * MM
    indent = 3 * MM
    for key, text in (
        ("teacher_guide.audience", step.audience_text),
        ("teacher_guide.notes", step.teacher_notes),
    ):
        if text:
            flow.text(
                labels.text(key),
                BODY - 1,
                style=Style.BOLD,
                color=ACCENT,
                indent=indent,
                keep_with_next=BODY * LEADING,
            )
            flow.text(text, BODY, indent=indent)
            flow.gap(1 * MM)
    if step.prompts:
        flow.text(
            labels.text("teacher_guide.prompts"),
            BODY - 1,
            style=Style.BOLD,
            color=ACCENT,
            indent=indent,
            keep_with_next=BODY * LEADING,
        )
        flow.bullets(step.prompts, indent=indent, marker="–")
    flow.gap(2 * MM)
