"""A letter to parents about an event: the school's name, the day's date, and the text the
teacher edited from the template (paragraphs separated by blank lines)."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import ParentsLetterInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

BODY = 11.5


def title(content: ParentsLetterInput, context: HandoutContext) -> str:
    return f"{context.labels.text('parents_letter.title')}: {content.event_title}"


def layout(
    content: ParentsLetterInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    if not content.body.strip():
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="letter"
        )
    labels = context.labels
    flow = Flow(sheet)
    if context.school_name:
        flow.text(context.school_name, 12, style=Style.BOLD, color=ACCENT)
    flow.text(labels.date(context.printed_on), 10.5, color=MUTED)
    flow.gap(10 * MM)
    flow.text(content.event_title, 18, style=Style.BOLD)
    flow.gap(5 * MM)
    for paragraph in content.body.strip().split("\n\n"):
        flow.text(paragraph.strip(), BODY)
        flow.gap(BODY * 0.8)
    flow.gap(12 * MM)
    flow.rule()
    flow.gap(2 * MM)
    flow.text(content.signature or labels.text("parents_letter.signature_line"), 10.5, color=MUTED)
    yield flow.pages
