"""12. Needs-and-offers slips: a code on each, a part to keep, the rules on every sheet.

Six slips to a sheet below the rules. Each slip carries its code twice: on the part the student
tears off and keeps (so they can find their items on the board), and large on the slip itself.
No name is ever printed, and the slip asks for none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from netwerk_desktop.handouts.cards import WRITE_LINE, Card, CardGrid, CardWriter
from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import BoardSlipsInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, RULE, LineMark, Mark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

ACROSS, DOWN = 2, 3
STUB_HEIGHT = 11 * MM
CODE_SIZE = 26.0
LINES_EACH = 2


def title(content: BoardSlipsInput, context: HandoutContext) -> str:
    return context.labels.text("board_slips.title")


def copy_count(content: BoardSlipsInput) -> int:
    return 1  # the sheets are one set, numbered "1 of N" through


def layout(content: BoardSlipsInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    labels = context.labels
    per_sheet = ACROSS * DOWN
    codes = content.codes or ("",) * per_sheet  # no board yet: slips to write a code on
    sheets: list[Page] = []
    for start in range(0, len(codes), per_sheet):
        page = Page()
        rules_marks, used = _rules(sheet, labels, content, context)
        page.extend(rules_marks)
        slips_sheet = replace(sheet, height=sheet.height - used)
        grid = CardGrid(slips_sheet, ACROSS, DOWN)
        page.extend(grid.cut_marks())
        for index, code in enumerate(codes[start : start + per_sheet]):
            page.extend(_slip(grid.card(index), code, labels))
        sheets.append(page)
    yield sheets


def _rules(
    sheet: Sheet, labels: HandoutLabels, content: BoardSlipsInput, context: HandoutContext
) -> tuple[list[Mark], float]:
    """The rules above the slips; returns the marks and the height they take."""
    band = Card(sheet.left - 5 * MM, sheet.bottom, sheet.content_width + 10 * MM, 0)
    band = replace(band, height=sheet.top - sheet.bottom + 5 * MM)
    writer = CardWriter(band)
    writer.y = sheet.top
    writer.text(labels.text("board_slips.rules_title"), 12, Style.BOLD, ACCENT)
    writer.gap(1 * MM)
    writer.bullets(labels.texts("board_slips.rules"), 9.5, spacing=0.1)
    if content.closes_on is not None:
        closes = labels.text("board_slips.closes", date=labels.date(content.closes_on))
        writer.text(closes, 9.5, Style.BOLD)
    writer.gap(2 * MM)
    return writer.marks, sheet.top - writer.y


def _slip(card: Card, code: str, labels: HandoutLabels) -> list[Mark]:
    marks: list[Mark] = []
    # The part to keep, above a dashed line.
    stub_line = card.y + card.height - STUB_HEIGHT
    marks.append(
        LineMark(
            card.x + 3 * MM,
            stub_line,
            card.x + card.width - 3 * MM,
            stub_line,
            0.6,
            RULE,
            (2.0, 2.0),
        )
    )
    keep = fit(labels.text("board_slips.keep"), card.inner_width - 22 * MM, 9, 7, 1)
    keep_marks, _ = place(
        keep,
        card.inner_left,
        stub_line + STUB_HEIGHT - 3.5 * MM,
        card.inner_width - 22 * MM,
        color=MUTED,
    )
    marks.extend(keep_marks)
    marks.extend(
        _code(
            code,
            card.inner_left + card.inner_width - 20 * MM,
            stub_line + STUB_HEIGHT - 2.5 * MM,
            20 * MM,
            14.0,
        )
    )
    # The slip: its code large, a need and an offer with lines to write on.
    body = Card(card.x, card.y, card.width, card.height - STUB_HEIGHT)
    writer = CardWriter(body)
    code_width = 30 * MM
    code_top = writer.y
    marks.extend(
        _code(
            code, body.inner_left + body.inner_width - code_width, code_top, code_width, CODE_SIZE
        )
    )
    label = fit(labels.text("board_slips.code"), code_width, 8, 7, 1)
    label_marks, _ = place(
        label,
        body.inner_left + body.inner_width - code_width,
        code_top - CODE_SIZE * 1.25,
        code_width,
        Align.RIGHT,
        MUTED,
    )
    marks.extend(label_marks)
    text_width = body.inner_width - code_width - 2 * MM
    below_code = code_top - CODE_SIZE * 1.25 - 8 * 1.3
    headings = [
        fit(labels.text(key), text_width, 10.5, 8, 2, Style.BOLD)
        for key in ("board_slips.need", "board_slips.offer")
    ]
    reminder = fit(labels.text("board_slips.reminder"), body.inner_width, 8.5, 7, 1, Style.BOLD)
    # The lines share what is left between the code and the reminder.
    room = (below_code + 4 * MM - headings[1].height - 2.5 * MM) - (
        body.inner_bottom + reminder.height + 1 * MM
    )
    spacing = min(6.5 * MM, room / (2 * LINES_EACH))
    for heading in headings:
        heading_marks, writer.y = place(heading, body.inner_left, writer.y, text_width)
        marks.extend(heading_marks)
        writer.y = min(writer.y, below_code + 4 * MM)  # the lines start below the code
        for _ in range(LINES_EACH):
            writer.y -= spacing
            marks.append(
                LineMark(
                    body.inner_left,
                    writer.y,
                    body.inner_left + body.inner_width,
                    writer.y,
                    0.6,
                    WRITE_LINE,
                )
            )
        writer.gap(2.5 * MM)
    reminder_marks, _ = place(
        reminder,
        body.inner_left,
        body.inner_bottom + reminder.height,
        body.inner_width,
        color=ACCENT,
    )
    marks.extend(reminder_marks)
    return marks


def _code(code: str, x: float, top: float, width: float, size: float) -> list[Mark]:
    """The code, right-aligned and spaced out so it reads well; a box to write in without."""
    if not code:
        return [LineMark(x + width * 0.3, top - size, x + width, top - size, 0.8, WRITE_LINE)]
    fitted = fit(" ".join(code), width, size, size * 0.6, 1, Style.BOLD)
    marks, _ = place(fitted, x, top, width, Align.RIGHT, ACCENT)
    return list(marks)
