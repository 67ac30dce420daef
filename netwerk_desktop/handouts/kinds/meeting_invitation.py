"""A network meeting's invitation with its agenda: who hosts, when and where, the agenda with
times, the host's tour, the open actions carried in from earlier minutes, and how to sign up."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import LEADING, Align, Fitted, fit, place, wrap
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import ActionRow, AgendaRow, MeetingInvitationInput
from netwerk_desktop.handouts.kinds.gathering_text import clock, meeting_heading, put
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, RULE, LineMark, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext

TIME_COLUMN = 20 * MM
MINUTES_COLUMN = 22 * MM
ROW_SIZE = 11.0


def title(content: MeetingInvitationInput, context: HandoutContext) -> str:
    labels = context.labels
    day = labels.date(content.meeting.starts_at.date())
    return f"{labels.text('meeting.invitation_title')}: {day}"


def layout(
    content: MeetingInvitationInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    meeting_heading(flow, labels, content.meeting, labels.text("meeting.invitation_title"))
    flow.heading(labels.text("meeting.agenda"), color=ACCENT)
    for row in content.agenda:
        agenda_row(flow, labels, row)
    if content.meeting.physical and content.tour:
        flow.heading(labels.text("meeting.tour"), color=ACCENT)
        flow.text(content.tour)
    if content.carried:
        flow.heading(labels.text("meeting.carried"), color=ACCENT)
        flow.bullets(tuple(action_line(labels, a) for a in content.carried))
    flow.gap(6 * MM)
    flow.text(labels.text("meeting.sign_up"), style=Style.BOLD)
    yield flow.pages


def item_title(labels: HandoutLabels, row: AgendaRow) -> str:
    kind = labels.optional(f"meeting.item_{row.kind}") or row.kind
    if row.title and row.kind in ("talk", "tour"):
        return f"{kind}: {row.title}"
    return row.title or kind


def agenda_row(flow: Flow, labels: HandoutLabels, row: AgendaRow) -> None:
    """Time, title (and speaker) and minutes in three columns, with a light rule below."""
    sheet = flow.sheet
    width = sheet.content_width - TIME_COLUMN - MINUTES_COLUMN
    text = item_title(labels, row)
    if row.speaker:
        text = f"{text} ({row.speaker})"
    lines = wrap(text, width, ROW_SIZE, Style.BOLD if row.kind == "exchange" else Style.REGULAR)
    height = len(lines) * ROW_SIZE * LEADING + 2.5 * MM
    flow.need(height)
    top = flow.y
    if row.starts_at is not None:
        start = fit(clock(labels, row.starts_at), TIME_COLUMN - 2 * MM, ROW_SIZE, 7, 1, Style.BOLD)
        put(flow, place(start, sheet.left, top, TIME_COLUMN, color=ACCENT))
    put(flow, place(Fitted(tuple(lines), ROW_SIZE), sheet.left + TIME_COLUMN, top, width))
    minutes = fit(
        labels.text("meeting.minutes_short", minutes=row.minutes), MINUTES_COLUMN, 10, 6, 1
    )
    put(flow, place(minutes, sheet.right - MINUTES_COLUMN, top, MINUTES_COLUMN, Align.RIGHT, MUTED))
    flow.y = top - height
    flow.page.add(LineMark(sheet.left, flow.y + 1 * MM, sheet.right, flow.y + 1 * MM, 0.4, RULE))


def action_line(labels: HandoutLabels, action: ActionRow) -> str:
    parts = [action.text]
    if action.owner:
        parts.append(labels.text("minutes.owner", owner=action.owner))
    if action.due_on is not None:
        parts.append(labels.text("minutes.due", date=labels.date(action.due_on)))
    parts.append(labels.text("minutes.done" if action.done else "minutes.open"))
    return " · ".join(parts)
