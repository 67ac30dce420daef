"""Name badges to cut out, eight to a sheet: a first name (students) or a full name with the
school (network members) in large type, with the event's or network's name above it."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fitted_text import Align, fit, fit_box, place
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import Badge, NameBadgesInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: NameBadgesInput, context: HandoutContext) -> str:
    return context.labels.text("badges.title")


def layout(content: NameBadgesInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    if not content.badges:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="badges"
        )
    grid = CardGrid(sheet, 2, 4)
    pages: list[Page] = []
    for index, badge in enumerate(content.badges):
        if index % grid.per_sheet == 0:
            pages.append(Page(grid.cut_marks()))
        pages[-1].extend(_badge(grid, index, badge, content.heading))
    yield pages


def _badge(grid: CardGrid, index: int, badge: Badge, heading: str) -> list[Mark]:
    card = grid.card(index)
    marks: list[Mark] = []
    top = card.inner_top
    if heading:
        small = fit(heading, card.inner_width, 9, 6, 1)
        heading_marks, top = place(
            small, card.inner_left, top, card.inner_width, Align.CENTRE, ACCENT
        )
        marks.extend(heading_marks)
    room = card.inner_height * (0.55 if badge.detail else 0.75)
    name = fit_box(badge.name, card.inner_width, room, 34, 12, Style.BOLD)
    name_top = card.y + card.height / 2 + name.height / 2 + (3 * MM if badge.detail else 0)
    name_marks, below = place(name, card.inner_left, name_top, card.inner_width, Align.CENTRE)
    marks.extend(name_marks)
    if badge.detail:
        detail = fit(badge.detail, card.inner_width, 12, 7, 2)
        detail_marks, _ = place(
            detail, card.inner_left, below - 1.5 * MM, card.inner_width, Align.CENTRE, MUTED
        )
        marks.extend(detail_marks)
    return marks
