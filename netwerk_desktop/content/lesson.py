"""A lesson and its steps, as the runner, the handouts and progress see them.

Each step kind has its own content dataclass; `Step.content` holds exactly the one that matches
`Step.kind`. Progress stores lesson and step ids, so `find_step` answers None for a step a later
version of the lesson no longer has instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StepKind(StrEnum):
    TALK = "talk"
    DISCUSSION = "discussion"
    EITHER_OR = "either_or"
    SORTING = "sorting"
    REFLECTION = "reflection"
    PARTNERSHIP_MEETING = "partnership_meeting"
    CHARTER = "charter"
    TALLY = "tally"
    CLOSING = "closing"


class Writing(StrEnum):
    """Who reads what a student writes on the handout. Shared writing (answers about a case,
    partner agreements, group proposals) prints under its exercise; private writing (about
    oneself) prints on a separate, nameless section that nobody collects."""

    SHARED = "shared"
    PRIVATE = "private"


class TallyMethod(StrEnum):
    """How an anonymous vote is taken: folded slips in a bag, or eyes closed and hands up."""

    SLIPS = "slips"
    HANDS = "hands"


class Printed(StrEnum):
    """What a lesson's material is printed as from the app; each is a handout kind that
    "Everything for lesson N" makes (the values are the handout kinds' ids)."""

    WORKSHEET = "worksheet"
    SORTING_CARDS = "sorting-cards"
    HELP_CARDS = "help-cards"
    PARTNERSHIP_OVERVIEW = "partnership-overview"
    PARTNERSHIP_CARDS = "partnership-cards"
    CHARTER_POSTER = "charter-poster"
    COLLEAGUE_SHEET = "partnerships-for-colleagues"
    NETWORK_MAP = "network-map"
    BOARD_SLIPS = "board-slips"
    INTRODUCTION_CARDS = "introduction-cards"
    BOARD_POSTER = "board-poster"
    BOARD_TALLY = "board-tally"
    DIRECTORY_LEAFLET = "directory-leaflet"
    DIRECTORY_CARDS = "directory-cards"


class PhaseMode(StrEnum):
    """Who talks in a phase; talk moves from small to large in this order."""

    ALONE = "alone"
    PARTNER = "partner"
    GROUP = "group"
    CLASS = "class"


@dataclass(frozen=True)
class Phase:
    mode: PhaseMode
    minutes: int


@dataclass(frozen=True)
class Audience:
    """What the projector shows: a title and a short text read from the back of the room."""

    title: str
    text: str


@dataclass(frozen=True)
class HandoutPart:
    """The step's part of the student handout. `lines` writing lines follow each question (or
    the instructions when there are no questions); `writing` says who reads them (None only
    when there is nothing to write)."""

    instructions: str
    questions: tuple[str, ...] = ()
    lines: int = 0
    writing: Writing | None = None

    @property
    def has_writing(self) -> bool:
        return bool(self.questions) or self.lines > 0

    @property
    def is_private(self) -> bool:
        return self.writing is Writing.PRIVATE


@dataclass(frozen=True)
class Talk:
    """A short input by the teacher; `case` is a story read aloud (and printed on the handout)."""

    case: str | None = None


@dataclass(frozen=True)
class Discussion:
    prompt: str
    phases: tuple[Phase, ...]
    follow_up: str | None = None
    case: str | None = None


@dataclass(frozen=True)
class Statement:
    """One either/or statement: students move to the `left` or the `right` side of the room."""

    text: str
    left: str
    right: str
    follow_up: str | None = None


@dataclass(frozen=True)
class EitherOr:
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class SortingAxis:
    """A ranking from `low` to `high`, used instead of categories."""

    low: str
    high: str


@dataclass(frozen=True)
class CardAnswer:
    """A card that has exactly one right pile: the printed card and the notes say which."""

    card: str
    category: str


@dataclass(frozen=True)
class Sorting:
    """Cards sorted into `categories`, or ranked along `axis` (exactly one of the two)."""

    cards: tuple[str, ...]
    categories: tuple[str, ...] = ()
    axis: SortingAxis | None = None
    answers: tuple[CardAnswer, ...] = ()

    def answer_for(self, card: str) -> str | None:
        """The one right pile of `card`, if it has one."""
        return next((a.category for a in self.answers if a.card == card), None)


@dataclass(frozen=True)
class Reflection:
    questions: tuple[str, ...]


@dataclass(frozen=True)
class PartnershipMeeting:
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Charter:
    """Questions that lead the class to agreed rules; the rules themselves belong to the class."""

    questions: tuple[str, ...]
    examples: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()


@dataclass(frozen=True)
class TallyOption:
    """Counts are stored by option id, so they stay readable when the class changes language."""

    id: str
    text: str


@dataclass(frozen=True)
class Tally:
    question: str
    options: tuple[TallyOption, ...]
    method: TallyMethod = TallyMethod.SLIPS


@dataclass(frozen=True)
class Closing:
    """Something concrete to do before next time, and a community-building activity from the
    catalogue (its id) the teacher can suggest to the class."""

    task: str
    activity: str | None = None


StepContent = (
    Talk
    | Discussion
    | EitherOr
    | Sorting
    | Reflection
    | PartnershipMeeting
    | Charter
    | Tally
    | Closing
)

CONTENT_CLASS: dict[StepKind, type[StepContent]] = {
    StepKind.TALK: Talk,
    StepKind.DISCUSSION: Discussion,
    StepKind.EITHER_OR: EitherOr,
    StepKind.SORTING: Sorting,
    StepKind.REFLECTION: Reflection,
    StepKind.PARTNERSHIP_MEETING: PartnershipMeeting,
    StepKind.CHARTER: Charter,
    StepKind.TALLY: Tally,
    StepKind.CLOSING: Closing,
}


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    minutes: int
    audience: Audience
    teacher_notes: str
    content: StepContent
    handout: HandoutPart | None = None
    split_after: bool = False
    """A lesson taught as two shorter ones ends its first part after this step."""
    drop_if_late: bool = False
    """The step to leave out when the class is running late."""

    @property
    def case(self) -> str | None:
        """The case story of a talk or discussion step, if it has one."""
        if isinstance(self.content, Talk | Discussion):
            return self.content.case
        return None

    @property
    def phases(self) -> tuple[Phase, ...]:
        if isinstance(self.content, Discussion | Charter):
            return self.content.phases
        return ()


@dataclass(frozen=True)
class Material:
    """Something the teacher needs; `printed_as` names the handout the app prints it as."""

    text: str
    printed_as: Printed | None = None


# Getting from one step to the next takes time: 2 minutes when the room changes (students move,
# cards go out, chairs turn into groups of four), 1 minute otherwise.
SHORT_TRANSITION = 1
LONG_TRANSITION = 2
# Dutch mentor hours and many Danish modules are 45 minutes: a lesson can be taught in two.
PART_MINUTES = 45


def transition_before(step: Step) -> int:
    """Minutes it takes to get into `step` from the one before."""
    moving = step.kind in (StepKind.EITHER_OR, StepKind.SORTING) or any(
        phase.mode is PhaseMode.GROUP for phase in step.phases
    )
    return LONG_TRANSITION if moving else SHORT_TRANSITION


def planned_minutes(steps: tuple[Step, ...]) -> int:
    """The steps' minutes plus the transitions between them."""
    return sum(step.minutes for step in steps) + sum(transition_before(s) for s in steps[1:])


@dataclass(frozen=True)
class Lesson:
    id: str
    number: int
    version: int
    minutes: int
    """The time the lesson is written for (its slot in the timetable)."""
    title: str
    summary: str
    goals: tuple[str, ...]
    """The teacher's learning goals, about the students."""
    student_goals: tuple[str, ...]
    """What the lesson is about, said to the students (printed on the worksheet)."""
    materials: tuple[Material, ...]
    preparation: str
    steps: tuple[Step, ...]
    module: str | None = None
    """The id of the module the lesson belongs to; None for the main series. A module's lessons
    are numbered on their own (1, 2, 3 …)."""

    @property
    def in_module(self) -> bool:
        return self.module is not None

    @property
    def step_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    @property
    def planned_minutes(self) -> int:
        """Steps plus transitions: what the lesson really takes."""
        return planned_minutes(self.steps)

    @property
    def parts(self) -> tuple[tuple[Step, ...], tuple[Step, ...]] | None:
        """The lesson taught as two shorter ones, split after the marked step."""
        split = next((i for i, step in enumerate(self.steps) if step.split_after), None)
        if split is None:
            return None
        return self.steps[: split + 1], self.steps[split + 1 :]

    @property
    def step_to_drop(self) -> Step | None:
        """The step to leave out when the class is running late."""
        return next((step for step in self.steps if step.drop_if_late), None)

    @property
    def printed_materials(self) -> tuple[Printed, ...]:
        """What the materials ask the app to print, once each, in the materials' order."""
        found = (m.printed_as for m in self.materials if m.printed_as is not None)
        return tuple(dict.fromkeys(found))

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)

    def step(self, step_id: str) -> Step | None:
        return find_step(self, step_id)


def find_step(lesson: Lesson, step_id: str) -> Step | None:
    """The step with this id, or None when this version of the lesson no longer has it."""
    return next((step for step in lesson.steps if step.id == step_id), None)


def step_index(lesson: Lesson, step_id: str) -> int | None:
    """Position of a step (0-based), or None; lets a resumed run find its place."""
    return next((i for i, step in enumerate(lesson.steps) if step.id == step_id), None)
