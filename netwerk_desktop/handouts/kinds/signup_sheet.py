"""A sign-up sheet for a network meeting: the people signed up already, then empty rows, with
columns for name, school and signature."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import fit_box, place
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import SignupSheetInput
from netwerk_desktop.handouts.kinds.gathering_text import meeting_heading, put
from netwerk_desktop.handouts.page import ACCENT, MM, RULE, LineMark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

ROW = 10 * MM
COLUMNS = (0.4, 0.3, 0.3)  # name, school, signature: shares of the width


def title(content: SignupSheetInput, context: HandoutContext) -> str:
    labels = context.labels
    return f"{labels.text('signup.title')}: {labels.date(content.meeting.starts_at.date())}"


def layout(
    content: SignupSheetInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    meeting_heading(flow, labels, content.meeting, labels.text("signup.title"))
    headers = (
        labels.text("signup.name"),
        labels.text("signup.school"),
        labels.text("signup.signature"),
    )
    _row(flow, headers, header=True)
    rows = [(p.name, p.detail) for p in content.people]
    rows += [("", "")] * content.blank_rows
    for name, school in rows:
        _row(flow, (name, school, ""))
    yield flow.pages


def _row(flow: Flow, cells: tuple[str, str, str], header: bool = False) -> None:
    sheet = flow.sheet
    flow.need(ROW)
    top = flow.y
    x = sheet.left
    for share, text in zip(COLUMNS, cells, strict=True):
        width = sheet.content_width * share
        if text:
            style = Style.BOLD if header else Style.REGULAR
            fitted = fit_box(text, width - 3 * MM, ROW - 2 * MM, 11, 6, style)
            offset = (ROW - fitted.height) / 2
            color = ACCENT if header else (0.1, 0.1, 0.12)
            put(flow, place(fitted, x + 1.5 * MM, top - offset, width - 3 * MM, color=color))
        flow.page.add(LineMark(x, top, x, top - ROW, 0.5, RULE))
        x += width
    flow.page.add(LineMark(sheet.right, top, sheet.right, top - ROW, 0.5, RULE))
    flow.page.add(LineMark(sheet.left, top, sheet.right, top, 0.5, RULE))
    flow.y = top - ROW
    flow.page.add(LineMark(sheet.left, flow.y, sheet.right, flow.y, 0.8 if header else 0.5, RULE))
