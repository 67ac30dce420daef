"""Plain results of the event services: what a screen, a handout or the command line shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum


class BlockKind(StrEnum):
    CONTENT = "content"  # a short input or talk
    ACTIVITY = "activity"  # a workshop or an activity from the catalogue
    INFORMAL = "informal"  # breaks, lunch, time to meet without a programme


class Tip(StrEnum):
    """The five things a connecting event needs, plus the school's own steps."""

    VISION = "vision"
    INFORMAL = "informal"
    MIX = "mix"
    TEAM = "team"
    FOLLOW_UP = "follow_up"
    OWN = "own"


class FollowUpKind(StrEnum):
    THANK_YOU = "thank_you"  # day 1
    PARTNER_TALK = "partner_talk"  # week 1: "who did you meet?"
    TALLY = "tally"  # week 1: anonymous "I talked with someone new"
    REUNION = "reunion"  # month 1: a reunion activity


@dataclass(frozen=True)
class EventSummary:
    id: int
    title: str
    held_on: date
    place: str
    class_names: tuple[str, ...]
    follow_ups_open: int


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    title: str
    minutes: int
    lead: str = ""
    activity_id: str | None = None
    starts_at: time | None = None  # filled from the event's start when it has one


@dataclass(frozen=True)
class Balance:
    """How the programme's minutes split over the kinds (tip 3) and whether to warn."""

    content: int
    activity: int
    informal: int
    informal_missing: bool  # tip 2: no room for spontaneous meetings
    one_kind_only: bool  # tip 3: the programme is not varied

    @property
    def total(self) -> int:
        return self.content + self.activity + self.informal


@dataclass(frozen=True)
class TeamMember:
    role: str
    colleague_name: str | None = None
    student_id: int | None = None
    student_name: str = ""  # filled when read back

    @property
    def name(self) -> str:
        return self.colleague_name or self.student_name


@dataclass(frozen=True)
class CheckItem:
    id: int
    tip: Tip
    text: str  # the school's own words for Tip.OWN; empty for the five tips
    done: bool


@dataclass(frozen=True)
class Attendee:
    """Someone signed up: a student (with class) or a guest, by name only."""

    name: str
    student_id: int | None = None
    class_name: str = ""

    @property
    def guest(self) -> bool:
        return self.student_id is None


@dataclass(frozen=True)
class EventGroup:
    number: int
    pairs: tuple[tuple[Attendee, ...], ...]


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    event_id: int
    event_title: str
    class_id: int
    class_name: str
    kind: FollowUpKind
    due_on: date
    done_on: date | None
    tally_yes: int | None = None
    tally_of: int | None = None


@dataclass(frozen=True)
class ClassInEvent:
    id: int
    name: str
    language: str


@dataclass(frozen=True)
class EventPlan:
    id: int
    title: str
    purpose: str
    held_on: date
    starts_at: time | None
    place: str
    language: str
    classes: tuple[ClassInEvent, ...]
    blocks: tuple[Block, ...]
    balance: Balance
    team: tuple[TeamMember, ...]
    checklist: tuple[CheckItem, ...]
    attendees: tuple[Attendee, ...]
    groups: tuple[EventGroup, ...]
    groups_removed: bool
    follow_ups: tuple[FollowUpItem, ...]
    parents_letter: str
