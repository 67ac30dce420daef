"""An event's programme as a poster: the name, the purpose, when and where, and the programme
with times, so everyone sees the mix of input, activities and time together."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import Card, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.fitted_text import Align
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import EventPosterInput
from netwerk_desktop.handouts.kinds.gathering_text import clock
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Mark, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

A4_WIDTH = 210 * MM
MAX_GROWTH = 1.8


def title(content: EventPosterInput, context: HandoutContext) -> str:
    return content.title


def layout(
    content: EventPosterInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    grow = sheet.width / A4_WIDTH
    frame = Card(sheet.left, sheet.bottom, sheet.content_width, sheet.top - sheet.bottom)
    page = Page(
        [RectMark(frame.x, frame.y, frame.width, frame.height, ACCENT, None, 2.5 * grow, 4 * MM)]
    )
    when = labels.date(content.held_on)
    if content.starts_at is not None:
        when = f"{when}, {clock(labels, content.starts_at)}"

    def build(scale: float) -> tuple[list[Mark], float]:
        size = grow * scale
        writer = CardWriter(frame)
        writer.gap(4 * MM * size)
        writer.text(content.title, 38 * size, Style.BOLD, ACCENT, Align.CENTRE)
        if content.purpose:
            writer.gap(2 * MM * size)
            writer.text(content.purpose, 17 * size, Style.REGULAR, MUTED, Align.CENTRE)
        writer.gap(8 * MM * size)
        writer.text(f"{labels.text('event.when')}: {when}", 16 * size, Style.BOLD)
        if content.place:
            writer.text(f"{labels.text('event.where')}: {content.place}", 16 * size, Style.BOLD)
        if content.classes:
            classes = labels.text("event.for_classes", classes=", ".join(content.classes))
            writer.text(classes, 14 * size, Style.REGULAR, MUTED)
        if content.blocks:
            writer.gap(8 * MM * size)
            writer.text(labels.text("event.programme"), 20 * size, Style.BOLD, ACCENT)
            writer.gap(2 * MM * size)
            for block in content.blocks:
                start = "" if block.starts_at is None else clock(labels, block.starts_at) + "  "
                writer.text(f"{start}{block.title}", 16 * size, Style.BOLD)
                kind = labels.optional(f"event.kind_{block.kind}") or ""
                lead = labels.text("event.with_lead", lead=block.lead) if block.lead else ""
                detail = " · ".join(part for part in (kind, lead) if part)
                if detail:
                    writer.text(detail, 12 * size, Style.REGULAR, MUTED, indent=12 * MM * size)
                writer.gap(2.5 * MM * size)
        return writer.marks, writer.used

    # A short programme is set larger, so the poster reads from across the room.
    page.extend(shrink_to_fit(lambda scale: build(MAX_GROWTH * scale), frame.inner_height))
    yield [page]
