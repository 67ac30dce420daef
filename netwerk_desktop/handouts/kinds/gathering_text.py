"""What the event and meeting handouts share: clock times, and a meeting's heading block."""

from __future__ import annotations

from datetime import time

from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.gathering_inputs import MeetingFacts
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, TextMark


def clock(labels: HandoutLabels, moment: time) -> str:
    return labels.text("gathering.time", hour=f"{moment.hour:02d}", minute=f"{moment.minute:02d}")


def meeting_name(labels: HandoutLabels, facts: MeetingFacts) -> str:
    if not facts.physical:
        return labels.text("meeting.virtual")
    if facts.host:
        return labels.text("meeting.physical_at", host=facts.host)
    return labels.text("meeting.physical")


def meeting_heading(flow: Flow, labels: HandoutLabels, facts: MeetingFacts, heading: str) -> None:
    """The handout's kind, the network, the meeting's name, its day and time and its place."""
    flow.text(heading, 11, style=Style.BOLD, color=MUTED)
    if facts.network:
        flow.text(facts.network, 12, color=ACCENT)
    flow.gap(1 * MM)
    flow.text(meeting_name(labels, facts), 22, style=Style.BOLD)
    flow.gap(3 * MM)
    when = labels.text(
        "gathering.time_range",
        start=clock(labels, facts.starts_at.time()),
        end=clock(labels, facts.ends_at.time()),
    )
    flow.field(labels.text("meeting.when"), f"{labels.date(facts.starts_at.date())}, {when}")
    place = facts.place or facts.host if facts.physical else labels.text("meeting.online")
    flow.field(labels.text("meeting.where"), place)
    flow.gap(3 * MM)


def put(flow: Flow, placed: tuple[list[TextMark], float]) -> None:
    """Add the marks `text.place` gave to the flow's current page."""
    flow.page.extend(list(placed[0]))
