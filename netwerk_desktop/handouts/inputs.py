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
    """The handout kinds; the value is the id the command line uses."""

    WORKSHEET = "worksheet"
    TEACHER_GUIDE = "teacher-guide"
    PARTNERSHIP_OVERVIEW = "partnership-overview"
    PARTNERSHIP_CARDS = "partnership-cards"
    CHARTER_POSTER = "charter-poster"
    HELP_CARDS = "help-cards"
    DISCUSSION_CARDS = "discussion-cards"
    NETWORK_MAP = "network-map"
    SORTING_CARDS = "sorting-cards"
    SORTING_SHEET = "sorting-sheet"
    COLLEAGUE_SHEET = "partnerships-for-colleagues"
    BOARD_SLIPS = "board-slips"
    INTRODUCTION_CARDS = "introduction-cards"
    BOARD_POSTER = "board-poster"
    BOARD_TALLY = "board-tally"
    DIRECTORY_LEAFLET = "directory-leaflet"
    DIRECTORY_CARDS = "directory-cards"


class PaperSize(Enum):
    """Paper the handout is laid out for; the value is (width, height) in millimetres."""

    A4 = (210.0, 297.0)
    LETTER = (215.9, 279.4)
    A3 = (297.0, 420.0)


# -- 1. Student worksheet -------------------------------------------------------------------


@dataclass(frozen=True)
class Exercise:
    """One exercise on a worksheet: a short title, the instructions students follow, and its
    questions with `lines` writing lines under each (under the instructions when there are no
    questions)."""

    title: str
    instructions: str
    questions: tuple[str, ...] = ()
    lines: int = 0


@dataclass(frozen=True)
class WorksheetInput:
    """A student worksheet for one lesson: the exercises students may share, then the private
    writing on its own part, which never carries a name and is nobody's to collect.

    With no `students`, one copy with an empty name line; otherwise one copy per student with
    the name printed at the top of the shared part (in the order given).
    """

    kind: ClassVar[HandoutKind] = HandoutKind.WORKSHEET
    lesson_title: str
    goals: tuple[str, ...] = ()
    """What the lesson is about, said to the students."""
    exercises: tuple[Exercise, ...] = ()
    private: tuple[Exercise, ...] = ()
    lesson_number: int | None = None
    students: tuple[str, ...] = ()


# -- 2. Teacher guide -----------------------------------------------------------------------


class GuideKind(Enum):
    """How the class works in a step, as the teacher guide names it (each has a label in every
    language's handouts.toml, so no id is ever printed)."""

    WELCOME = "welcome"
    INPUT = "input"
    MOVEMENT = "movement"
    SORTING = "sorting"
    WRITING = "writing"
    PARTNER_TALK = "partner_talk"
    GROUP_TALK = "group_talk"
    CLASS_TALK = "class_talk"
    VOTE = "vote"
    REFLECTION = "reflection"
    CLOSING = "closing"


@dataclass(frozen=True)
class GuideStep:
    """One step of a lesson as the teacher prepares it.

    `split_after` marks where a lesson taught in two parts breaks; `drop_if_late` the step to
    leave out when time runs short; `activity` a suggested community-building activity.
    """

    title: str
    minutes: int
    kind: GuideKind
    audience_text: str = ""
    teacher_notes: str = ""
    prompts: tuple[str, ...] = ()
    split_after: bool = False
    drop_if_late: bool = False
    activity: str = ""


@dataclass(frozen=True)
class GuideMaterial:
    """Something the teacher needs; `printed_as` is the handout the app prints it as."""

    text: str
    printed_as: HandoutKind | None = None


@dataclass(frozen=True)
class TeacherGuideInput:
    """The teacher's preparation guide for one lesson. `minutes` is the time the lesson is
    written for; the steps' own minutes leave the rest for getting from one step to the next."""

    kind: ClassVar[HandoutKind] = HandoutKind.TEACHER_GUIDE
    lesson_title: str
    steps: tuple[GuideStep, ...]
    summary: str = ""
    goals: tuple[str, ...] = ()
    materials: tuple[GuideMaterial, ...] = ()
    preparation: tuple[str, ...] = ()
    lesson_number: int | None = None
    minutes: int = 0


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
    """Cards saying where to get help, with the school's contacts plus 112 and 116 111; as many
    to a sheet as fit with nothing a student reads below 9 pt.

    With no contacts, the class teacher and the student counsellor print with blank lines. The
    emergency number 112 and the helpline 116 111 are always printed. `cards` is how many are
    needed (one per student, say); whole sheets print, at least one.
    """

    kind: ClassVar[HandoutKind] = HandoutKind.HELP_CARDS
    contacts: tuple[HelpContact, ...] = ()
    cards: int = 0


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
    """A network-map worksheet to fill in by hand. It is private: it never carries a name, and
    says on the sheet that nobody collects it. `copies` are identical (one per student)."""

    kind: ClassVar[HandoutKind] = HandoutKind.NETWORK_MAP
    copies: int = 1


# -- 9./10. Sorting cards and sorting sheets ----------------------------------------------------


@dataclass(frozen=True)
class SortingCard:
    """A statement to sort; `answer` names the one right pile of a card that has one."""

    text: str
    answer: str = ""


@dataclass(frozen=True)
class SortingTask:
    """One sorting step: its title, what the group does, the piles (or the two ends of a
    ranking, low first) and the cards."""

    title: str
    instructions: str
    piles: tuple[str, ...]
    cards: tuple[SortingCard, ...]
    ranking: bool = False


@dataclass(frozen=True)
class SortingCardsInput:
    """Cards to cut out for a lesson's sorting steps: one set per group of four, in large type,
    with the piles as header cards and each card marked with its set."""

    kind: ClassVar[HandoutKind] = HandoutKind.SORTING_CARDS
    lesson_title: str
    tasks: tuple[SortingTask, ...]
    sets: int = 1
    lesson_number: int | None = None


@dataclass(frozen=True)
class SortingSheetInput(SortingCardsInput):
    """Nothing to cut: the same statements numbered on one sheet per group and sorting step."""

    kind: ClassVar[HandoutKind] = HandoutKind.SORTING_SHEET


# -- 11. Partnerships for the class's other teachers --------------------------------------------


@dataclass(frozen=True)
class ColleagueSheetInput:
    """One page for the class's other teachers on using the partnerships in their subject; the
    current partnership groups print on it when the class has them."""

    kind: ClassVar[HandoutKind] = HandoutKind.COLLEAGUE_SHEET
    groups: tuple[PartnershipGroup, ...] = ()


# -- 12.-15. The needs-and-offers board --------------------------------------------------------


@dataclass(frozen=True)
class BoardSlipsInput:
    """Slips to cut out, each with a pre-printed code and a part to keep, and the rules on
    every sheet. Never a name: the codes are handed out at random."""

    kind: ClassVar[HandoutKind] = HandoutKind.BOARD_SLIPS
    codes: tuple[str, ...]
    closes_on: date | None = None


@dataclass(frozen=True)
class Introduction:
    """A match where the offer is someone a student knows: codes and what it is about."""

    need_code: str
    offer_code: str
    about: str = ""


@dataclass(frozen=True)
class IntroductionCardsInput:
    """Cards for introductions made through the mentor: one per introduction on the board,
    then `blanks` empty ones to fill in by hand."""

    kind: ClassVar[HandoutKind] = HandoutKind.INTRODUCTION_CARDS
    introductions: tuple[Introduction, ...] = ()
    blanks: int = 2


@dataclass(frozen=True)
class BoardPosterInput:
    """The board's categories and rules, for the wall."""

    kind: ClassVar[HandoutKind] = HandoutKind.BOARD_POSTER


@dataclass(frozen=True)
class TallyCell:
    kind: str  # need | offer
    category: str  # a board category id
    status: str  # open | matched | done | withdrawn
    count: int


@dataclass(frozen=True)
class BoardTallyInput:
    """The follow-up sheet: counts per category and status, or an empty table to count the
    slips by hand when the class has no board in the app."""

    kind: ClassVar[HandoutKind] = HandoutKind.BOARD_TALLY
    cells: tuple[TallyCell, ...] = ()
    counted: bool = False  # False: print the table empty
    closes_on: date | None = None
    closed: bool = False


# -- 16./17. The school's directory -------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryListing:
    """One entry of the school's directory as printed; empty fields are left out."""

    category: str  # a directory category id
    name: str
    activity: str = ""
    age_min: int | None = None
    age_max: int | None = None
    cost: str = ""
    free: bool = False
    how_to_join: str = ""
    drop_in: bool = False
    bring_friend: bool = False
    languages: str = ""
    accessibility: str = ""
    place: str = ""
    schedule: str = ""
    contact: str = ""
    checked_on: date | None = None


@dataclass(frozen=True)
class DirectoryLeafletInput:
    """A leaflet of the directory by category, "last checked" on each entry."""

    kind: ClassVar[HandoutKind] = HandoutKind.DIRECTORY_LEAFLET
    entries: tuple[DirectoryListing, ...] = ()


@dataclass(frozen=True)
class DirectoryCardsInput:
    """Pocket cards to cut out, one entry each."""

    kind: ClassVar[HandoutKind] = HandoutKind.DIRECTORY_CARDS
    entries: tuple[DirectoryListing, ...] = ()


HandoutInput = (
    WorksheetInput
    | TeacherGuideInput
    | PartnershipOverviewInput
    | PartnershipCardsInput
    | CharterPosterInput
    | HelpCardsInput
    | DiscussionCardsInput
    | NetworkMapInput
    | SortingCardsInput
    | ColleagueSheetInput
    | BoardSlipsInput
    | IntroductionCardsInput
    | BoardPosterInput
    | BoardTallyInput
    | DirectoryLeafletInput
    | DirectoryCardsInput
)
