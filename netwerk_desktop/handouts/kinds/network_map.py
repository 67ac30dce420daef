"""8. Network map: two pages a student fills in by hand and keeps.

Page 1 is the map: rings for closeness (close, near, further) cut into sectors (family,
friends, school, clubs and associations, work, online), as large as the page allows, with four
support symbols to draw beside a person (listens, gives advice, does things with me, helps in
practice). Page 2 is the need: one thing to get done, who could help or introduce, the first
step, and what the student could offer. Neither page prints a name, and both say that the sheet
is the student's own and nobody collects it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import NetworkMapInput
from netwerk_desktop.handouts.kinds.help_cards import EMERGENCY, HELPLINE
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import (
    ACCENT,
    INK,
    MM,
    MUTED,
    RULE,
    TINT,
    CircleMark,
    LineMark,
    Mark,
    Page,
    RectMark,
    Sheet,
)
from netwerk_desktop.handouts.request import HandoutContext

SECTORS = ("family", "friends", "school", "clubs", "work", "online")
RINGS = ("close", "near", "further")
RING_RADII = (0.16, 0.45, 0.72, 1.0)  # "me", then the outer edge of each ring, as part of R
SYMBOLS = ("listening", "advice", "together", "practical")
SYMBOL_SIZE = 3.2 * MM
LEGEND_HEIGHT = 16 * MM
WRITING_LINES = (3, 4, 3, 3)  # need, who, first step, offer


def title(content: NetworkMapInput, context: HandoutContext) -> str:
    return context.labels.text("network_map.title")


def copy_count(content: NetworkMapInput) -> int:
    return max(1, content.copies)


def layout(content: NetworkMapInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    pages = [_map_page(context.labels, sheet), _need_page(context.labels, sheet)]
    for _ in range(copy_count(content)):
        yield pages


def _private_banner(flow: Flow, text: str) -> None:
    """ "This is yours; nobody collects it" in a tinted band."""
    sheet = flow.sheet
    fitted = fit(text, sheet.content_width - 6 * MM, 11, 8, 2)
    height = fitted.height + 4 * MM
    flow.page.add(
        RectMark(sheet.left, flow.y - height, sheet.content_width, height, None, TINT, 0, 2 * MM)
    )
    marks, _ = place(
        fitted, sheet.left + 3 * MM, flow.y - 2 * MM, sheet.content_width - 6 * MM, color=ACCENT
    )
    flow.page.extend(list(marks))
    flow.gap(height + 2 * MM)


def _map_page(labels: HandoutLabels, sheet: Sheet) -> Page:
    flow = Flow(sheet)
    flow.text(labels.text("network_map.title"), 20, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)
    _private_banner(flow, labels.text("network_map.private"))
    flow.text(labels.text("network_map.instructions"), 10)
    flow.gap(3 * MM)
    room = flow.y - sheet.bottom - LEGEND_HEIGHT
    radius = min(sheet.content_width, room) / 2 - 2 * MM
    centre = (sheet.left + sheet.content_width / 2, sheet.bottom + LEGEND_HEIGHT + room / 2)
    flow.page.extend(_diagram(centre, radius, labels))
    flow.page.extend(_legend(sheet, labels))
    return flow.page


def _legend(sheet: Sheet, labels: HandoutLabels) -> list[Mark]:
    """The support symbols in a row at the foot of the map page, with what each means."""
    marks: list[Mark] = []
    top = sheet.bottom + LEGEND_HEIGHT - 1 * MM
    heading = fit(labels.text("network_map.symbols_title"), sheet.content_width, 9.5, 7, 1)
    heading_marks, below = place(heading, sheet.left, top, sheet.content_width, color=INK)
    marks.extend(heading_marks)
    cell = sheet.content_width / len(SYMBOLS)
    y = below - 1.5 * MM - SYMBOL_SIZE
    for index, symbol in enumerate(SYMBOLS):
        x = sheet.left + index * cell
        marks.extend(symbol_marks(symbol, x + SYMBOL_SIZE, y, SYMBOL_SIZE))
        label = fit(labels.text(f"network_map.symbol_{symbol}"), cell - 9 * MM, 9.5, 7, 1)
        label_marks, _ = place(label, x + 2 * SYMBOL_SIZE + 1.5 * MM, y + 1.6 * MM, cell - 9 * MM)
        marks.extend(label_marks)
    return marks


def symbol_marks(symbol: str, cx: float, cy: float, size: float) -> list[Mark]:
    """A support symbol drawn with lines, so every font and printer shows it the same:
    a circle (listens), a triangle (gives advice), a square (does things with me) and a cross
    (helps in practice)."""
    half = size / 2
    width = 1.1
    if symbol == "listening":
        return [CircleMark(cx, cy, half, ACCENT, None, width)]
    if symbol == "advice":
        top, left, right = (cx, cy + half), (cx - half, cy - half), (cx + half, cy - half)
        return [
            LineMark(*top, *left, width, ACCENT),
            LineMark(*left, *right, width, ACCENT),
            LineMark(*right, *top, width, ACCENT),
        ]
    if symbol == "together":
        return [RectMark(cx - half, cy - half, size, size, ACCENT, None, width)]
    return [
        LineMark(cx - half, cy, cx + half, cy, width * 1.4, ACCENT),
        LineMark(cx, cy - half, cx, cy + half, width * 1.4, ACCENT),
    ]


def _need_page(labels: HandoutLabels, sheet: Sheet) -> Page:
    flow = Flow(sheet)
    flow.text(labels.text("network_map.need_title"), 20, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)
    _private_banner(flow, labels.text("network_map.need_private"))
    flow.text(labels.text("network_map.need_intro"), 10.5)
    flow.gap(2 * MM)
    questions = ("need_question", "who_question", "first_step", "offer_question")
    for key, lines in zip(questions, WRITING_LINES, strict=True):
        flow.gap(2 * MM)
        flow.text(labels.text(f"network_map.{key}"), 11.5, style=Style.BOLD)
        flow.writing_lines(lines, 9 * MM)
    flow.gap(2 * MM)
    flow.text(labels.text("network_map.partner_note"), 10.5, style=Style.BOLD, color=ACCENT)
    flow.gap(2 * MM)
    flow.text(labels.text("network_map.few_names"), 9.5, color=MUTED)
    flow.gap(1 * MM)
    heavy = labels.text("network_map.heavy_note", helpline=HELPLINE, emergency=EMERGENCY)
    flow.text(heavy, 9.5, color=MUTED)
    return flow.page


def _diagram(centre: tuple[float, float], radius: float, labels: HandoutLabels) -> list[Mark]:
    cx, cy = centre
    me, close, near, further = (part * radius for part in RING_RADII)
    marks: list[Mark] = [
        CircleMark(cx, cy, further, ACCENT, None, 1.4),
        CircleMark(cx, cy, near, RULE, None, 0.8),
        CircleMark(cx, cy, close, RULE, None, 0.8),
    ]
    for boundary in range(len(SECTORS)):
        angle = math.radians(boundary * 360 / len(SECTORS))
        marks.append(
            LineMark(
                cx + me * math.cos(angle),
                cy + me * math.sin(angle),
                cx + further * math.cos(angle),
                cy + further * math.sin(angle),
                0.8,
                RULE,
            )
        )
    marks.append(CircleMark(cx, cy, me, ACCENT, TINT, 1.2))
    me_fit = fit(labels.text("network_map.me"), me * 1.6, 14, 7, 1, Style.BOLD)
    me_marks, _ = place(
        me_fit, cx - me * 0.8, cy + me_fit.height / 2, me * 1.6, Align.CENTRE, ACCENT
    )
    marks.extend(me_marks)
    step = 360 / len(SECTORS)
    for index, sector in enumerate(SECTORS):
        angle = math.radians(step / 2 + index * step)
        label_radius = further * 0.86
        width = min(2 * label_radius * math.sin(math.radians(step / 2)) * 0.6, 34 * MM)
        fitted = fit(labels.text(f"network_map.{sector}"), width, 11, 6, 1, Style.BOLD)
        x = cx + label_radius * math.cos(angle)
        y = cy + label_radius * math.sin(angle)
        sector_marks, _ = place(
            fitted, x - width / 2, y + fitted.height / 2, width, Align.CENTRE, ACCENT
        )
        marks.extend(sector_marks)
    for inner, outer, ring in (
        (me, close, "close"),
        (close, near, "near"),
        (near, further, "further"),
    ):
        width = (outer - inner) - 3 * MM
        fitted = fit(labels.text(f"network_map.{ring}"), width, 8.5, 5, 1)
        middle = cx + (inner + outer) / 2
        ring_marks, _ = place(
            fitted, middle - width / 2, cy + fitted.height + 1.5 * MM, width, Align.CENTRE, MUTED
        )
        marks.extend(ring_marks)
    return marks
