"""Plain results of the network services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Mode(StrEnum):
    PHYSICAL = "physical"  # hosted in turn by a school, with a tour
    VIRTUAL = "virtual"  # online; needs no host


class ItemKind(StrEnum):
    WELCOME = "welcome"
    TALK = "talk"  # a short talk by a member or a guest, as inspiration
    EXCHANGE = "exchange"  # exchange of experience: the heart of the meeting
    TOUR = "tour"  # the host's tour of a local activity (physical meetings)
    ACTIONS = "actions"  # open actions from earlier minutes
    BREAK = "break"
    CLOSING = "closing"  # next meeting, sign-up, topics


@dataclass(frozen=True)
class School:
    id: int
    name: str
    can_host: bool
    tour: str


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    school: str
    role: str
    email: str
    consent_on: date
    coordinator: bool


@dataclass(frozen=True)
class Slot:
    """A meeting of every school year: the `week`th `weekday` of `month` (week 5: the last)."""

    month: int
    week: int
    weekday: int
    mode: Mode


@dataclass(frozen=True)
class Series:
    name: str
    time_zone: str
    starts_at: time
    physical_minutes: int
    virtual_minutes: int
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class PlannedMeeting:
    """A meeting of the plan: saved already (`meeting_id`), or proposed from the cadence."""

    starts_at: datetime
    minutes: int
    mode: Mode
    host: str  # school name; empty for a virtual meeting
    meeting_id: int | None = None


@dataclass(frozen=True)
class AgendaLine:
    kind: ItemKind
    title: str
    minutes: int
    speaker: str = ""
    starts_at: time | None = None


@dataclass(frozen=True)
class Action:
    id: int
    uid: str
    meeting_id: int
    raised_on: date
    text: str
    owner: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class Attendee:
    name: str
    school: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class Meeting:
    id: int
    uid: str
    starts_at: datetime
    minutes: int
    mode: Mode
    host: str
    host_tour: str
    place: str
    agenda: tuple[AgendaLine, ...]
    carried_actions: tuple[Action, ...]  # open actions from earlier meetings
    exchange_share: float  # of the agenda's minutes
    exchange_too_short: bool
    actions: tuple[Action, ...]  # raised in this meeting's minutes
    notes: str
    attendees: tuple[Attendee, ...]
    revised_at: datetime

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class TopicRecord:
    id: int
    title: str
    proposed_by: str
    votes: int
    voters: tuple[str, ...]
    done: bool


@dataclass(frozen=True)
class PackResult:
    """What importing a network pack did: new meetings, updated ones, ones already current."""

    added: int
    updated: int
    unchanged: int
    kept_newer_here: int
