"""2. Teacher guide: summary, goals, materials, preparation, and every step with its notes, where
a lesson taught in two parts breaks, and the step to leave out when time runs short."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fitted_text import LEADING, Align, fit, place
from netwerk_desktop.handouts.flow import BODY, Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import GuideStep, TeacherGuideInput
from netwerk_desktop.handouts.labels import HandoutLabels, kind_title
from netwerk_desktop.handouts.page import (
    ACCENT,
    MM,
    MUTED,
    RULE,
    TINT,
    LineMark,
    Page,
    RectMark,
    Sheet,
)
from netwerk_desktop.handouts.request import HandoutContext

INDENT = 3 * MM


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
    flow.text(_time_line(content, labels), BODY, color=MUTED)
    if content.summary:
        flow.heading(labels.text("teacher_guide.summary"), color=ACCENT)
        flow.text(content.summary)
    if content.goals:
        flow.heading(labels.text("teacher_guide.goals"), color=ACCENT)
        flow.bullets(content.goals)
    if content.materials:
        flow.heading(labels.text("teacher_guide.materials"), color=ACCENT)
        flow.bullets(
            tuple(
                material.text
                if material.printed_as is None
                else labels.text(
                    "teacher_guide.printed",
                    material=material.text,
                    kind=kind_title(labels, material.printed_as),
                )
                for material in content.materials
            )
        )
    if content.preparation:
        flow.heading(labels.text("teacher_guide.preparation"), color=ACCENT)
        flow.bullets(content.preparation)
    flow.heading(labels.text("teacher_guide.steps"), color=ACCENT)
    for number, step in enumerate(content.steps, start=1):
        _step(flow, labels, number, step)
        if step.split_after and number < len(content.steps):
            _split_line(flow, labels)
    yield flow.pages


def _time_line(content: TeacherGuideInput, labels: HandoutLabels) -> str:
    steps = sum(step.minutes for step in content.steps)
    if content.minutes > steps:
        return labels.text(
            "teacher_guide.planned",
            minutes=content.minutes,
            steps=steps,
            transitions=content.minutes - steps,
        )
    return labels.text("teacher_guide.total", minutes=max(steps, content.minutes))


def _split_line(flow: Flow, labels: HandoutLabels) -> None:
    """Where a lesson taught as two shorter ones breaks: a dashed line across the page."""
    sheet = flow.sheet
    flow.need(3 * BODY * LEADING)
    flow.gap(2 * MM)
    flow.page.add(LineMark(sheet.left, flow.y, sheet.right, flow.y, 0.8, RULE, (3.0, 2.5)))
    flow.gap(1.5 * MM)
    flow.text(labels.text("teacher_guide.split"), BODY, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)


def _labelled(flow: Flow, label: str, text: str) -> None:
    flow.text(
        label,
        BODY - 1,
        style=Style.BOLD,
        color=ACCENT,
        indent=INDENT,
        keep_with_next=BODY * LEADING,
    )
    flow.text(text, BODY, indent=INDENT)
    flow.gap(1 * MM)


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
    kind = labels.text(f"teacher_guide.step_kinds.{step.kind.value}")
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
    if step.drop_if_late:
        flow.text(labels.text("teacher_guide.drop"), BODY - 0.5, style=Style.BOLD, indent=INDENT)
        flow.gap(1 * MM)
    if step.audience_text:
        _labelled(flow, labels.text("teacher_guide.audience"), step.audience_text)
    if step.teacher_notes:
        _labelled(flow, labels.text("teacher_guide.notes"), step.teacher_notes)
    if step.prompts:
        flow.text(
            labels.text("teacher_guide.prompts"),
            BODY - 1,
            style=Style.BOLD,
            color=ACCENT,
            indent=INDENT,
            keep_with_next=BODY * LEADING,
        )
        flow.bullets(step.prompts, indent=INDENT, marker="–")
    if step.activity:
        _labelled(flow, labels.text("teacher_guide.activity"), step.activity)
    flow.gap(2 * MM)
