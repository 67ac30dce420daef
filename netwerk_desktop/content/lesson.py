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
    the instructions when there are no questions)."""

    instructions: str
    questions: tuple[str, ...] = ()
    lines: int = 0


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
class Sorting:
    """Cards sorted into `categories`, or ranked along `axis` (exactly one of the two)."""

    cards: tuple[str, ...]
    categories: tuple[str, ...] = ()
    axis: SortingAxis | None = None


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


@dataclass(frozen=True)
class Closing:
    """Something concrete to do before next time."""

    task: str


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
class Lesson:
    id: str
    number: int
    version: int
    title: str
    summary: str
    goals: tuple[str, ...]
    materials: tuple[str, ...]
    preparation: str
    steps: tuple[Step, ...]

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

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
