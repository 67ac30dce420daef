"""Fitting text into the audience view: the largest size that fits, down to the floor, then
pages. Heights are measured with the same fonts, widths and paddings the widgets use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from netwerk_desktop.content import plain_text
from ui.presentation.audience_style import font
from ui.presentation.frames import Block, BlockKind

TALL = 1 << 20
# Bold runs and rich-text layout are a little wider than plain text measured here.
SAFETY = 1.04
PARAGRAPH_GAP = 0.6  # em, as content_html sets it
BLOCK_GAP = 0.55  # em between blocks
BOX_PADDING = 0.5  # em inside a question box


@lru_cache(maxsize=4096)
def wrapped_height(px: int, bold: bool, text: str, width: int) -> int:
    """Height of `text` wrapped at `width` in the audience font."""
    if not text or width <= 0:
        return 0
    metrics = QFontMetrics(font(px, bold))
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, width, TALL), flags, text).height()


def widest_word(px: int, bold: bool, text: str) -> int:
    metrics = QFontMetrics(font(px, bold))
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def ladder(high: int, low: int) -> list[int]:
    """The sizes tried between `low` and `high`, in steps: few sizes mean few glyph caches,
    so most frames draw with glyphs already rendered."""
    step = max(2, round(low / 10))
    return [low, *range(low + step, high, step), *([high] if high > low else [])]


def largest_px(high: int, low: int, fits: Callable[[int], bool]) -> int | None:
    """The largest size of the ladder from `high` down to `low` for which `fits` holds."""
    if high < low or not fits(low):
        return None
    sizes = ladder(high, low)
    first, last = 0, len(sizes) - 1  # sizes[first] fits
    while first < last:
        middle = (first + last + 1) // 2
        if fits(sizes[middle]):
            first = middle
        else:
            last = middle - 1
    return sizes[first]


def box_padding(px: int) -> int:
    return round(px * BOX_PADDING)


def block_height(block: Block, px: int, width: int) -> int:
    if block.kind is BlockKind.TEXT:
        parts = plain_text(block.text).split("\n\n")
        heights = [wrapped_height(px, False, part, width) for part in parts]
        gaps = round(px * PARAGRAPH_GAP) * max(0, len(parts) - 1)
        return round(sum(heights) * SAFETY) + gaps
    if block.kind is BlockKind.QUESTION:
        pad = box_padding(px)
        inner = wrapped_height(px, True, block.text, width - 2 * pad - 8)
        return round(inner * SAFETY) + 2 * pad + 8
    if block.kind is BlockKind.RULE:
        return round(wrapped_height(px, False, rule_text(0, block.text), width) * SAFETY)
    return round(wrapped_height(px, True, block.text, width) * SAFETY)


def rule_text(number: int, text: str) -> str:
    return f"{number}.  {text}" if number else f"00.  {text}"


def block_gap(px: int) -> int:
    return round(px * BLOCK_GAP)


@dataclass(frozen=True)
class FlowFit:
    px: int
    pages: tuple[tuple[int, ...], ...]  # indices of the blocks on each page


def fit_flow(blocks: Sequence[Block], width: int, height: int, high: int, floor: int) -> FlowFit:
    """One page at the largest size that fits; below the floor, pages at the floor."""

    def total(px: int) -> int:
        heights = [block_height(block, px, width) for block in blocks]
        return sum(heights) + block_gap(px) * max(0, len(blocks) - 1)

    px = largest_px(high, floor, lambda size: total(size) <= height)
    if px is not None:
        return FlowFit(px, (tuple(range(len(blocks))),))
    pages: list[list[int]] = [[]]
    used = 0
    for index, block in enumerate(blocks):
        needed = block_height(block, floor, width)
        if pages[-1] and used + block_gap(floor) + needed > height:
            pages.append([])
            used = 0
        used += needed + (block_gap(floor) if pages[-1] else 0)
        pages[-1].append(index)
    return FlowFit(floor, tuple(tuple(page) for page in pages))


@dataclass(frozen=True)
class GridFit:
    px: int
    columns: int
    rows: int  # rows on one page
    per_page: int


def fit_grid(
    count: int,
    width: int,
    height: int,
    high: int,
    floor: int,
    gap: int,
    max_columns: int,
    fits_cell: Callable[[int, int, int], bool],
) -> GridFit:
    """The column count at which every cell's content fits (`fits_cell(px, w, h)`) at the
    largest size; when even the floor fits nowhere, fewer rows per page at the floor."""

    def cell(columns: int, rows: int) -> tuple[int, int]:
        cell_w = (width - gap * (columns - 1)) // columns
        cell_h = (height - gap * (rows - 1)) // max(1, rows)
        return cell_w, cell_h

    best: GridFit | None = None
    for columns in range(1, max(1, min(max_columns, count)) + 1):
        rows = -(-count // columns)
        cell_w, cell_h = cell(columns, rows)
        px = largest_px(high, floor, _cell_test(fits_cell, cell_w, cell_h))
        if px is not None and (best is None or px > best.px):
            best = GridFit(px, columns, rows, count)
    if best is not None:
        return best
    columns = max(1, min(max_columns, count))
    for rows_shown in range(-(-count // columns) - 1, 0, -1):
        if fits_cell(floor, *cell(columns, rows_shown)):
            return GridFit(floor, columns, rows_shown, columns * rows_shown)
    return GridFit(floor, columns, 1, columns)


def _cell_test(
    fits_cell: Callable[[int, int, int], bool], width: int, height: int
) -> Callable[[int], bool]:
    return lambda px: fits_cell(px, width, height)
