"""17. Pocket cards of the directory: one entry per card, ten to a sheet, "last checked" on
each."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import Card, CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import DirectoryCardsInput, DirectoryListing
from netwerk_desktop.handouts.kinds.directory_listing import badges, checked, facts
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MUTED, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

ACROSS, DOWN = 2, 5


def title(content: DirectoryCardsInput, context: HandoutContext) -> str:
    return context.labels.text("directory.cards_title")


def copy_count(content: DirectoryCardsInput) -> int:
    return 1  # the sheets are one set, numbered "1 of N" through


def layout(
    content: DirectoryCardsInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    grid = CardGrid(sheet, ACROSS, DOWN)
    if not content.entries:
        writer = CardWriter(
            Card(sheet.left, sheet.bottom, sheet.content_width, sheet.top - sheet.bottom)
        )
        writer.text(labels.text("directory.cards_title"), 18, Style.BOLD, ACCENT)
        writer.text(labels.text("directory.empty"), 12)
        yield [Page(writer.marks)]
        return
    entries = content.entries
    sheets: list[Page] = []
    for start in range(0, len(entries), grid.per_sheet):
        page = Page(grid.cut_marks())
        for index, entry in enumerate(entries[start : start + grid.per_sheet]):
            page.extend(_card(grid.card(index), entry, labels))
        sheets.append(page)
    yield sheets


def _card(card: Card, entry: DirectoryListing, labels: HandoutLabels) -> list[Mark]:
    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(card)
        category = labels.text(f"directory.categories.{entry.category}")
        writer.text(category, 8 * scale, Style.BOLD, ACCENT)
        writer.text(entry.name, 11.5 * scale, Style.BOLD)
        if entry.activity:
            writer.text(entry.activity, 9 * scale)
        line = badges(entry, labels)
        if line:
            writer.text(line, 8.5 * scale, Style.BOLD, ACCENT)
        for label, value in facts(entry, labels)[:4]:
            writer.text(f"{label}: {value}", 8.5 * scale)
        writer.text(checked(entry, labels), 8 * scale, color=MUTED)
        return writer.marks, writer.used

    return shrink_to_fit(build, card.inner_height)
