"""The minutes of a network meeting: who was there, the notes, the actions agreed (who, by
when, open or done), and how the actions carried in from earlier meetings stand."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.gathering_inputs import MinutesInput
from netwerk_desktop.handouts.kinds.gathering_text import meeting_heading
from netwerk_desktop.handouts.kinds.meeting_invitation import action_line
from netwerk_desktop.handouts.page import ACCENT, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: MinutesInput, context: HandoutContext) -> str:
    labels = context.labels
    return f"{labels.text('minutes.title')}: {labels.date(content.meeting.starts_at.date())}"


def layout(content: MinutesInput, context: HandoutContext, sheet: Sheet) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    meeting_heading(flow, labels, content.meeting, labels.text("minutes.title"))
    if content.present:
        flow.heading(labels.text("minutes.present"), color=ACCENT)
        flow.text(", ".join(content.present))
    flow.heading(labels.text("minutes.notes"), color=ACCENT)
    notes = [p.strip() for p in content.notes.split("\n\n") if p.strip()]
    if notes:
        for paragraph in notes:
            flow.text(paragraph)
            flow.gap(4)
    else:
        flow.writing_lines(6)
    if content.actions:
        flow.heading(labels.text("minutes.actions"), color=ACCENT)
        flow.bullets(tuple(action_line(labels, a) for a in content.actions))
    if content.carried:
        flow.heading(labels.text("meeting.carried"), color=ACCENT)
        flow.bullets(tuple(action_line(labels, a) for a in content.carried))
    yield flow.pages
