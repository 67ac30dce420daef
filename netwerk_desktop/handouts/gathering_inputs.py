"""What the event and network handouts print: plain, frozen values filled by the services.

These kinds belong to an event or a network meeting, not to a class, so they have their own
list (`GatheringKind`) beside the class handouts' `HandoutKind`; event group cards are the
class handouts' partnership cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import ClassVar


class GatheringKind(Enum):
    """The value is the id the command line uses."""

    EVENT_POSTER = "event-poster"
    NAME_BADGES = "name-badges"
    ROLE_CARDS = "role-cards"
    PARENTS_LETTER = "parents-letter"
    FOLLOW_UP_CARDS = "follow-up-cards"
    MEETING_INVITATION = "meeting-invitation"
    SIGNUP_SHEET = "signup-sheet"
    MEETING_MINUTES = "meeting-minutes"


# -- events ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PosterBlock:
    """One part of the programme; `kind` is content, activity or informal."""

    kind: str
    title: str
    lead: str = ""
    starts_at: time | None = None


@dataclass(frozen=True)
class EventPosterInput:
    kind: ClassVar[GatheringKind] = GatheringKind.EVENT_POSTER
    title: str
    held_on: date
    purpose: str = ""
    starts_at: time | None = None
    place: str = ""
    classes: tuple[str, ...] = ()
    blocks: tuple[PosterBlock, ...] = ()


@dataclass(frozen=True)
class Badge:
    name: str  # a student's first name, or a member's full name
    detail: str = ""  # a class, or a school


@dataclass(frozen=True)
class NameBadgesInput:
    """Badges to cut out, 8 to a sheet; `heading` is the event's or the network's name."""

    kind: ClassVar[GatheringKind] = GatheringKind.NAME_BADGES
    heading: str
    badges: tuple[Badge, ...]


@dataclass(frozen=True)
class RoleCard:
    role: str
    name: str


@dataclass(frozen=True)
class RoleCardsInput:
    kind: ClassVar[GatheringKind] = GatheringKind.ROLE_CARDS
    event_title: str
    held_on: date
    roles: tuple[RoleCard, ...]


@dataclass(frozen=True)
class ParentsLetterInput:
    """The letter as the teacher edited it (paragraphs separated by blank lines)."""

    kind: ClassVar[GatheringKind] = GatheringKind.PARENTS_LETTER
    event_title: str
    body: str
    signature: str = ""


@dataclass(frozen=True)
class FollowUpStep:
    """`kind` is thank_you, partner_talk, tally or reunion."""

    kind: str
    due_on: date
    class_name: str


@dataclass(frozen=True)
class FollowUpCardsInput:
    kind: ClassVar[GatheringKind] = GatheringKind.FOLLOW_UP_CARDS
    event_title: str
    steps: tuple[FollowUpStep, ...]


# -- network meetings --------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaRow:
    """`kind` is an agenda item kind (welcome, talk, exchange, tour, actions, break, closing)."""

    kind: str
    title: str
    minutes: int
    speaker: str = ""
    starts_at: time | None = None


@dataclass(frozen=True)
class ActionRow:
    text: str
    owner: str = ""
    due_on: date | None = None
    done: bool = False


@dataclass(frozen=True)
class MeetingFacts:
    network: str
    starts_at: datetime
    ends_at: datetime
    physical: bool
    host: str = ""
    place: str = ""


@dataclass(frozen=True)
class MeetingInvitationInput:
    kind: ClassVar[GatheringKind] = GatheringKind.MEETING_INVITATION
    meeting: MeetingFacts
    agenda: tuple[AgendaRow, ...]
    carried: tuple[ActionRow, ...] = ()
    tour: str = ""


@dataclass(frozen=True)
class SignupSheetInput:
    kind: ClassVar[GatheringKind] = GatheringKind.SIGNUP_SHEET
    meeting: MeetingFacts
    people: tuple[Badge, ...] = ()  # signed up already: name and school
    blank_rows: int = 8


@dataclass(frozen=True)
class MinutesInput:
    kind: ClassVar[GatheringKind] = GatheringKind.MEETING_MINUTES
    meeting: MeetingFacts
    present: tuple[str, ...]
    notes: str
    actions: tuple[ActionRow, ...] = ()
    carried: tuple[ActionRow, ...] = ()


GatheringInput = (
    EventPosterInput
    | NameBadgesInput
    | RoleCardsInput
    | ParentsLetterInput
    | FollowUpCardsInput
    | MeetingInvitationInput
    | SignupSheetInput
    | MinutesInput
)
