"""Agenda builder, minutes with actions that roll over, members with consent, topics."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind, Mode
from netwerk_desktop.workspace import Workspace


def _three_meetings(workspace: Workspace) -> tuple[int, int, int]:
    if not workspace.network.schools():
        workspace.network.save_school("Nordhavn Gymnasium", tour="Elevernes madklub")
    meetings = workspace.meetings.save_plan(date(2027, 8, 1), 1)
    return meetings[0].id, meetings[1].id, meetings[2].id


def test_the_first_agenda_has_talks_exchange_and_the_hosts_tour(workspace: Workspace) -> None:
    workspace.network.save_school("Nordhavn Gymnasium", tour="Elevernes madklub")
    member = workspace.network.add_member(
        "Mette Lund", consent_on=date(2026, 5, 1), school="Nordhavn Gymnasium"
    )
    topic = workspace.network.propose_topic("Nye elever midt i året", member.id)
    workspace.network.propose_topic("Fravær og makkere")
    workspace.network.propose_topic("Klassens spilleregler")
    workspace.network.vote(topic.id, member.id)  # a second vote by the same member: no change
    first, _, _ = _three_meetings(workspace)
    meeting = workspace.meetings.meeting(first)
    kinds = [line.kind for line in meeting.agenda]
    assert kinds == [
        ItemKind.WELCOME,
        ItemKind.TALK,
        ItemKind.TALK,
        ItemKind.EXCHANGE,
        ItemKind.TOUR,
        ItemKind.CLOSING,
    ]
    assert meeting.agenda[1].title == "Nye elever midt i året"  # the most votes first
    assert meeting.agenda[4].title == "Elevernes madklub"
    assert meeting.exchange_share >= 0.45 and not meeting.exchange_too_short
    assert meeting.agenda[0].starts_at is not None and meeting.agenda[1].starts_at is not None


def test_at_most_two_talks_and_a_warning_when_the_exchange_is_short(workspace: Workspace) -> None:
    first, _, _ = _three_meetings(workspace)
    talks = [AgendaLine(ItemKind.TALK, f"Oplæg {i}", 20) for i in range(3)]
    with pytest.raises(NetworkError) as caught:
        workspace.meetings.set_agenda(first, talks)
    assert caught.value.problem is NetworkProblem.TOO_MANY_TALKS
    meeting = workspace.meetings.set_agenda(
        first, [*talks[:2], AgendaLine(ItemKind.EXCHANGE, "", 30)]
    )
    assert meeting.exchange_too_short and round(meeting.exchange_share, 2) == 0.43


def test_open_actions_roll_into_every_next_agenda_until_done(workspace: Workspace) -> None:
    first, second, third = _three_meetings(workspace)
    action = workspace.meetings.add_action(first, "Dele oplæg", "Mette", date(2027, 11, 1))
    workspace.meetings.add_action(first, "Booke lokale", "Ali")
    workspace.meetings.set_action_done(workspace.meetings.meeting(first).actions[1].id, True)
    assert [a.text for a in workspace.meetings.meeting(second).carried_actions] == ["Dele oplæg"]
    assert [a.text for a in workspace.meetings.meeting(third).carried_actions] == ["Dele oplæg"]
    assert workspace.meetings.meeting(first).carried_actions == ()
    rebuilt = workspace.meetings.build_agenda(second)
    assert ItemKind.ACTIONS in [line.kind for line in rebuilt.agenda]
    workspace.meetings.set_action_done(action.id)
    assert workspace.meetings.meeting(third).carried_actions == ()


def test_no_member_without_consent(workspace: Workspace) -> None:
    with pytest.raises(NetworkError) as caught:
        workspace.network.add_member("Ali Hassan", consent_on=None, email="ali@skole.dk")
    assert caught.value.problem is NetworkProblem.NO_CONSENT
    with pytest.raises(NetworkError) as caught:
        workspace.network.add_member("Ali Hassan", consent_on=date(2999, 1, 1))
    assert caught.value.problem is NetworkProblem.CONSENT_IN_FUTURE
    with pytest.raises(NetworkError) as caught:
        workspace.network.add_member("Ali", consent_on=date(2026, 1, 1), email="ali(at)skole")
    assert caught.value.problem is NetworkProblem.BAD_EMAIL
    assert workspace.network.members() == []


def test_sign_up_members_and_guests(workspace: Workspace) -> None:
    first, _, _ = _three_meetings(workspace)
    member = workspace.network.add_member(
        "لمى الحسيني", consent_on=date(2026, 5, 1), school="Nordhavn Gymnasium"
    )
    workspace.meetings.sign_up(first, member.id)
    workspace.meetings.sign_up(first, member.id)
    meeting = workspace.meetings.add_guest(first, "Jens fra kommunen")
    assert [(a.name, a.school) for a in meeting.attendees] == [
        ("لمى الحسيني", "Nordhavn Gymnasium"),
        ("Jens fra kommunen", ""),
    ]
    workspace.network.remove_member(member.id)
    assert [a.name for a in workspace.meetings.meeting(first).attendees] == ["Jens fra kommunen"]
    assert workspace.meetings.meeting(first).mode is Mode.PHYSICAL
    assert isinstance(workspace.meetings.meeting(first).starts_at, datetime)
