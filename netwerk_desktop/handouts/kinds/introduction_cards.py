"""13. Introduction cards: a match where the offer is someone a student knows becomes a card
the mentor uses to make the introduction. Codes only, and no phone number or address: the
mentor agrees how the people meet."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import WRITE_LINE, Card, CardGrid, CardWriter
from netwerk_desktop.handouts.fitted_text import Fitted, fit, place, wrap
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import Introduction, IntroductionCardsInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, LineMark, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

ACROSS, DOWN = 1, 2


def title(content: IntroductionCardsInput, context: HandoutContext) -> str:
    return context.labels.text("introduction_cards.title")


def copy_count(content: IntroductionCardsInput) -> int:
    return 1  # the sheets are one set, numbered "1 of N" through


def layout(
    content: IntroductionCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    cards: list[Introduction | None] = [*content.introductions]
    cards += [None] * max(0, content.blanks)
    if not cards:
        cards = [None]
    grid = CardGrid(sheet, ACROSS, DOWN)
    sheets: list[Page] = []
    for start in range(0, len(cards), grid.per_sheet):
        page = Page(grid.cut_marks())
        for index, introduction in enumerate(cards[start : start + grid.per_sheet]):
            page.extend(_card(grid.card(index), introduction, context.labels))
        sheets.append(page)
    yield sheets


def _card(card: Card, introduction: Introduction | None, labels: HandoutLabels) -> list[Mark]:
    writer = CardWriter(card)
    writer.text(labels.text("introduction_cards.heading"), 15, Style.BOLD, ACCENT)
    writer.gap(1 * MM)
    writer.text(labels.text("introduction_cards.intro"), 9.5, color=MUTED)
    writer.gap(3 * MM)
    half = card.inner_width / 2
    for column, (key, code) in enumerate(
        (
            ("introduction_cards.need", introduction.need_code if introduction else ""),
            ("introduction_cards.offer", introduction.offer_code if introduction else ""),
        )
    ):
        left = card.inner_left + column * half
        label = fit(labels.text(key), half - 4 * MM, 9.5, 7, 1)
        marks, _ = place(label, left, writer.y, half - 4 * MM, color=MUTED)
        writer.marks.extend(marks)
        if code:
            value = fit(" ".join(code), half - 4 * MM, 20, 12, 1, Style.BOLD)
            value_marks, _ = place(value, left, writer.y - 5 * MM, half - 4 * MM, color=ACCENT)
            writer.marks.extend(value_marks)
        else:
            y = writer.y - 12 * MM
            writer.marks.append(LineMark(left, y, left + half - 8 * MM, y, 0.6, WRITE_LINE))
    writer.gap(15 * MM)
    _field(
        writer,
        labels.text("introduction_cards.about"),
        introduction.about if introduction else "",
        2,
    )
    _field(writer, labels.text("introduction_cards.agreed"), "", 3)
    _field(writer, labels.text("introduction_cards.mentor"), "", 1)
    _field(writer, labels.text("introduction_cards.follow_up"), "", 1)
    return writer.marks


def _field(writer: CardWriter, label: str, value: str, lines: int) -> None:
    card = writer.card
    writer.gap(2 * MM)
    writer.text(label, 9.5, Style.BOLD)
    if value:
        fitted = Fitted(tuple(wrap(value, card.inner_width, 11)), 11)
        marks, writer.y = place(fitted, card.inner_left, writer.y - 1 * MM, card.inner_width)
        writer.marks.extend(marks)
        lines = max(0, lines - len(fitted.lines))
    for _ in range(lines):
        writer.y -= 7 * MM
        writer.marks.append(
            LineMark(
                card.inner_left,
                writer.y,
                card.inner_left + card.inner_width,
                writer.y,
                0.6,
                WRITE_LINE,
            )
        )
