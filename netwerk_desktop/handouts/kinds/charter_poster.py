"""5. Class charter poster: the class's agreed rules in large type, with the date agreed."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import Card, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import CharterPosterInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Mark, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

A4_WIDTH = 210 * MM


def title(content: CharterPosterInput, context: HandoutContext) -> str:
    return content.title or context.labels.text("charter.title")


def layout(
    content: CharterPosterInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    rules = tuple(rule for rule in content.rules if rule.strip())
    if not rules:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="rules"
        )
    grow = sheet.width / A4_WIDTH  # A3 gets the same poster, larger
    frame = Card(sheet.left, sheet.bottom, sheet.content_width, sheet.top - sheet.bottom)
    page = Page(
        [RectMark(frame.x, frame.y, frame.width, frame.height, ACCENT, None, 2.5 * grow, 4 * MM)]
    )
    labels = context.labels
    agreed = labels.text("charter.agreed", date=labels.date(content.agreed_on))
    agreed_fit = fit(agreed, frame.inner_width, 14 * grow, 9, 1)
    agreed_marks, _ = place(
        agreed_fit,
        frame.inner_left,
        frame.inner_bottom + agreed_fit.height,
        frame.inner_width,
        Align.RIGHT,
        MUTED,
    )
    page.extend(list(agreed_marks))
    room = frame.inner_height - agreed_fit.height - 6 * MM

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(frame)
        writer.gap(4 * MM * grow)
        writer.text(title(content, context), 40 * grow * scale, Style.BOLD, ACCENT, Align.CENTRE)
        writer.text(context.class_name, 20 * grow * scale, Style.REGULAR, MUTED, Align.CENTRE)
        writer.gap(10 * MM * grow * scale)
        writer.bullets(rules, 34 * grow * scale, marker="#", color=ACCENT, spacing=0.55)
        return writer.marks, writer.used

    page.extend(shrink_to_fit(build, room))
    yield [page]
