"""6. Where to get help: cards with the school's contacts, 112 and 116 111.

A contact the school has not filled in prints as a line to write on, never a placeholder word.
Nothing a student reads is smaller than 9 pt: the cards are as small as that allows, from eight
to a sheet down to one.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from netwerk_desktop.handouts.cards import PADDING, WRITE_LINE, Card, CardGrid, CardWriter
from netwerk_desktop.handouts.fitted_text import LEADING, Fitted, fit, place, wrap
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import HELP_FIELDS, HelpCardsInput, HelpContact
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, RULE, LineMark, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

EMERGENCY = "112"
HELPLINE = "116 111"
SMALLEST = 9.0  # pt: the smallest type a student has to read
# Cards across x down a sheet, and columns of contacts on a card: densest first; the first grid
# whose card holds everything at full size is used. Wide cards put the contacts side by side.
GRIDS = ((2, 4, 1), (2, 3, 1), (2, 2, 1), (1, 2, 2), (1, 1, 2))
COLUMN_GAP = 5 * MM
NUMBER_SIZE = 14.0
NUMBER_WIDTH = 22 * MM


def title(content: HelpCardsInput, context: HandoutContext) -> str:
    return context.labels.text("help.title")


def copy_count(content: HelpCardsInput) -> int:
    return 1  # the sheets are one copy: how many fit a sheet is known only at layout


def default_contacts(labels: HandoutLabels) -> tuple[HelpContact, ...]:
    return (
        HelpContact(labels.text("help.class_teacher"), fields=("name", "contact")),
        HelpContact(labels.text("help.counsellor"), fields=("name", "room", "hours", "contact")),
    )


def layout(content: HelpCardsInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    contacts = content.contacts or default_contacts(context.labels)
    grid, cards = _fitting_grid(sheet, contacts, context.labels)
    page = Page(grid.cut_marks() if grid.per_sheet > 1 else [])
    for marks in cards:
        page.extend(marks)
    sheets = max(1, math.ceil(content.cards / grid.per_sheet))
    yield [page] * sheets


def _fitting_grid(
    sheet: Sheet, contacts: tuple[HelpContact, ...], labels: HandoutLabels
) -> tuple[CardGrid, list[list[Mark]]]:
    for across, down, columns in GRIDS:
        grid = CardGrid(sheet, across, down)
        cards = [
            _card(grid.card(index), contacts, labels, columns) for index in range(grid.per_sheet)
        ]
        if all(card is not None for card in cards):
            return grid, [card for card in cards if card is not None]
    # Even a whole page is too small: print it anyway, running long rather than shrinking.
    grid = CardGrid(sheet, 1, 1)
    return grid, [_card(grid.card(0), contacts, labels, 2, force=True) or []]


def _card(
    card: Card,
    contacts: tuple[HelpContact, ...],
    labels: HandoutLabels,
    columns: int,
    force: bool = False,
) -> list[Mark] | None:
    """The card's marks, or None when its text does not fit at full size."""
    numbers, band = _numbers(card, labels)
    writer = CardWriter(card)
    writer.text(labels.text("help.title"), 13, Style.BOLD, ACCENT)
    writer.text(labels.text("help.intro"), 10)
    marks = list(writer.marks)
    used = writer.used
    width = (card.inner_width - COLUMN_GAP * (columns - 1)) / columns
    parts = [
        # A column is a narrower card starting below the heading.
        Card(
            card.inner_left + n * (width + COLUMN_GAP) - PADDING,
            card.y,
            width + 2 * PADDING,
            card.height,
        )
        for n in range(columns)
    ]
    for part, group in zip(parts, _balanced(contacts, parts[0], labels, columns), strict=True):
        column_writer = CardWriter(part)
        column_writer.y = writer.y
        for contact in group:
            _contact(column_writer, contact, labels)
        marks.extend(column_writer.marks)
        used = max(used, column_writer.used)
    if used > card.inner_height - band and not force:
        return None
    return [*marks, *numbers]


def _balanced(
    contacts: tuple[HelpContact, ...], column: Card, labels: HandoutLabels, columns: int
) -> list[tuple[HelpContact, ...]]:
    """The contacts in order, cut into columns of about the same height."""
    if columns == 1:
        return [contacts]
    heights = []
    for contact in contacts:
        writer = CardWriter(column)
        _contact(writer, contact, labels)
        heights.append(writer.used)
    cut = min(
        range(len(contacts) + 1),
        key=lambda n: max(sum(heights[:n]), sum(heights[n:])),
    )
    return [contacts[:cut], contacts[cut:]]


def _contact(writer: CardWriter, contact: HelpContact, labels: HandoutLabels) -> None:
    writer.gap(2 * MM)
    writer.text(contact.title, 10.5, Style.BOLD)
    fields = [
        (labels.text(f"help.{name}"), contact.value(name))
        for name in contact.fields
        if name in HELP_FIELDS
    ]
    _fields(writer, fields)


def field_rows(fields: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """(label, value) pairs in rows: a filled value alone, empty ones two to a row."""
    rows: list[list[tuple[str, str]]] = []
    for label, value in fields:
        if value or not rows or len(rows[-1]) == 2 or rows[-1][0][1]:
            rows.append([(label, value)])
        else:
            rows[-1].append((label, value))
    return rows


def _fields(writer: CardWriter, fields: list[tuple[str, str]]) -> None:
    """Label and value pairs at full size: a filled value gets a row of its own and wraps;
    empty ones pair up as lines to write on."""
    size = SMALLEST + 0.5
    rows = field_rows(fields)
    card = writer.card
    for row in rows:
        cell = card.inner_width / (1 if row[0][1] else 2)
        row_height = size * 2.0
        for column, (label, value) in enumerate(row):
            left = card.inner_left + column * cell
            label_fit = Fitted(tuple(wrap(label, cell, size)), size)
            label_width = max(line.width(size) for line in label_fit.lines)
            label_marks, _ = place(label_fit, left, writer.y - size * 0.6, cell, color=MUTED)
            writer.marks.extend(label_marks[:1])
            value_left = left + label_width + 1.5 * MM
            value_width = left + cell - 2 * MM - value_left
            if value:
                value_fit = Fitted(
                    tuple(wrap(value, value_width, size + 0.5, Style.BOLD)), size + 0.5
                )
                value_marks, below = place(
                    value_fit, value_left, writer.y - size * 0.5, value_width
                )
                writer.marks.extend(value_marks)
                row_height = max(row_height, writer.y - below + size * 0.6)
            else:
                baseline = writer.y - size * 1.6
                writer.marks.append(
                    LineMark(
                        value_left, baseline, value_left + value_width, baseline, 0.6, WRITE_LINE
                    )
                )
        writer.y -= row_height


def _numbers(card: Card, labels: HandoutLabels) -> tuple[list[Mark], float]:
    """112 and 116 111 at the foot of the card, one row each, with their labels beside them;
    returns the marks and the height they take."""
    left, width = card.inner_left, card.inner_width
    label_width = width - NUMBER_WIDTH
    rows = []
    for key, number in (("help.emergency", EMERGENCY), ("help.helpline", HELPLINE)):
        label = wrap(labels.text(key), label_width, SMALLEST + 0.5)
        height = max(NUMBER_SIZE * LEADING, len(label) * (SMALLEST + 0.5) * LEADING)
        rows.append((number, key, height))
    band = sum(height for _, _, height in rows) + 3 * MM
    marks: list[Mark] = []
    y = card.inner_bottom + band
    marks.append(LineMark(left, y, left + width, y, 0.5, RULE))
    y -= 2 * MM
    for number, key, height in rows:
        number_fit = fit(number, NUMBER_WIDTH - 2 * MM, NUMBER_SIZE, NUMBER_SIZE, 1, Style.BOLD)
        number_marks, _ = place(number_fit, left, y, NUMBER_WIDTH - 2 * MM, color=ACCENT)
        label_fit = Fitted(
            tuple(wrap(labels.text(key), label_width, SMALLEST + 0.5)), SMALLEST + 0.5
        )
        # The label's first line sits on the number's baseline.
        baseline = y - NUMBER_SIZE * 0.96
        label_top = baseline + label_fit.size * 0.96
        label_marks, _ = place(label_fit, left + NUMBER_WIDTH, label_top, label_width)
        marks.extend([*number_marks, *label_marks])
        y -= height
    return marks, band
