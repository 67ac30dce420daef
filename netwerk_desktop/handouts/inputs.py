"""What each handout kind prints: plain, frozen input values filled by the handout service.

Every text is printed exactly as given (names as typed, content from the content packs). Empty
strings in school-filled fields (help contacts) print as a blank line to write on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import ClassVar


class HandoutKind(Enum):
    """The eight handout kinds; the value is the id the command line uses."""

    WORKSHEET = "worksheet"
    TEACHER_GUIDE = "teacher-guide"
    PARTNERSHIP_OVERVIEW = "partnership-overview"
    PARTNERSHIP_CARDS = "partnership-cards"
    CHARTER_POSTER = "charter-poster"
    HELP_CARDS = "help-cards"
    DISCUSSION_CARDS = "discussion-cards"
    NETWORK_MAP = "network-map"


class PaperSize(Enum):
    """Paper the handout is laid out for; the value is (width, height) in millimetres."""

    A4 = (210.0, 297.0)
    LETTER = (215.9, 279.4)
    A3 = (297.0, 420.0)


# -- 1. Student worksheet -------------------------------------------------------------------


@dataclass(frozen=True)
class Exercise:
    """One exercise on a worksheet: a short title and the instructions students follow."""

    title: str
    instructions: str


@dataclass(frozen=True)
class WorksheetInput:
    """A student worksheet for one lesson.

    With no `students`, one copy with an empty name line; otherwise one copy per student with
    the name printed at the top (in the order given).
    """

    kind: ClassVar[HandoutKind] = HandoutKind.WORKSHEET
    lesson_title: str
    goals: tuple[str, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    reflection_questions: tuple[str, ...] = ()
    lesson_number: int | None = None
    students: tuple[str, ...] = ()
    writing_lines: int = 4
    """Writing lines under each reflection question."""


# -- 2. Teacher guide -----------------------------------------------------------------------


@dataclass(frozen=True)
class GuideStep:
    """One step of a lesson as the teacher prepares it.

    `kind` is a content step kind (talk, discussion, either_or, sorting, reflection,
    partnership_meeting, charter, tally, closing) printed with its label from handouts.toml; any
    other text is printed as given.
    """

    title: str
    minutes: int
    kind: str
    audience_text: str = ""
    teacher_notes: str = ""
    prompts: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeacherGuideInput:
    """The teacher's preparation guide for one lesson."""

    kind: ClassVar[HandoutKind] = HandoutKind.TEACHER_GUIDE
    lesson_title: str
    steps: tuple[GuideStep, ...]
    summary: str = ""
    goals: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    preparation: tuple[str, ...] = ()
    lesson_number: int | None = None


# -- 3./4. Partnerships ---------------------------------------------------------------------


@dataclass(frozen=True)
class Partnership:
    """Partners who look after each other: two students, or three when the class is odd."""

    students: tuple[str, ...]


@dataclass(frozen=True)
class PartnershipGroup:
    """A partnership group: usually two partnerships (four students), sometimes five students."""

    number: int
    partnerships: tuple[Partnership, ...]


@dataclass(frozen=True)
class PartnershipOverviewInput:
    """All groups with their partnerships on one sheet, for the wall and for colleagues."""

    kind: ClassVar[HandoutKind] = HandoutKind.PARTNERSHIP_OVERVIEW
    groups: tuple[PartnershipGroup, ...]
    rotation_name: str = ""
    """The teacher's name for this rotation, e.g. "After the autumn break"; may be empty."""
    valid_from: date | None = None


@dataclass(frozen=True)
class PartnershipCardsInput:
    """One card per partnership group to cut out.

    Empty `partner_duties` or `first_questions` print the defaults from the handout labels.
    """

    kind: ClassVar[HandoutKind] = HandoutKind.PARTNERSHIP_CARDS
    groups: tuple[PartnershipGroup, ...]
    partner_duties: tuple[str, ...] = ()
    first_questions: tuple[str, ...] = ()


# -- 5. Class charter -----------------------------------------------------------------------


@dataclass(frozen=True)
class CharterPosterInput:
    """The class's agreed rules as a poster (A4 or A3 from the context's paper size)."""

    kind: ClassVar[HandoutKind] = HandoutKind.CHARTER_POSTER
    rules: tuple[str, ...]
    agreed_on: date
    title: str = ""
    """The class's own title for the charter; empty prints the standard title."""


# -- 6. Where to get help -------------------------------------------------------------------


HELP_FIELDS = ("name", "room", "hours", "contact")


@dataclass(frozen=True)
class HelpContact:
    """A contact at the school: the title from the content pack, the fields as the school typed
    them. `fields` lists which of name, room, hours and contact print; an empty one prints as a
    blank line to write on.
    """

    title: str
    name: str = ""
    room: str = ""
    hours: str = ""
    contact: str = ""
    fields: tuple[str, ...] = ("name", "contact")

    def value(self, field_name: str) -> str:
        values = {
            "name": self.name,
            "room": self.room,
            "hours": self.hours,
            "contact": self.contact,
        }
        return values[field_name]


@dataclass(frozen=True)
class HelpCardsInput:
    """Cards saying where to get help, 8 per sheet, with the school's contacts plus 112 and 116 111.

    With no contacts, the class teacher and the student counsellor print with blank lines. The
    emergency number 112 and the helpline 116 111 are always printed.
    """

    kind: ClassVar[HandoutKind] = HandoutKind.HELP_CARDS
    contacts: tuple[HelpContact, ...] = ()
    sheets: int = 1


# -- 7. Discussion cards --------------------------------------------------------------------


@dataclass(frozen=True)
class DiscussionCard:
    """A prompt from the prompt library with an optional follow-up question."""

    prompt: str
    follow_up: str = ""


@dataclass(frozen=True)
class DiscussionCardsInput:
    """Cut-out discussion cards for one theme."""

    kind: ClassVar[HandoutKind] = HandoutKind.DISCUSSION_CARDS
    theme: str
    cards: tuple[DiscussionCard, ...]


# -- 8. Network map -------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkMapInput:
    """A network-map worksheet to fill in by hand; one blank copy or one per student."""

    kind: ClassVar[HandoutKind] = HandoutKind.NETWORK_MAP
    students: tuple[str, ...] = ()


HandoutInput = (
    WorksheetInput
    | TeacherGuideInput
    | PartnershipOverviewInput
    | PartnershipCardsInput
    | CharterPosterInput
    | HelpCardsInput
    | DiscussionCardsInput
    | NetworkMapInput
)
