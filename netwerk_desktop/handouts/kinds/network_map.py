"""8. Network map: circles (close, near, further) cut into sectors, to fill in by hand.

The map is the student's own: it prints no name and says on the sheet that nobody collects it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import NetworkMapInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import (
    ACCENT,
    MM,
    MUTED,
    RULE,
    TINT,
    CircleMark,
    LineMark,
    Mark,
    Page,
    Sheet,
)
from netwerk_desktop.handouts.request import HandoutContext

SECTORS = ("family", "friends", "school", "clubs", "work", "online")
RINGS = ("close", "near", "further")
RING_RADII = (0.16, 0.45, 0.72, 1.0)  # "me", then the outer edge of each ring, as part of R


def title(content: NetworkMapInput, context: HandoutContext) -> str:
    return context.labels.text("network_map.title")


def copy_count(content: NetworkMapInput) -> int:
    return max(1, content.copies)


def layout(content: NetworkMapInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    page = _page(context.labels, sheet)
    for _ in range(copy_count(content)):
        yield [page]


def _page(labels: HandoutLabels, sheet: Sheet) -> Page:
    flow = Flow(sheet)
    flow.text(labels.text("network_map.title"), 20, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)
    flow.text(labels.text("network_map.private"), 11, style=Style.BOLD)
    flow.gap(1 * MM)
    flow.text(labels.text("network_map.instructions"), 10)
    flow.gap(4 * MM)
    room = flow.y - sheet.bottom
    radius = min(sheet.content_width, room) / 2 - 5 * MM
    centre = (sheet.left + sheet.content_width / 2, sheet.bottom + room / 2)
    flow.page.extend(_diagram(centre, radius, labels))
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
        label_radius = further * 0.84
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
