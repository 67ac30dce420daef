"""6. Where to get help: 8 cards per sheet with the school's contacts, 112 and 116 111.

A contact the school has not filled in prints as a line to write on, never a placeholder word.
"""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.cards import CardGrid, CardWriter, shrink_to_fit
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import HELP_FIELDS, HelpCardsInput, HelpContact
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, RULE, LineMark, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext
from netwerk_desktop.handouts.text import Align, fit, fit_box, place

EMERGENCY = "112"
HELPLINE = "116 111"
NUMBERS_BAND = 10 * MM


def title(content: HelpCardsInput, context: HandoutContext) -> str:
    return context.labels.text("help.title")


def copy_count(content: HelpCardsInput) -> int:
    return max(1, content.sheets)


def default_contacts(labels: HandoutLabels) -> tuple[HelpContact, ...]:
    return (
        HelpContact(labels.text("help.class_teacher"), fields=("name", "contact")),
        HelpContact(labels.text("help.counsellor"), fields=("name", "room", "hours", "contact")),
    )


def layout(content: HelpCardsInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    contacts = content.contacts or default_contacts(context.labels)
    grid = CardGrid(sheet, 2, 4)
    page = Page(grid.cut_marks())
    for index in range(grid.per_sheet):
        page.extend(_card(grid, index, contacts, context.labels))
    for _ in range(copy_count(content)):
        yield [page]


def _card(
    grid: CardGrid, index: int, contacts: tuple[HelpContact, ...], labels: HandoutLabels
) -> list[Mark]:
    card = grid.card(index)

    def build(scale: float) -> tuple[list[Mark], float]:
        writer = CardWriter(card)
        writer.text(labels.text("help.title"), 11.5 * scale, Style.BOLD, ACCENT)
        writer.text(labels.text("help.intro"), 7.5 * scale)
        for contact in contacts:
            writer.gap(1.2 * MM * scale)
            writer.text(contact.title, 8.5 * scale, Style.BOLD)
            fields = [
                (labels.text(f"help.{name}"), contact.value(name))
                for name in contact.fields
                if name in HELP_FIELDS
            ]
            writer.fields(fields, 7.5 * scale)
        return writer.marks, writer.used

    marks = shrink_to_fit(build, card.inner_height - NUMBERS_BAND - 1.5 * MM)
    marks.extend(_numbers(card.inner_left, card.inner_bottom, card.inner_width, labels))
    return marks


def _numbers(left: float, bottom: float, width: float, labels: HandoutLabels) -> list[Mark]:
    """112 and 116 111 side by side at the foot of the card, each with its label beside it."""
    band = NUMBERS_BAND - 1.5 * MM
    marks: list[Mark] = [
        LineMark(left, bottom + NUMBERS_BAND, left + width, bottom + NUMBERS_BAND, 0.5, RULE)
    ]
    half = width / 2
    for column, (key, number) in enumerate(
        (("help.emergency", EMERGENCY), ("help.helpline", HELPLINE))
    ):
        x = left + column * half
        number_fit = fit(number, half * 0.5, 13, 8, 1, Style.BOLD)
        top = bottom + (band + number_fit.height) / 2
        number_marks, _ = place(number_fit, x, top, half * 0.5, Align.LEFT, ACCENT)
        label_left = x + number_fit.width() + 1.5 * MM
        label_width = x + half - 1.5 * MM - label_left
        label = fit_box(labels.text(key), label_width, band, 7, 5)
        label_marks, _ = place(label, label_left, bottom + (band + label.height) / 2, label_width)
        marks.extend([*number_marks, *label_marks])
    return marks
