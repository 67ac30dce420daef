"""A network meeting's handouts (invitation with agenda, sign-up sheet, badges, minutes) and
the words of its calendar entry, in the language the network asks for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from netwerk_desktop.handouts.gathering_inputs import (
    ActionRow,
    AgendaRow,
    Badge,
    GatheringInput,
    MeetingFacts,
    MeetingInvitationInput,
    MinutesInput,
    NameBadgesInput,
    SignupSheetInput,
)
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.request import HandoutContext
from netwerk_desktop.teachers_network.records import Action, Meeting, Member, Mode


class MeetingPrint(StrEnum):
    """The value is the id the command line uses."""

    INVITATION = "invitation"
    SIGNUP_SHEET = "signup-sheet"
    BADGES = "badges"
    MINUTES = "minutes"


def facts(meeting: Meeting, network: str) -> MeetingFacts:
    return MeetingFacts(
        network,
        meeting.starts_at,
        meeting.ends_at,
        meeting.mode is Mode.PHYSICAL,
        meeting.host,
        meeting.place,
    )


def _actions(actions: Sequence[Action]) -> tuple[ActionRow, ...]:
    return tuple(ActionRow(a.text, a.owner, a.due_on, a.done) for a in actions)


def meeting_input(
    meeting: Meeting, kind: MeetingPrint, network: str, members: Sequence[Member]
) -> GatheringInput:
    about = facts(meeting, network)
    if kind is MeetingPrint.INVITATION:
        return MeetingInvitationInput(
            about,
            tuple(
                AgendaRow(line.kind.value, line.title, line.minutes, line.speaker, line.starts_at)
                for line in meeting.agenda
            ),
            _actions(meeting.carried_actions),
            meeting.host_tour,
        )
    if kind is MeetingPrint.SIGNUP_SHEET:
        return SignupSheetInput(about, tuple(Badge(a.name, a.school) for a in meeting.attendees))
    if kind is MeetingPrint.BADGES:
        people = [Badge(a.name, a.school) for a in meeting.attendees] or [
            Badge(m.name, m.school) for m in members
        ]
        return NameBadgesInput(network, tuple(people))
    return MinutesInput(
        about,
        tuple(a.name for a in meeting.attendees),
        meeting.notes,
        _actions(meeting.actions),
        _actions(meeting.carried_actions),
    )


def print_meeting(
    meeting: Meeting,
    kind: MeetingPrint,
    out: Path,
    *,
    network: str,
    language: str,
    printed_on: date,
    members: Sequence[Member] = (),
    school_name: str = "",
) -> str:
    from netwerk_desktop.handouts.gathering_render import render_gathering

    context = HandoutContext.for_class(
        network, language=language, printed_on=printed_on, school_name=school_name
    )
    content = meeting_input(meeting, kind, network, members)
    return render_gathering(content, context, out).title


def calendar_texts(meeting: Meeting, network: str, labels: HandoutLabels) -> tuple[str, str]:
    """The calendar entry's summary and description (the agenda) in the labels' language."""
    from netwerk_desktop.handouts.kinds.gathering_text import clock, meeting_name
    from netwerk_desktop.handouts.kinds.meeting_invitation import item_title

    about = facts(meeting, network)
    name = meeting_name(labels, about)
    summary = (
        labels.text("meeting.calendar_summary", network=network, meeting=name) if network else name
    )
    rows = [labels.text("meeting.calendar_description")]
    for line in meeting.agenda:
        row = AgendaRow(line.kind.value, line.title, line.minutes, line.speaker, line.starts_at)
        start = clock(labels, line.starts_at) + " " if line.starts_at else ""
        rows.append(f"{start}{item_title(labels, row)}")
    return summary, "\n".join(rows)
