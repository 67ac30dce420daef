"""10. Sorting sheet: nothing to cut. A lesson's statements numbered on one sheet per group and
sorting exercise, with a box per pile (or a row from one end of the ranking to the other) to
write the numbers in."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import LEADING
from netwerk_desktop.handouts.flow import BODY, Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import SortingSheetInput, SortingTask
from netwerk_desktop.handouts.kinds.sorting_cards import check
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, RULE, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

STATEMENT_TYPE = 13.0
BOX_HEIGHT = 22 * MM


def title(content: SortingSheetInput, context: HandoutContext) -> str:
    return context.labels.text("sorting_sheet.document_title", lesson=content.lesson_title)


def layout(
    content: SortingSheetInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    check(content)
    for number in range(1, max(1, content.sets) + 1):
        pages: list[Page] = []
        for task in content.tasks:
            pages.extend(_task_sheet(task, number, context.labels, sheet))
        yield pages


def _task_sheet(
    task: SortingTask, set_number: int, labels: HandoutLabels, sheet: Sheet
) -> list[Page]:
    flow = Flow(sheet)
    flow.text(
        labels.text("sorting_cards.set", title=task.title, number=set_number), 9.5, color=MUTED
    )
    flow.text(task.title, 18, style=Style.BOLD)
    flow.gap(1 * MM)
    flow.text(task.instructions)
    flow.gap(3 * MM)
    for number, card in enumerate(task.cards, start=1):
        text = card.text
        if card.answer:
            text = f"{text}  ({labels.text('sorting_cards.answer', pile=card.answer)})"
        flow.bullets((text,), STATEMENT_TYPE, marker=f"{number}.")
    flow.gap(3 * MM)
    key = "sorting_sheet.rank" if task.ranking else "sorting_sheet.piles"
    flow.text(labels.text(key), BODY, style=Style.BOLD, color=ACCENT)
    flow.gap(2 * MM)
    if task.ranking:
        _ranking_row(flow, task, labels)
    else:
        for pile in task.piles:
            _pile_box(flow, pile)
    return flow.pages


def _pile_box(flow: Flow, pile: str) -> None:
    sheet = flow.sheet
    flow.need(BOX_HEIGHT + 2 * MM)
    top = flow.y
    flow.page.add(RectMark(sheet.left, top - BOX_HEIGHT, sheet.content_width, BOX_HEIGHT, RULE))
    flow.gap(2 * MM)
    flow.text(pile, BODY + 1, style=Style.BOLD, indent=3 * MM)
    flow.y = top - BOX_HEIGHT - 2 * MM


def _ranking_row(flow: Flow, task: SortingTask, labels: HandoutLabels) -> None:
    """One numbered box per card, from the low end of the ranking to the high one."""
    sheet = flow.sheet
    count = len(task.cards)
    low, high = (*task.piles, "", "")[:2]
    flow.text(f"{labels.text('sorting_cards.from')}: {low}", BODY)
    flow.need(BOX_HEIGHT + 2 * BODY * LEADING)
    top = flow.y - 1 * MM
    width = sheet.content_width / max(count, 1)
    for index in range(count):
        flow.page.add(RectMark(sheet.left + index * width, top - 14 * MM, width, 14 * MM, RULE))
    flow.y = top - 14 * MM - 2 * MM
    flow.text(f"{labels.text('sorting_cards.to')}: {high}", BODY)
