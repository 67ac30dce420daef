"""4. Partnership cards: one card per group to cut out, with names, duties and first questions."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import PartnershipCardsInput, PartnershipGroup
from netwerk_desktop.handouts.page import ACCENT, MM, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: PartnershipCardsInput, context: HandoutContext) -> str:
    return context.labels.text("partnership_cards.title")


def layout(
    content: PartnershipCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    if not content.groups:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="groups"
        )
    labels = context.labels
    duties = content.partner_duties or labels.texts("partnership_cards.default_duties")
    questions = content.first_questions or labels.texts("partnership_cards.default_questions")
    grid = CardGrid(sheet, 2, 2)
    pages: list[Page] = []
    for index, group in enumerate(content.groups):
        if index % grid.per_sheet == 0:
            pages.append(Page(grid.cut_marks()))
        pages[-1].extend(_card(grid, index, group, context, duties, questions))
    yield pages


def _card(
    grid: CardGrid,
    index: int,
    group: PartnershipGroup,
    context: HandoutContext,
    duties: tuple[str, ...],
    questions: tuple[str, ...],
) -> list[Mark]:
    card = grid.card(index)
    labels = context.labels

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(card)
        label = labels.text("partnership_cards.group", number=group.number)
        writer.text(label, 14 * scale, Style.BOLD, ACCENT)
        writer.gap(1.5 * MM * scale)
        for partnership in group.partnerships:
            writer.names(partnership.students, 13 * scale, 6.5 * MM * scale)
            writer.gap(2 * MM * scale)
        writer.gap(3 * MM * scale)
        writer.text(labels.text("partnership_cards.duties"), 10 * scale, Style.BOLD, ACCENT)
        writer.gap(1 * MM * scale)
        writer.bullets(duties, 9 * scale)
        writer.gap(2.5 * MM * scale)
        writer.text(labels.text("partnership_cards.questions"), 10 * scale, Style.BOLD, ACCENT)
        writer.gap(1 * MM * scale)
        writer.bullets(questions, 9 * scale)
        return writer.marks, writer.used

    return shrink_to_fit(build, card.inner_height)
