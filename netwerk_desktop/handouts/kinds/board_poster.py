"""14. The board's poster: what needs and offers are about, by category, and how it works."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import Card, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.fitted_text import Align
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import BoardPosterInput
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, TINT, Mark, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

# The board's categories in the board's order (netwerk_desktop.networks.Category).
CATEGORIES = ("study", "work", "clubs", "skills", "practical", "company")
A4_WIDTH = 210 * MM


def title(content: BoardPosterInput, context: HandoutContext) -> str:
    return context.labels.text("board_poster.title")


def copy_count(content: BoardPosterInput) -> int:
    return 1


def layout(
    content: BoardPosterInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    grow = sheet.width / A4_WIDTH
    frame = Card(sheet.left, sheet.bottom, sheet.content_width, sheet.top - sheet.bottom)
    page = Page(
        [RectMark(frame.x, frame.y, frame.width, frame.height, ACCENT, None, 2.5 * grow, 4 * MM)]
    )

    def build(scale: float) -> tuple[list[Mark], float]:
        size = grow * scale
        writer = CardWriter(frame)
        writer.text(labels.text("board_poster.title"), 36 * size, Style.BOLD, ACCENT, Align.CENTRE)
        writer.text(labels.text("board_poster.intro"), 15 * size, align=Align.CENTRE)
        writer.gap(6 * MM * size)
        marks: list[Mark] = []
        for category in CATEGORIES:
            top = writer.y
            writer.text(labels.text(f"board.categories.{category}"), 18 * size, Style.BOLD, ACCENT)
            writer.text(labels.text(f"board.category_notes.{category}"), 12 * size, color=MUTED)
            height = top - writer.y + 2 * MM * size
            marks.append(
                RectMark(
                    frame.inner_left - 2 * MM,
                    writer.y - 2 * MM * size,
                    frame.inner_width + 4 * MM,
                    height,
                    None,
                    TINT,
                    0,
                    2 * MM,
                )
            )
            writer.gap(4 * MM * size)
        writer.gap(2 * MM * size)
        writer.text(labels.text("board_poster.rules_title"), 16 * size, Style.BOLD)
        writer.bullets(labels.texts("board_poster.rules"), 12.5 * size, marker="#", color=ACCENT)
        writer.gap(3 * MM * size)
        writer.text(
            labels.text("board_poster.on_board"), 15 * size, Style.BOLD, ACCENT, Align.CENTRE
        )
        return [*marks, *writer.marks], writer.used

    page.extend(shrink_to_fit(build, frame.inner_height))
    yield [page]
