"""7. Discussion cards: one prompt per card with its follow-up, six to a sheet, to cut out."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import DiscussionCard, DiscussionCardsInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: DiscussionCardsInput, context: HandoutContext) -> str:
    return context.labels.text("discussion_cards.document_title", theme=content.theme)


def layout(
    content: DiscussionCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    if not content.cards:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="cards"
        )
    grid = CardGrid(sheet, 2, 3)
    pages: list[Page] = []
    for index, card in enumerate(content.cards):
        if index % grid.per_sheet == 0:
            pages.append(Page(grid.cut_marks()))
        pages[-1].extend(_card(grid, index, card, content.theme, context))
    yield pages


def _card(
    grid: CardGrid, index: int, card: DiscussionCard, theme: str, context: HandoutContext
) -> list[Mark]:
    box = grid.card(index)
    follow_label = context.labels.text("discussion_cards.follow_up")

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(box)
        writer.text(theme, 8.5 * scale, Style.REGULAR, MUTED)
        writer.gap(3 * MM * scale)
        writer.text(card.prompt, 15 * scale, Style.BOLD)
        if card.follow_up:
            writer.gap(4 * MM * scale)
            writer.text(follow_label, 8.5 * scale, Style.BOLD, ACCENT)
            writer.text(card.follow_up, 11 * scale)
        return writer.marks, writer.used

    return shrink_to_fit(build, box.inner_height)
