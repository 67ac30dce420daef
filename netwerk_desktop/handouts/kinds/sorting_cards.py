"""9. Sorting cards: a lesson's statements to cut out, one set per group of four, in large type.

Each set starts on a sheet of its own; the piles (or the two ends of a ranking) come first as
tinted header cards, and every card says which set and exercise it belongs to, so sets that get
mixed up on a table can be sorted back. A card with one right pile says so.
"""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import Card, CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fitted_text import Align
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import SortingCardsInput, SortingTask
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, TINT, Mark, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

COLUMNS, ROWS = 2, 4
CARD_TYPE = 18.0  # read on a table by four people at once
FOOT_TYPE = 9.0


def title(content: SortingCardsInput, context: HandoutContext) -> str:
    return context.labels.text("sorting_cards.document_title", lesson=content.lesson_title)


def check(content: SortingCardsInput) -> None:
    if not any(task.cards for task in content.tasks):
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="cards"
        )


def layout(
    content: SortingCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    check(content)
    grid = CardGrid(sheet, COLUMNS, ROWS)
    for number in range(1, max(1, content.sets) + 1):
        pages: list[Page] = []
        for task in content.tasks:
            for index, marks in enumerate(_cards(grid, task, number, context.labels)):
                if index % grid.per_sheet == 0:
                    pages.append(Page(grid.cut_marks()))
                pages[-1].extend(marks)
        yield pages


def _cards(
    grid: CardGrid, task: SortingTask, set_number: int, labels: HandoutLabels
) -> Iterator[list[Mark]]:
    foot = labels.text("sorting_cards.set", title=task.title, number=set_number)
    index = 0
    if task.ranking:
        heads = zip(("sorting_cards.from", "sorting_cards.to"), task.piles, strict=False)
        piles = [(labels.text(key), pile) for key, pile in heads]
    else:
        piles = [(labels.text("sorting_cards.pile"), pile) for pile in task.piles]
    for kicker, pile in piles:
        yield _header(grid.card(index), kicker, pile, foot)
        index += 1
    for card in task.cards:
        answer = labels.text("sorting_cards.answer", pile=card.answer) if card.answer else ""
        yield _statement(grid.card(index), card.text, answer, foot)
        index += 1


def _header(box: Card, kicker: str, pile: str, foot: str) -> list[Mark]:
    marks: list[Mark] = [RectMark(box.x + 1, box.y + 1, box.width - 2, box.height - 2, None, TINT)]

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(box)
        writer.text(kicker, 11 * scale, Style.BOLD, MUTED, Align.CENTRE)
        writer.gap(3 * MM * scale)
        writer.text(pile, 22 * scale, Style.BOLD, ACCENT, Align.CENTRE)
        return writer.marks, writer.used

    marks.extend(shrink_to_fit(build, box.inner_height - 2 * FOOT_TYPE))
    marks.extend(_foot(box, foot))
    return marks


def _statement(box: Card, text: str, answer: str, foot: str) -> list[Mark]:
    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(box)
        writer.text(text, max(CARD_TYPE * scale, 12), Style.BOLD)
        if answer:
            writer.gap(3 * MM)
            writer.text(answer, 11, Style.BOLD, ACCENT)
        return writer.marks, writer.used

    marks = shrink_to_fit(build, box.inner_height - 2 * FOOT_TYPE)
    marks.extend(_foot(box, foot))
    return marks


def _foot(box: Card, foot: str) -> list[Mark]:
    """The exercise and the set, small at the foot of the card."""
    writer = CardWriter(box)
    writer.y = box.inner_bottom + FOOT_TYPE * 1.3
    writer.text(foot, FOOT_TYPE, Style.REGULAR, MUTED)
    return writer.marks
