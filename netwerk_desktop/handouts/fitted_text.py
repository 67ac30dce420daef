"""Lines of text that fit their box: wrapping, shrinking long names, placing lines."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.page import INK, Color, TextMark
from netwerk_desktop.handouts.shaping import LTR, ShapedText, shaper

LEADING = 1.28
_FLOOR = 5.0


class Align(Enum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


@dataclass(frozen=True)
class Fitted:
    """Lines set at one size."""

    lines: tuple[ShapedText, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING

    def width(self) -> float:
        return max((line.width(self.size) for line in self.lines), default=0.0)


def wrap(text: str, width: float, size: float, style: Style = Style.REGULAR) -> list[ShapedText]:
    """Break `text` into lines no wider than `width`; hard line breaks are kept."""
    lines: list[ShapedText] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, size, style))
    return lines


def fit(
    text: str,
    width: float,
    size: float,
    min_size: float,
    max_lines: int = 2,
    style: Style = Style.REGULAR,
) -> Fitted:
    """Set `text` in `width`: on one line, shrinking down to `min_size` if it must, else wrapped
    on up to `max_lines` lines at the largest size that fits; never wider than `width`."""
    shaped = shaper().shape(text.replace("\n", " "), style)
    if shaped.width(size) <= width:
        return Fitted((shaped,), size)
    one_line = width / shaped.advance * 1000.0 if shaped.advance else size
    if one_line >= min_size:
        return Fitted((shaped,), _round_down(one_line))
    current = size
    while current >= _FLOOR:  # below min_size only when max_lines cannot hold the name
        lines = wrap(text, width, current, style)
        if len(lines) <= max_lines:
            return Fitted(tuple(lines), current)
        current -= 0.5
    return Fitted(tuple(wrap(text, width, _FLOOR, style)), _FLOOR)


def fit_box(
    text: str,
    width: float,
    height: float,
    size: float,
    min_size: float,
    style: Style = Style.REGULAR,
) -> Fitted:
    """Set `text` inside a `width` x `height` box: one line shrunk down to `min_size` if that
    works, else wrapped at the largest size whose lines fit the box."""
    shaped = shaper().shape(text.replace("\n", " "), style)
    one_line = min(size, height / LEADING)
    if shaped.advance:
        one_line = min(one_line, width / shaped.advance * 1000.0)
    if one_line >= min_size:
        return Fitted((shaped,), _round_down(one_line))
    current = size
    while current > _FLOOR:
        lines = wrap(text, width, current, style)
        if len(lines) * current * LEADING <= height:
            return Fitted(tuple(lines), current)
        current -= 0.5
    return Fitted(tuple(wrap(text, width, _FLOOR, style)), _FLOOR)


def place(
    fitted: Fitted,
    x: float,
    top: float,
    width: float,
    align: Align = Align.LEFT,
    color: Color = INK,
) -> tuple[list[TextMark], float]:
    """Marks for `fitted` whose first line's top is at `top`; returns them and the y below."""
    marks: list[TextMark] = []
    step = fitted.size * LEADING
    baseline = top - fitted.size * 0.96
    for line in fitted.lines:
        line_width = line.width(fitted.size)
        if align is Align.CENTRE:
            left = x + (width - line_width) / 2
        elif align is Align.RIGHT:
            left = x + width - line_width
        else:
            left = x
        marks.append(TextMark(left, baseline, line, fitted.size, color))
        baseline -= step
    return marks, top - len(fitted.lines) * step


def _wrap_paragraph(text: str, width: float, size: float, style: Style) -> list[ShapedText]:
    shape = shaper().shape
    words = [word for word in text.split(" ") if word]
    if not words:
        return []
    base = LTR
    space = shape(" ", style, base).width(size)
    lines: list[list[str]] = []
    current: list[str] = []
    current_width = 0.0
    for word in words:
        word_width = shape(word, style, base).width(size)
        if word_width > width:  # a word longer than the line is cut where it must be
            pieces = _cut_word(word, width, size, style, base)
            words_before, word, word_width = pieces[:-1], pieces[-1][0], pieces[-1][1]
            if current:
                lines.append(current)
            lines.extend([piece] for piece, _ in words_before)
            current, current_width = [word], word_width
            continue
        if current and current_width + space + word_width > width:
            lines.append(current)
            current, current_width = [], 0.0
        current_width += (space if current else 0.0) + word_width
        current.append(word)
    lines.append(current)
    return [shape(" ".join(line_words), style, base) for line_words in lines]


def _cut_word(
    word: str, width: float, size: float, style: Style, base: int
) -> list[tuple[str, float]]:
    """Pieces of `word` that each fit `width`, cut between characters, never before a mark."""
    shape = shaper().shape
    pieces: list[tuple[str, float]] = []
    start = 0
    while start < len(word):
        end = _next_boundary(word, start)
        while end < len(word):
            longer = _next_boundary(word, end)
            if shape(word[start:longer], style, base).width(size) > width:
                break
            end = longer
        piece = word[start:end]
        pieces.append((piece, shape(piece, style, base).width(size)))
        start = end
    return pieces


def _next_boundary(word: str, index: int) -> int:
    index += 1
    while index < len(word) and unicodedata.combining(word[index]):
        index += 1
    return index


def _round_down(size: float) -> float:
    return int(size * 4) / 4.0
