"""A card for each role in an event's team: the role, who has it, and lines to plan on."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import RoleCard, RoleCardsInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, LineMark, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

WRITING_LINES = 4


def title(content: RoleCardsInput, context: HandoutContext) -> str:
    return context.labels.text("roles.title")


def layout(content: RoleCardsInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    if not content.roles:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="team"
        )
    grid = CardGrid(sheet, 2, 2)
    pages: list[Page] = []
    for index, role in enumerate(content.roles):
        if index % grid.per_sheet == 0:
            pages.append(Page(grid.cut_marks()))
        pages[-1].extend(_card(grid, index, role, content, context))
    yield pages


def _card(
    grid: CardGrid, index: int, role: RoleCard, content: RoleCardsInput, context: HandoutContext
) -> list[Mark]:
    card = grid.card(index)
    labels = context.labels

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(card)
        writer.text(labels.text("roles.your_role"), 10 * scale, Style.BOLD, MUTED)
        writer.text(role.role, 22 * scale, Style.BOLD, ACCENT)
        writer.gap(1 * MM * scale)
        writer.text(role.name, 16 * scale, Style.BOLD)
        event = labels.text(
            "roles.event_on", event=content.event_title, date=labels.date(content.held_on)
        )
        writer.text(event, 10 * scale, Style.REGULAR, MUTED)
        writer.gap(5 * MM * scale)
        writer.text(labels.text("roles.notes"), 10 * scale, Style.BOLD)
        for _ in range(WRITING_LINES):
            writer.gap(8 * MM * scale)
            writer.marks.append(
                LineMark(card.inner_left, writer.y, card.inner_left + card.inner_width, writer.y)
            )
        return writer.marks, writer.used

    return shrink_to_fit(build, card.inner_height)
