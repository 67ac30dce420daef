"""Cut-out card sheets: a grid of cards with crop marks outside it and light cut lines inside."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netwerk_desktop.handouts.fitted_text import Align, Fitted, fit, fit_box, place, wrap
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.page import ACCENT, INK, MM, RULE, Color, LineMark, Mark, Sheet

CROP_GAP = 1.5 * MM
CROP_LENGTH = 4 * MM
PADDING = 5 * MM
CUT_LINE: tuple[float, ...] = (2.0, 2.5)
CROP_INK = (0.0, 0.0, 0.0)
WRITE_LINE = (0.35, 0.35, 0.38)
MIN_SCALE = 0.2


@dataclass(frozen=True)
class Card:
    """One card's box on the sheet (bottom-left corner and size) and its inner text box."""

    x: float
    y: float
    width: float
    height: float

    @property
    def inner_left(self) -> float:
        return self.x + PADDING

    @property
    def inner_top(self) -> float:
        return self.y + self.height - PADDING

    @property
    def inner_width(self) -> float:
        return self.width - 2 * PADDING

    @property
    def inner_height(self) -> float:
        return self.height - 2 * PADDING

    @property
    def inner_bottom(self) -> float:
        return self.y + PADDING


@dataclass(frozen=True)
class CardGrid:
    """`columns` x `rows` cards sharing their edges, so one cut separates two cards."""

    sheet: Sheet
    columns: int
    rows: int

    @property
    def inset(self) -> float:
        return CROP_GAP + CROP_LENGTH + 0.5 * MM

    @property
    def left(self) -> float:
        return self.sheet.left + self.inset

    @property
    def right(self) -> float:
        return self.sheet.right - self.inset

    @property
    def top(self) -> float:
        return self.sheet.top - self.inset

    @property
    def bottom(self) -> float:
        return self.sheet.bottom + self.inset

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def card_width(self) -> float:
        return (self.right - self.left) / self.columns

    @property
    def card_height(self) -> float:
        return (self.top - self.bottom) / self.rows

    def card(self, index: int) -> Card:
        """The card at `index` on its sheet, row by row from the top left."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left + column * self.card_width
        y = self.top - (row + 1) * self.card_height
        return Card(x, y, self.card_width, self.card_height)

    def cut_marks(self) -> list[Mark]:
        """Crop marks in the margin at every cut, and dashed cut lines between the cards."""
        marks: list[Mark] = []
        xs = [self.left + column * self.card_width for column in range(self.columns + 1)]
        ys = [self.bottom + row * self.card_height for row in range(self.rows + 1)]
        for x in xs:
            marks.append(_crop(x, self.top + CROP_GAP, x, self.top + CROP_GAP + CROP_LENGTH))
            marks.append(_crop(x, self.bottom - CROP_GAP, x, self.bottom - CROP_GAP - CROP_LENGTH))
        for y in ys:
            marks.append(_crop(self.left - CROP_GAP, y, self.left - CROP_GAP - CROP_LENGTH, y))
            marks.append(_crop(self.right + CROP_GAP, y, self.right + CROP_GAP + CROP_LENGTH, y))
        for x in xs:
            marks.append(LineMark(x, self.bottom, x, self.top, 0.4, RULE, CUT_LINE))
        for y in ys:
            marks.append(LineMark(self.left, y, self.right, y, 0.4, RULE, CUT_LINE))
        return marks


def _crop(x1: float, y1: float, x2: float, y2: float) -> LineMark:
    return LineMark(x1, y1, x2, y2, 0.5, CROP_INK)


def shrink_to_fit(build: Callable[[float], tuple[list[Mark], float]], height: float) -> list[Mark]:
    """Lay out a card's content at decreasing type scale until it is no taller than `height`.

    `build(scale)` returns the marks and the height they take.
    """
    scale = 1.0
    marks, used = build(scale)
    while used > height and scale > MIN_SCALE:
        scale *= 0.94
        marks, used = build(scale)
    return marks


class CardWriter:
    """Text running down inside one card's padded box; collects marks and the height used."""

    def __init__(self, card: Card) -> None:
        self.card = card
        self.y = card.inner_top
        self.marks: list[Mark] = []

    @property
    def used(self) -> float:
        return self.card.inner_top - self.y

    def gap(self, height: float) -> None:
        self.y -= height

    def text(
        self,
        text: str,
        size: float,
        style: Style = Style.REGULAR,
        color: Color = INK,
        align: Align = Align.LEFT,
        indent: float = 0.0,
    ) -> None:
        width = self.card.inner_width - indent
        fitted = Fitted(tuple(wrap(text, width, size, style)), size)
        marks, self.y = place(fitted, self.card.inner_left + indent, self.y, width, align, color)
        self.marks.extend(marks)

    def bullets(
        self,
        items: tuple[str, ...],
        size: float,
        marker: str = "•",
        color: Color = INK,
        spacing: float = 0.25,
    ) -> None:
        """A list with hanging markers; `marker` "#" numbers the items."""
        hang = size * (1.6 if marker == "#" else 1.1)
        for number, item in enumerate(items, start=1):
            label = f"{number}." if marker == "#" else marker
            style = Style.BOLD if marker == "#" else Style.REGULAR
            fitted = fit(label, hang, size, size * 0.6, 1, style)
            marks, _ = place(fitted, self.card.inner_left, self.y, hang, color=color)
            self.marks.extend(marks)
            self.text(item, size, indent=hang)
            self.gap(size * spacing)

    def names(self, names: tuple[str, ...], size: float, row: float) -> None:
        """Partners' names stacked beside a bar, each shrunk or wrapped to stay on the card."""
        bar = 2.5 * MM
        width = self.card.inner_width - bar
        top = self.y
        for name in names or ("",):
            fitted = fit_box(name, width, row, size, min(7.0, size), Style.BOLD)
            offset = (row - fitted.height) / 2
            marks, _ = place(fitted, self.card.inner_left + bar, self.y - offset, width)
            self.marks.extend(marks)
            self.y -= row
        x = self.card.inner_left + 0.6 * MM
        self.marks.append(LineMark(x, top - 1, x, self.y + 1, 2.0, ACCENT))
