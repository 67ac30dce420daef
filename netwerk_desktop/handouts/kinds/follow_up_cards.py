"""Cards for the follow-up after an event (tip 5): day 1 a thank-you, week 1 a partner talk
and an anonymous tally, month 1 a reunion; one card per step and class, with its date."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import FollowUpCardsInput, FollowUpStep
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

# When each step comes, as the number on its card ("Day 1", "Week 1", "Month 1").
_WHEN = {
    "thank_you": {"day": 1},
    "partner_talk": {"week": 1},
    "tally": {"week": 1},
    "reunion": {"month": 1},
}


def title(content: FollowUpCardsInput, context: HandoutContext) -> str:
    return f"{context.labels.text('follow_up.title')}: {content.event_title}"


def layout(
    content: FollowUpCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    steps = [s for s in content.steps if s.kind in _WHEN]
    if not steps:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="steps"
        )
    grid = CardGrid(sheet, 2, 2)
    pages: list[Page] = []
    for index, step in enumerate(steps):
        if index % grid.per_sheet == 0:
            pages.append(Page(grid.cut_marks()))
        pages[-1].extend(_card(grid, index, step, content, context))
    yield pages


def _card(
    grid: CardGrid,
    index: int,
    step: FollowUpStep,
    content: FollowUpCardsInput,
    context: HandoutContext,
) -> list[Mark]:
    card = grid.card(index)
    labels = context.labels

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(card)
        writer.text(content.event_title, 10 * scale, Style.BOLD, MUTED)
        writer.text(
            labels.text(f"follow_up.{step.kind}", **_WHEN[step.kind]),
            17 * scale,
            Style.BOLD,
            ACCENT,
        )
        due = labels.text(
            "follow_up.due", class_name=step.class_name, date=labels.date(step.due_on)
        )
        writer.text(due, 10 * scale, Style.REGULAR, MUTED)
        writer.gap(4 * MM * scale)
        writer.text(labels.text(f"follow_up.{step.kind}_text"), 12.5 * scale)
        if step.kind == "tally":
            writer.gap(6 * MM * scale)
            writer.text(labels.text("follow_up.tally_count"), 13 * scale, Style.BOLD)
        return writer.marks, writer.used

    return shrink_to_fit(build, card.inner_height)
