"""3. Partnership overview: every group with its partnerships on one sheet for the wall."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.fitted_text import fit, fit_box, place
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import PartnershipGroup, PartnershipOverviewInput
from netwerk_desktop.handouts.page import (
    ACCENT,
    MM,
    MUTED,
    TINT,
    LineMark,
    Mark,
    Page,
    RectMark,
    Sheet,
)
from netwerk_desktop.handouts.request import HandoutContext

COLUMNS = 2
GUTTER = 6 * MM
HEADER = 9 * MM
NAME_ROW = 7.5 * MM
PAIR_GAP = 3 * MM
NAME_SIZE = 13.0


def title(content: PartnershipOverviewInput, context: HandoutContext) -> str:
    return context.labels.text("partnership_overview.title")


def layout(
    content: PartnershipOverviewInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    if not content.groups:
        raise HandoutError(
            HandoutErrorCode.NOTHING_TO_PRINT, kind=content.kind.value, missing="groups"
        )
    pages = [Page()]
    y = _header(pages[-1], content, context, sheet)
    box_width = (sheet.content_width - GUTTER * (COLUMNS - 1)) / COLUMNS
    groups = list(content.groups)
    for start in range(0, len(groups), COLUMNS):
        row = groups[start : start + COLUMNS]
        height = max(_box_height(group) for group in row)
        if y - height < sheet.bottom:
            pages.append(Page())
            y = sheet.top
        for column, group in enumerate(row):
            x = sheet.left + column * (box_width + GUTTER)
            pages[-1].extend(_group_box(group, context, x, y, box_width, height))
        y -= height + GUTTER
    yield pages


def _header(
    page: Page, content: PartnershipOverviewInput, context: HandoutContext, sheet: Sheet
) -> float:
    labels = context.labels
    heading = fit(
        labels.text("partnership_overview.title"), sheet.content_width, 20, 12, 2, Style.BOLD
    )
    marks, y = place(heading, sheet.left, sheet.top, sheet.content_width)
    page.extend(list(marks))
    parts = [context.class_name, content.rotation_name]
    if content.valid_from is not None:
        parts.append(
            labels.text("partnership_overview.valid_from", date=labels.date(content.valid_from))
        )
    else:
        parts.append(
            labels.text("partnership_overview.printed", date=labels.date(context.printed_on))
        )
    subtitle = fit(" · ".join(part for part in parts if part), sheet.content_width, 12, 7, 2)
    marks, y = place(subtitle, sheet.left, y - 1 * MM, sheet.content_width, color=MUTED)
    page.extend(list(marks))
    return y - 6 * MM


def _box_height(group: PartnershipGroup) -> float:
    names = sum(max(1, len(partnership.students)) for partnership in group.partnerships)
    return HEADER + NAME_ROW * names + PAIR_GAP * len(group.partnerships) + 2 * MM


def _group_box(
    group: PartnershipGroup,
    context: HandoutContext,
    x: float,
    top: float,
    width: float,
    height: float,
) -> list[Mark]:
    """The group's box: its number, then each partnership's names stacked beside a bar."""
    marks: list[Mark] = [
        RectMark(x, top - height, width, height, ACCENT, None, 1.0, 2 * MM),
        RectMark(x + 0.5, top - HEADER, width - 1, HEADER - 0.5, None, TINT, radius=1.5 * MM),
    ]
    label = context.labels.text("partnership_overview.group", number=group.number)
    header = fit(label, width - 6 * MM, 12, 8, 1, Style.BOLD)
    header_marks, _ = place(header, x + 3 * MM, top - 2.2 * MM, width - 6 * MM, color=ACCENT)
    marks.extend(header_marks)
    y = top - HEADER - PAIR_GAP / 2 - 1 * MM
    name_left = x + 6 * MM
    name_width = width - 9 * MM
    for partnership in group.partnerships:
        names = partnership.students or ("",)
        bar_top = y
        for name in names:
            fitted = fit_box(name, name_width, NAME_ROW - 1 * MM, NAME_SIZE, 8)
            offset = (NAME_ROW - fitted.height) / 2
            name_marks, _ = place(fitted, name_left, y - offset, name_width)
            marks.extend(name_marks)
            y -= NAME_ROW
        marks.append(LineMark(x + 3.5 * MM, bar_top - 1, x + 3.5 * MM, y + 1, 2.0, ACCENT))
        y -= PAIR_GAP
    return marks
