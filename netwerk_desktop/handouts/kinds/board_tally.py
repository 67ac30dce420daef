"""15. The follow-up sheet of the board: how many needs and offers of each category ended open,
matched, done or withdrawn. Counts only; an empty table to count by hand when the class used
paper alone."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import BoardTallyInput
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, RULE, TINT, Mark, Page, RectMark, Sheet
from netwerk_desktop.handouts.request import HandoutContext

CATEGORIES = ("study", "work", "clubs", "skills", "practical", "company")
STATUSES = ("open", "matched", "done", "withdrawn")
ROW = 8 * MM
FIRST_COLUMN = 0.34  # of the width, for the category names


def title(content: BoardTallyInput, context: HandoutContext) -> str:
    return context.labels.text("board_tally.title")


def copy_count(content: BoardTallyInput) -> int:
    return 1


def layout(content: BoardTallyInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    flow.text(labels.text("board_tally.title"), 20, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)
    flow.text(labels.text("board_tally.intro"), 10.5)
    if content.closes_on is not None:
        key = "board_tally.closed_on" if content.closed else "board_tally.open_until"
        flow.text(labels.text(key, date=labels.date(content.closes_on)), 10.5, color=MUTED)
    if not content.counted:
        flow.text(labels.text("board_tally.by_hand"), 10.5, style=Style.BOLD)
    for kind, key in (("need", "board_tally.needs"), ("offer", "board_tally.offers")):
        flow.heading(labels.text(key))
        flow.page.extend(_table(flow, sheet, labels, content, kind))
    flow.heading(labels.text("board_tally.talk_title"))
    for question in labels.texts("board_tally.talk"):
        flow.text(question, 10.5, style=Style.BOLD)
        flow.writing_lines(2, 8 * MM)
    yield flow.pages


def _table(
    flow: Flow, sheet: Sheet, labels: HandoutLabels, content: BoardTallyInput, kind: str
) -> list[Mark]:
    counts = {
        (cell.category, cell.status): cell.count for cell in content.cells if cell.kind == kind
    }
    first = sheet.content_width * FIRST_COLUMN
    cell_width = (sheet.content_width - first) / (len(STATUSES) + 1)
    heads = [labels.text(f"board_tally.{status}") for status in STATUSES]
    heads.append(labels.text("board_tally.total"))
    rows = [(labels.text(f"board.categories.{c}"), c) for c in CATEGORIES]
    rows.append((labels.text("board_tally.total"), ""))
    flow.need(ROW * (len(rows) + 1))
    marks: list[Mark] = []
    y = flow.y
    label = fit(labels.text("board_tally.category"), first - 2 * MM, 9.5, 7, 1, Style.BOLD)
    marks.extend(place(label, sheet.left + 1 * MM, y - 2 * MM, first - 2 * MM)[0])
    for index, head in enumerate(heads):
        x = sheet.left + first + index * cell_width
        fitted = fit(head, cell_width - 2 * MM, 9.5, 6, 1, Style.BOLD)
        marks.extend(place(fitted, x + 1 * MM, y - 2 * MM, cell_width - 2 * MM, Align.CENTRE)[0])
    y -= ROW
    for name, category in rows:
        is_total = not category
        if is_total:
            marks.append(RectMark(sheet.left, y - ROW, sheet.content_width, ROW, None, TINT, 0))
        fitted = fit(name, first - 2 * MM, 10, 6, 1, Style.BOLD if is_total else Style.REGULAR)
        marks.extend(place(fitted, sheet.left + 1 * MM, y - 2 * MM, first - 2 * MM)[0])
        values = [
            sum(v for (c, s), v in counts.items() if s == status and (is_total or c == category))
            for status in STATUSES
        ]
        values.append(sum(values))
        for index, value in enumerate(values):
            x = sheet.left + first + index * cell_width
            marks.append(RectMark(x, y - ROW, cell_width, ROW, RULE, None, 0.6))
            if content.counted:
                number = fit(str(value), cell_width - 2 * MM, 11, 8, 1, Style.BOLD)
                marks.extend(
                    place(
                        number, x + 1 * MM, y - 1.8 * MM, cell_width - 2 * MM, Align.CENTRE, ACCENT
                    )[0]
                )
        y -= ROW
    flow.y = y - 2 * MM
    return marks
