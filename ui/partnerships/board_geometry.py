"""Where the cards, pairs and names of the partnership board go for a given width.

Cards flow in as many columns as the widest name allows; the cards of one row share its
height, so the board reads as a tidy grid from the back of the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect

from netwerk_desktop.grouping.model import Rotation


@dataclass(frozen=True)
class BoardMetrics:
    name_height: int  # one line in the names' font
    heading_height: int  # one line in the card headings' font
    widest_name: int
    unit: int  # the spacing step, about a third of a name line

    @property
    def chip_height(self) -> int:
        return self.name_height + 2 * self.unit


@dataclass(frozen=True)
class NamePlace:
    student: int
    group: int  # index in the rotation
    pair: int  # index in the group
    rect: QRect


@dataclass(frozen=True)
class CardPlace:
    group: int
    rect: QRect
    heading: QRect
    pairs: tuple[QRect, ...]


@dataclass(frozen=True)
class BoardGeometry:
    cards: tuple[CardPlace, ...]
    names: tuple[NamePlace, ...]  # in reading order: card by card, top to bottom
    height: int
    columns: int

    def name_at(self, point: QPoint) -> NamePlace | None:
        return next((place for place in self.names if place.rect.contains(point)), None)

    def card_at(self, point: QPoint) -> CardPlace | None:
        return next((card for card in self.cards if card.rect.contains(point)), None)

    def place_of(self, student: int) -> NamePlace | None:
        return next((place for place in self.names if place.student == student), None)


def card_width_needed(metrics: BoardMetrics) -> int:
    u = metrics.unit
    # the name and its padding, inside a pair box, inside the card (a pin shortens the name)
    return metrics.widest_name + 4 * u + 2 * u + 4 * u


def arrange(rotation: Rotation, width: int, metrics: BoardMetrics) -> BoardGeometry:
    u = metrics.unit
    gap = 3 * u
    card_min = min(max(card_width_needed(metrics), 14 * metrics.name_height // 2), max(width, 1))
    columns = max(1, (width + gap) // (card_min + gap))
    card_w = max(card_min, (width - gap * (columns - 1)) // columns)
    heights = [_card_height(group, metrics) for group in rotation]
    cards: list[CardPlace] = []
    names: list[NamePlace] = []
    y = 0
    for row_start in range(0, len(rotation), columns):
        row = range(row_start, min(row_start + columns, len(rotation)))
        row_height = max(heights[index] for index in row)
        for column, index in enumerate(row):
            x = column * (card_w + gap)
            card, placed = _card(rotation, index, QRect(x, y, card_w, row_height), metrics)
            cards.append(card)
            names.extend(placed)
        y += row_height + gap
    return BoardGeometry(tuple(cards), tuple(names), max(0, y - gap), columns)


def _card_height(group: tuple[tuple[int, ...], ...], metrics: BoardMetrics) -> int:
    u = metrics.unit
    pairs = sum(2 * u + len(pair) * metrics.chip_height + (len(pair) - 1) * u for pair in group)
    return 2 * u + metrics.heading_height + 2 * u + pairs + 2 * u * max(0, len(group) - 1) + 2 * u


def _card(
    rotation: Rotation, index: int, rect: QRect, metrics: BoardMetrics
) -> tuple[CardPlace, list[NamePlace]]:
    u = metrics.unit
    inner_x, inner_w = rect.x() + 2 * u, rect.width() - 4 * u
    heading = QRect(inner_x, rect.y() + 2 * u, inner_w, metrics.heading_height)
    y = heading.bottom() + 1 + 2 * u
    pairs: list[QRect] = []
    placed: list[NamePlace] = []
    for pair_index, pair in enumerate(rotation[index]):
        height = 2 * u + len(pair) * metrics.chip_height + (len(pair) - 1) * u
        box = QRect(inner_x, y, inner_w, height)
        pairs.append(box)
        chip_y = y + u
        for student in pair:
            chip = QRect(inner_x + u, chip_y, inner_w - 2 * u, metrics.chip_height)
            placed.append(NamePlace(student, index, pair_index, chip))
            chip_y += metrics.chip_height + u
        y += height + 2 * u
    return CardPlace(index, rect, heading, tuple(pairs)), placed
